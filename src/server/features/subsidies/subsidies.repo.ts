/** Subsidy rules, statements and lines: queries only. */
import { and, asc, desc, eq, inArray, like } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { servicePoints, subsidyLines, subsidyRules, subsidyStatements } from '../../db/schema.js';

type Q = Db | Tx;

export const rulesOf = (q: Q, pointId: string) =>
  q.select().from(subsidyRules).where(eq(subsidyRules.servicePointId, pointId)).orderBy(asc(subsidyRules.pointKind), asc(subsidyRules.basis));

export async function replaceRules(q: Q, pointId: string, rules: { pointKind: string; basis: string; amountFen: number }[], at: Date) {
  await q.delete(subsidyRules).where(eq(subsidyRules.servicePointId, pointId));
  if (rules.length) await q.insert(subsidyRules).values(rules.map((r) => ({ ...r, servicePointId: pointId, createdAt: at, updatedAt: at })));
}

const statementCols = { s: subsidyStatements, pointName: servicePoints.nameZh, pointPath: servicePoints.path, timeZone: servicePoints.timeZone };

export async function findStatement(q: Q, id: string, lock = false) {
  const base = q
    .select(statementCols)
    .from(subsidyStatements)
    .innerJoin(servicePoints, eq(servicePoints.id, subsidyStatements.servicePointId))
    .where(eq(subsidyStatements.id, id));
  const [r] = lock ? await base.for('update', { of: subsidyStatements }) : await base;
  return r;
}
export const findByMonth = async (q: Q, pointId: string, month: string) =>
  (
    await q
      .select({ id: subsidyStatements.id })
      .from(subsidyStatements)
      .where(and(eq(subsidyStatements.servicePointId, pointId), eq(subsidyStatements.month, month)))
  )[0];

export const listStatements = (q: Q, scopePath: string) =>
  q
    .select(statementCols)
    .from(subsidyStatements)
    .innerJoin(servicePoints, eq(servicePoints.id, subsidyStatements.servicePointId))
    .where(like(servicePoints.path, `${scopePath}%`))
    .orderBy(desc(subsidyStatements.month));

export async function linesOf(q: Q, statementIds: string[]) {
  if (!statementIds.length) return [];
  return q
    .select({ l: subsidyLines, code: servicePoints.code, name: servicePoints.nameZh, kind: servicePoints.kind })
    .from(subsidyLines)
    .innerJoin(servicePoints, eq(servicePoints.id, subsidyLines.dealerPointId))
    .where(inArray(subsidyLines.statementId, statementIds))
    .orderBy(asc(servicePoints.code));
}

export async function insertStatement(q: Q, v: typeof subsidyStatements.$inferInsert) {
  const [r] = await q.insert(subsidyStatements).values(v).returning();
  return r;
}
export async function updateStatement(q: Q, id: string, version: number, patch: Partial<typeof subsidyStatements.$inferInsert>, at: Date) {
  const [r] = await q
    .update(subsidyStatements)
    .set({ ...patch, version: version + 1, updatedAt: at })
    .where(and(eq(subsidyStatements.id, id), eq(subsidyStatements.version, version)))
    .returning();
  return r;
}
export async function replaceLines(q: Q, statementId: string, lines: Omit<typeof subsidyLines.$inferInsert, 'statementId'>[]) {
  await q.delete(subsidyLines).where(eq(subsidyLines.statementId, statementId));
  if (lines.length) await q.insert(subsidyLines).values(lines.map((l) => ({ ...l, statementId })));
}
export async function updateLine(q: Q, id: string, statementId: string, patch: Partial<typeof subsidyLines.$inferInsert>, at: Date) {
  const [r] = await q
    .update(subsidyLines)
    .set({ ...patch, updatedAt: at })
    .where(and(eq(subsidyLines.id, id), eq(subsidyLines.statementId, statementId)))
    .returning();
  return r;
}
