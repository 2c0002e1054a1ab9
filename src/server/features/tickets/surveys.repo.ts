/** Queries of satisfaction surveys (one per closed ticket, answered through a token link). */
import { and, eq, gte, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { employees, surveys } from '../../db/schema.js';

type Q = Db | Tx;
export type SurveyRow = typeof surveys.$inferSelect;

export async function findSurveyByToken(q: Q, token: string): Promise<SurveyRow | undefined> {
  const [row] = await q.select().from(surveys).where(eq(surveys.token, token));
  return row;
}
export async function findSurveyOf(q: Q, subjectType: string, subjectId: string): Promise<SurveyRow | undefined> {
  const [row] = await q
    .select()
    .from(surveys)
    .where(and(eq(surveys.subjectType, subjectType), eq(surveys.subjectId, subjectId)));
  return row;
}
/** A new survey; undefined when the subject got one meanwhile. */
export async function insertSurvey(q: Q, v: typeof surveys.$inferInsert): Promise<SurveyRow | undefined> {
  const [row] = await q.insert(surveys).values(v).onConflictDoNothing().returning();
  return row;
}
export async function updateSurvey(q: Q, id: string, patch: Partial<typeof surveys.$inferInsert>): Promise<SurveyRow | undefined> {
  const rows = await q
    .update(surveys)
    .set(patch)
    .where(and(eq(surveys.id, id)))
    .returning();
  return rows[0];
}
/** Record the answers only if nobody has yet (the check and the write are one statement); undefined otherwise. */
export async function answerSurveyOnce(q: Q, id: string, patch: Partial<typeof surveys.$inferInsert>): Promise<SurveyRow | undefined> {
  const [row] = await q
    .update(surveys)
    .set(patch)
    .where(and(eq(surveys.id, id), isNull(surveys.submittedAt)))
    .returning();
  return row;
}
/** Scores of the points' surveys submitted in [from, to], with the handler's name. */
export const scoredSurveys = (q: Q, pointIds: string[], from: Date, to: Date) =>
  q
    .select({ score: surveys.score, handler: employees.name, departmentId: surveys.departmentId, pointId: surveys.servicePointId })
    .from(surveys)
    .leftJoin(employees, eq(employees.id, surveys.handlerEmployeeId))
    .where(and(inArray(surveys.servicePointId, pointIds), isNotNull(surveys.score), gte(surveys.submittedAt, from), lte(surveys.submittedAt, to)));
