/** Saved GB/T 27922 self-assessments. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { gbtAssessments } from '../../db/schema.js';

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
