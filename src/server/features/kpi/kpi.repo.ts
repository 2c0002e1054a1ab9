/** KPI reads: sums of the monthly and daily rollups (never the source tables; ADR 024). */
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { employees, kpiTargets, personDailyRollups, pointDailyRollups } from '../../db/schema.js';
import { COLUMN_KEYS, EXTRA_KEYS, splitByMonths, type TotalKey } from '../../../domain/kpi/index.js';

const P = pointDailyRollups;
/** Column counters summed; contributed counters summed from `extra` (absent = 0). */
const sums = () =>
  Object.fromEntries([
    ...COLUMN_KEYS.map((k) => [k, sql<number>`coalesce(sum(${P[k]}), 0)::float8`]),
    ...EXTRA_KEYS.map((k) => [k, sql<number>`coalesce(sum((${P.extra} ->> ${k})::float8), 0)::float8`]),
  ]) as Record<TotalKey, SQL<number>>;

const inPeriod = (pointIds: string[], from: string, to: string) => and(inArray(P.servicePointId, pointIds), gte(P.day, from), lte(P.day, to));

/** The same sums over the split rows (`x`: whole months' rows and edge days' rows, one shape). */
const splitSums = sql.raw(
  [
    ...COLUMN_KEYS.map((k) => `coalesce(sum(x.${P[k].name}), 0)::float8 as "${k}"`),
    ...EXTRA_KEYS.map((k) => `coalesce(sum((x.extra ->> '${k}')::float8), 0)::float8 as "${k}"`),
  ].join(', '),
);
const COLS = sql.raw(COLUMN_KEYS.map((k) => P[k].name).join(', '));
const idList = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((i) => sql`${i}`),
    sql`, `,
  )}]::uuid[]`;

/**
 * The rows covering [from, to] once (ADR 024): the whole months from point_monthly_rollups, the partial-month edge
 * days from point_daily_rollups, each with its point and `bucket` (the month's first day, for the trend).
 */
function splitRows(pointIds: string[], from: string, to: string) {
  const { months, days } = splitByMonths(from, to);
  const parts: SQL[] = [];
  if (months)
    parts.push(sql`select service_point_id, month as bucket, ${COLS}, extra from point_monthly_rollups
      where service_point_id = any(${idList(pointIds)}) and month between ${months.from}::date and ${months.to}::date`);
  for (const d of days)
    parts.push(sql`select service_point_id, date_trunc('month', day)::date as bucket, ${COLS}, extra from point_daily_rollups
      where service_point_id = any(${idList(pointIds)}) and day between ${d.from}::date and ${d.to}::date`);
  return parts.length ? sql.join(parts, sql` union all `) : null;
}

type SumRow = Record<TotalKey, number>;
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** The summed counters per point over [from, to] (local dates of each point): one grouped query for any number of points. */
export async function sumsByPoint(db: Db | Tx, pointIds: string[], from: string, to: string): Promise<(SumRow & { servicePointId: string })[]> {
  const rows = pointIds.length ? splitRows(pointIds, from, to) : null;
  if (!rows) return [];
  return rowsOf(await db.execute(sql`select x.service_point_id as "servicePointId", ${splitSums} from (${rows}) x group by 1`));
}

/** The summed counters per calendar month over the points (the trend of a period longer than 62 days); `month` = its first day. */
export async function sumsByMonth(db: Db | Tx, pointIds: string[], from: string, to: string): Promise<(SumRow & { month: string })[]> {
  const rows = pointIds.length ? splitRows(pointIds, from, to) : null;
  if (!rows) return [];
  return rowsOf(await db.execute(sql`select x.bucket::text as "month", ${splitSums} from (${rows}) x group by 1 order by 1`));
}

/** The daily-only sums per point (the reference the split read must equal; kept for the tests and the bench). */
export const sumsByPointDaily = (db: Db | Tx, pointIds: string[], from: string, to: string) =>
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
