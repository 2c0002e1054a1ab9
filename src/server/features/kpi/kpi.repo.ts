/** KPI reads: sums of the daily rollups (never the source tables). */
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { employees, kpiTargets, personDailyRollups, pointDailyRollups } from '../../db/schema.js';
import { COLUMN_KEYS, EXTRA_KEYS, type TotalKey } from '../../../domain/kpi/index.js';

const P = pointDailyRollups;
/** Column counters summed; contributed counters summed from `extra` (absent = 0). */
const sums = () =>
  Object.fromEntries([
    ...COLUMN_KEYS.map((k) => [k, sql<number>`coalesce(sum(${P[k]}), 0)::float8`]),
    ...EXTRA_KEYS.map((k) => [k, sql<number>`coalesce(sum((${P.extra} ->> ${k})::float8), 0)::float8`]),
  ]) as Record<TotalKey, SQL<number>>;
const inPeriod = (pointIds: string[], from: string, to: string) => and(inArray(P.servicePointId, pointIds), gte(P.day, from), lte(P.day, to));

/** The summed counters per point over [from, to] (local dates of each point). */
export const sumsByPoint = (db: Db | Tx, pointIds: string[], from: string, to: string) =>
  db
    .select({ servicePointId: P.servicePointId, ...sums() })
    .from(P)
    .where(inPeriod(pointIds, from, to))
    .groupBy(P.servicePointId);

/** The summed counters per day over the points (for the trend). */
export const sumsByDay = (db: Db | Tx, pointIds: string[], from: string, to: string) =>
  db
    .select({ day: P.day, ...sums() })
    .from(P)
    .where(inPeriod(pointIds, from, to))
    .groupBy(P.day)
    .orderBy(P.day);

const Q = personDailyRollups;
/** Advisors' and technicians' sums at one point. */
export const sumsByPerson = (db: Db | Tx, pointId: string, from: string, to: string) =>
  db
    .select({
      employeeId: Q.employeeId,
      role: Q.role,
      name: sql<string>`coalesce(max(${employees.name}), '')`,
      carsIn: sql<number>`sum(${Q.carsIn})::float8`,
      carsSettled: sql<number>`sum(${Q.carsSettled})::float8`,
      revenueLaborFen: sql<number>`sum(${Q.revenueLaborFen})::float8`,
      revenuePartsFen: sql<number>`sum(${Q.revenuePartsFen})::float8`,
      comebacks: sql<number>`sum(${Q.comebacks})::float8`,
      soldMinutes: sql<number>`sum(${Q.soldMinutes})::float8`,
      clockedMinutes: sql<number>`sum(${Q.clockedMinutes})::float8`,
      attendedMinutes: sql<number>`sum(${Q.attendedMinutes})::float8`,
    })
    .from(Q)
    .leftJoin(employees, eq(employees.id, Q.employeeId))
    .where(and(eq(Q.servicePointId, pointId), gte(Q.day, from), lte(Q.day, to)))
    .groupBy(Q.employeeId, Q.role)
    .orderBy(Q.role, sql`coalesce(max(${employees.name}), '')`);

export const targetsOf = (db: Db | Tx, pointId: string) => db.select().from(kpiTargets).where(eq(kpiTargets.servicePointId, pointId));

export async function setTarget(tx: Tx, pointId: string, kpi: string, value: number | null, at: Date) {
  if (value === null) {
    await tx.delete(kpiTargets).where(and(eq(kpiTargets.servicePointId, pointId), eq(kpiTargets.kpi, kpi)));
    return;
  }
  await tx
    .insert(kpiTargets)
    .values({ servicePointId: pointId, kpi, value, updatedAt: at })
    .onConflictDoUpdate({ target: [kpiTargets.servicePointId, kpiTargets.kpi], set: { value, updatedAt: at, version: sql`${kpiTargets.version} + 1` } });
}
