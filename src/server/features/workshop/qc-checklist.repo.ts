/** The station's QC checklists (qc_checklists). */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { qcChecklists } from '../../db/schema.js';

type Q = Db | Tx;
export async function findChecklists(q: Q, pointId: string, lock = false) {
  const base = q.select().from(qcChecklists).where(eq(qcChecklists.servicePointId, pointId));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
/** First save (version 0 read): insert; a concurrent first save loses on the primary key (undefined). */
export async function insertChecklists(q: Q, pointId: string, items: Record<string, string[]>, at: Date) {
  const [row] = await q.insert(qcChecklists).values({ servicePointId: pointId, items, createdAt: at, updatedAt: at }).onConflictDoNothing().returning();
  return row;
}
/** Later saves: only when `version` is still current (else undefined: stale). */
export async function updateChecklists(q: Q, pointId: string, version: number, items: Record<string, string[]>, at: Date) {
  const [row] = await q
    .update(qcChecklists)
    .set({ items, updatedAt: at, version: sql`${qcChecklists.version} + 1` })
    .where(and(eq(qcChecklists.servicePointId, pointId), eq(qcChecklists.version, version)))
    .returning();
  return row;
}
