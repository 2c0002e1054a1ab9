/** Saved GB/T 27922 self-assessments. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { gbtAssessments, gbtWeightSettings } from '../../db/schema.js';

export type AssessmentRow = typeof gbtAssessments.$inferSelect;

export const listAssessments = (q: Db | Tx, pointId: string) =>
  q.select().from(gbtAssessments).where(eq(gbtAssessments.servicePointId, pointId)).orderBy(desc(gbtAssessments.assessedOn), desc(gbtAssessments.createdAt));
export async function findAssessment(q: Db | Tx, id: string) {
  const [row] = await q.select().from(gbtAssessments).where(eq(gbtAssessments.id, id));
  return row;
}
export async function lastAssessment(q: Db | Tx, pointId: string) {
  const [row] = await q
    .select({ weights: gbtAssessments.weights, indicators: gbtAssessments.indicators })
    .from(gbtAssessments)
    .where(and(eq(gbtAssessments.servicePointId, pointId)))
    .orderBy(desc(gbtAssessments.createdAt))
    .limit(1);
  return row;
}
export async function insertAssessment(tx: Tx, v: typeof gbtAssessments.$inferInsert) {
  const [row] = await tx.insert(gbtAssessments).values(v).returning();
  return row;
}

/** The weight settings at any of the points (the caller picks the nearest). */
export const weightSettingsOf = (q: Db | Tx, pointIds: string[]) =>
  pointIds.length ? q.select().from(gbtWeightSettings).where(inArray(gbtWeightSettings.servicePointId, pointIds)) : Promise.resolve([]);

/** Create (version 0: none yet) or update at the version read; undefined when someone else changed it meanwhile. */
export async function upsertWeights(q: Db | Tx, pointId: string, weights: Record<string, number>, version: number, byName: string, at: Date) {
  if (version === 0) {
    const [row] = await q
      .insert(gbtWeightSettings)
      .values({ servicePointId: pointId, weights, updatedByName: byName, createdAt: at, updatedAt: at })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await q
    .update(gbtWeightSettings)
    .set({ weights, updatedByName: byName, updatedAt: at, version: sql`${gbtWeightSettings.version} + 1` })
    .where(and(eq(gbtWeightSettings.servicePointId, pointId), eq(gbtWeightSettings.version, version)))
    .returning();
  return row;
}
