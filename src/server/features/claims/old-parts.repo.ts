/** Old parts (claim part lines), boxes, return batches and statements: queries only. */
import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { claimStatements, oldPartBatches, oldPartBoxes, warrantyClaimLines, warrantyClaims } from '../../db/schema.js';

type Q = Db | Tx;
export type BatchRow = typeof oldPartBatches.$inferSelect;
export type StatementRow = typeof claimStatements.$inferSelect;

/** Old-part lines (parts flagged 需回运) of some points with their claim's number and VIN. */
export const oldParts = (q: Q, f: { pointIds: string[]; statuses?: string[]; ids?: string[]; batchId?: string; lock?: boolean }) => {
  if (!f.pointIds.length && !f.ids?.length && !f.batchId) return Promise.resolve([]);
  const base = q
    .select({ line: warrantyClaimLines, claimNumber: warrantyClaims.number, vin: warrantyClaims.vin })
    .from(warrantyClaimLines)
    .innerJoin(warrantyClaims, eq(warrantyClaims.id, warrantyClaimLines.claimId))
    .where(
      and(
        eq(warrantyClaimLines.kind, 'parts'),
        eq(warrantyClaimLines.needsReturn, true),
        f.pointIds.length ? inArray(warrantyClaimLines.servicePointId, f.pointIds) : undefined,
        f.statuses?.length ? inArray(warrantyClaimLines.returnStatus, f.statuses) : undefined,
        f.ids ? inArray(warrantyClaimLines.id, f.ids) : undefined,
        f.batchId ? eq(warrantyClaimLines.batchId, f.batchId) : undefined,
      ),
    )
    .orderBy(asc(warrantyClaimLines.tagNo))
    .limit(5000);
  return f.lock ? base.for('update', { of: warrantyClaimLines }) : base;
};

export const setLine = (q: Q, id: string, patch: Partial<typeof warrantyClaimLines.$inferInsert>) =>
  q.update(warrantyClaimLines).set(patch).where(eq(warrantyClaimLines.id, id));
export const setLinesWhere = (q: Q, ids: string[], patch: Partial<typeof warrantyClaimLines.$inferInsert>) =>
  ids.length ? q.update(warrantyClaimLines).set(patch).where(inArray(warrantyClaimLines.id, ids)) : Promise.resolve();

export async function insertBox(q: Q, v: typeof oldPartBoxes.$inferInsert) {
  const [row] = await q.insert(oldPartBoxes).values(v).returning();
  return row;
}
export const boxesOf = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select({
          box: oldPartBoxes,
          count: sql<number>`(select count(*)::int from ${warrantyClaimLines} where ${warrantyClaimLines.boxId} = ${oldPartBoxes.id})`,
        })
        .from(oldPartBoxes)
        .where(inArray(oldPartBoxes.servicePointId, pointIds))
        .orderBy(desc(oldPartBoxes.createdAt))
        .limit(500)
    : Promise.resolve([]);

export async function insertBatch(q: Q, v: typeof oldPartBatches.$inferInsert) {
  const [row] = await q.insert(oldPartBatches).values(v).returning();
  return row;
}
export async function findBatch(q: Q, id: string, lock = false) {
  const base = q.select().from(oldPartBatches).where(eq(oldPartBatches.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updateBatch(q: Q, id: string, version: number, patch: Partial<typeof oldPartBatches.$inferInsert>, at: Date) {
  const [row] = await q
    .update(oldPartBatches)
    .set({ ...patch, updatedAt: at, version: sql`${oldPartBatches.version} + 1` })
    .where(and(eq(oldPartBatches.id, id), eq(oldPartBatches.version, version)))
    .returning();
  return row;
}
export const batchesOf = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q.select().from(oldPartBatches).where(inArray(oldPartBatches.servicePointId, pointIds)).orderBy(desc(oldPartBatches.shippedAt)).limit(500)
    : Promise.resolve([] as BatchRow[]);

// ---- statements ----------------------------------------------------------------------------------------------

/** Missing old parts of a station found on batches received before `before`, not deducted yet. */
export const undeductedMissing = (q: Q, pointId: string, before: Date) =>
  q
    .select({ line: warrantyClaimLines, claimNumber: warrantyClaims.number })
    .from(warrantyClaimLines)
    .innerJoin(warrantyClaims, eq(warrantyClaims.id, warrantyClaimLines.claimId))
    .innerJoin(oldPartBatches, eq(oldPartBatches.id, warrantyClaimLines.batchId))
    .where(
      and(
        eq(warrantyClaimLines.servicePointId, pointId),
        eq(warrantyClaimLines.returnStatus, 'missing'),
        isNull(warrantyClaimLines.deductedStatementId),
        lt(oldPartBatches.receivedAt, before),
      ),
    )
    .orderBy(asc(warrantyClaimLines.tagNo));

export async function findStatement(q: Q, pointId: string, month: string) {
  const [row] = await q
    .select()
    .from(claimStatements)
    .where(and(eq(claimStatements.servicePointId, pointId), eq(claimStatements.month, month)));
  return row;
}
export async function insertStatement(q: Q, v: typeof claimStatements.$inferInsert) {
  const [row] = await q.insert(claimStatements).values(v).returning();
  return row;
}
export const claimsOfStatement = (q: Q, statementId: string) =>
  q.select().from(warrantyClaims).where(eq(warrantyClaims.statementId, statementId)).orderBy(asc(warrantyClaims.decidedAt));
export const deductionsOfStatement = (q: Q, statementId: string) =>
  q
    .select({ line: warrantyClaimLines, claimNumber: warrantyClaims.number })
    .from(warrantyClaimLines)
    .innerJoin(warrantyClaims, eq(warrantyClaims.id, warrantyClaimLines.claimId))
    .where(eq(warrantyClaimLines.deductedStatementId, statementId))
    .orderBy(asc(warrantyClaimLines.tagNo));
export const statementsOf = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q.select().from(claimStatements).where(inArray(claimStatements.servicePointId, pointIds)).orderBy(desc(claimStatements.month)).limit(500)
    : Promise.resolve([] as StatementRow[]);
export const settleClaims = (q: Q, ids: string[], statementId: string, at: Date) =>
  ids.length
    ? q
        .update(warrantyClaims)
        .set({ status: 'settled', statementId, updatedAt: at, version: sql`${warrantyClaims.version} + 1` })
        .where(and(inArray(warrantyClaims.id, ids), eq(warrantyClaims.status, 'approved')))
        .returning({ id: warrantyClaims.id })
    : Promise.resolve([]);
