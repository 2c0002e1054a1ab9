/**
 * The home page's reads of the workshop board and the cashier's settlements. Work orders and appointments are read
 * through their own features; these two have no such query of their own yet.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { settlements, workOrders, workshopJobs } from '../../db/schema.js';

type Q = Db | Tx;

/** Jobs on the board (neither finished nor cancelled) by status, with their standard minutes. */
export const openJobLoad = (q: Q, pointId: string) =>
  q
    .select({ status: workshopJobs.status, n: sql<number>`count(*)::int`, minutes: sql<number>`coalesce(sum(${workshopJobs.standardMinutes}),0)::int` })
    .from(workshopJobs)
    .where(and(eq(workshopJobs.servicePointId, pointId), sql`${workshopJobs.status} not in ('finished','cancelled')`))
    .groupBy(workshopJobs.status);
const settledIn = (pointId: string, from: Date, to: Date) =>
  and(eq(settlements.servicePointId, pointId), eq(settlements.status, 'settled'), gte(settlements.settledAt, from), lt(settlements.settledAt, to));
const settledDay = (timeZone: string) => sql<string>`((${settlements.settledAt} at time zone ${timeZone})::date)::text`;

/** The cash collected by settlements in [from, to), by local day at the point (`timeZone`), summed in SQL. */
export const collectedByDay = (q: Q, pointId: string, timeZone: string, from: Date, to: Date) =>
  q
    .select({ day: settledDay(timeZone), fen: sql<number>`sum(${settlements.payableFen})`.mapWith(Number) })
    .from(settlements)
    .where(settledIn(pointId, from, to))
    // By position: the day expression carries a parameter, and two copies of it would not be the same expression.
    .groupBy(sql`1`);

/**
 * The labor and parts revenue of the orders settled in [from, to), by local day: each order once a day, from its
 * stored totals (written with its lines), so no line is read or priced here.
 */
export function revenueByDay(q: Q, pointId: string, timeZone: string, from: Date, to: Date) {
  const settled = q
    .selectDistinct({ day: settledDay(timeZone).as('day'), workOrderId: settlements.workOrderId })
    .from(settlements)
    .where(settledIn(pointId, from, to))
    .as('settled');
  return q
    .select({
      day: settled.day,
      laborFen: sql<number>`sum(${workOrders.laborFen})`.mapWith(Number),
      partsFen: sql<number>`sum(${workOrders.partsFen})`.mapWith(Number),
    })
    .from(settled)
    .innerJoin(workOrders, eq(workOrders.id, settled.workOrderId))
    .groupBy(settled.day);
}
