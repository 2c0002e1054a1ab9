/** Rotation plans and moves: queries only. */
import { and, asc, desc, eq, inArray, like, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { employees, positions, rotationMoves, rotationPlans, servicePoints } from '../../db/schema.js';

type Q = Db | Tx;
export type PlanRow = typeof rotationPlans.$inferSelect;
export type MoveRow = typeof rotationMoves.$inferSelect;

export async function findPlan(q: Q, id: string, lock = false) {
  const base = q
    .select({ p: rotationPlans, pointName: servicePoints.nameZh, pointPath: servicePoints.path, timeZone: servicePoints.timeZone })
    .from(rotationPlans)
    .innerJoin(servicePoints, eq(servicePoints.id, rotationPlans.servicePointId))
    .where(eq(rotationPlans.id, id));
  const [row] = lock ? await base.for('update', { of: rotationPlans }) : await base;
  return row;
}

export const findByQuarter = async (q: Q, pointId: string, quarter: string) =>
  (
    await q
      .select({ id: rotationPlans.id })
      .from(rotationPlans)
      .where(and(eq(rotationPlans.servicePointId, pointId), eq(rotationPlans.quarter, quarter)))
  )[0];

export async function listPlans(q: Q, scopePath: string) {
  return q
    .select({ p: rotationPlans, pointName: servicePoints.nameZh, pointPath: servicePoints.path, timeZone: servicePoints.timeZone })
    .from(rotationPlans)
    .innerJoin(servicePoints, eq(servicePoints.id, rotationPlans.servicePointId))
    .where(like(servicePoints.path, `${scopePath}%`))
    .orderBy(desc(rotationPlans.effectiveDate), desc(rotationPlans.createdAt));
}

/** Moves of plans with the names of people, points and positions. */
export async function movesOf(q: Q, planIds: string[]) {
  if (!planIds.length) return [];
  const from = sql<string>`(select name_zh from ${servicePoints} where id = ${rotationMoves.fromPointId})`;
  const to = sql<string>`(select name_zh from ${servicePoints} where id = ${rotationMoves.toPointId})`;
  const successor = sql<string | null>`(select name from ${employees} where id = ${rotationMoves.successorEmployeeId})`;
  return q
    .select({
      m: rotationMoves,
      employeeName: employees.name,
      fromPointName: from,
      toPointName: to,
      toPositionTitle: positions.titleZh,
      successorName: successor,
    })
    .from(rotationMoves)
    .innerJoin(employees, eq(employees.id, rotationMoves.employeeId))
    .innerJoin(positions, eq(positions.id, rotationMoves.toPositionId))
    .where(inArray(rotationMoves.planId, planIds))
    .orderBy(asc(rotationMoves.sortOrder));
}

export async function insertPlan(q: Q, v: typeof rotationPlans.$inferInsert) {
  const [r] = await q.insert(rotationPlans).values(v).returning();
  return r;
}
export async function updatePlan(q: Q, id: string, version: number, patch: Partial<typeof rotationPlans.$inferInsert>, at: Date) {
  const [r] = await q
    .update(rotationPlans)
    .set({ ...patch, version: version + 1, updatedAt: at })
    .where(and(eq(rotationPlans.id, id), eq(rotationPlans.version, version)))
    .returning();
  return r;
}
export async function replaceMoves(q: Q, planId: string, moves: Omit<typeof rotationMoves.$inferInsert, 'planId'>[]) {
  await q.delete(rotationMoves).where(eq(rotationMoves.planId, planId));
  if (moves.length) await q.insert(rotationMoves).values(moves.map((m, i) => ({ ...m, planId, sortOrder: i })));
}
export async function findMove(q: Q, id: string, lock = false) {
  const base = q.select().from(rotationMoves).where(eq(rotationMoves.id, id));
  const [r] = lock ? await base.for('update') : await base;
  return r;
}
export async function updateMove(q: Q, id: string, version: number, patch: Partial<typeof rotationMoves.$inferInsert>, at: Date) {
  const [r] = await q
    .update(rotationMoves)
    .set({ ...patch, version: version + 1, updatedAt: at })
    .where(and(eq(rotationMoves.id, id), eq(rotationMoves.version, version)))
    .returning();
  return r;
}

/** Approved plans whose effective date has come in some zone (the job checks each plan's own zone). */
export const approvedPlansUpTo = (q: Q, latestDate: string) =>
  q
    .select({ id: rotationPlans.id })
    .from(rotationPlans)
    .where(and(eq(rotationPlans.status, 'approved'), lte(rotationPlans.effectiveDate, latestDate)));

/** Plans in which an employee moves or takes over (they see those plans to sign their hand-over). */
export const planIdsInvolving = async (q: Q, employeeId: string) =>
  (
    await q
      .selectDistinct({ id: rotationMoves.planId })
      .from(rotationMoves)
      .where(sql`${rotationMoves.employeeId} = ${employeeId} or ${rotationMoves.successorEmployeeId} = ${employeeId}`)
  ).map((r) => r.id);

export async function plansByIds(q: Q, ids: string[]) {
  if (!ids.length) return [];
  return q
    .select({ p: rotationPlans, pointName: servicePoints.nameZh, pointPath: servicePoints.path, timeZone: servicePoints.timeZone })
    .from(rotationPlans)
    .innerJoin(servicePoints, eq(servicePoints.id, rotationPlans.servicePointId))
    .where(inArray(rotationPlans.id, ids));
}
