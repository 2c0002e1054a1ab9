/** What a promised completion (预计完工) is computed from: the order's labor, the board's open jobs, backordered parts, workshop hours. */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { workOrderLines, workOrderParts, workOrders, workshopJobs, workshopSettings } from '../../db/schema.js';

type Q = Db | Tx;

/** Trade and hours (×1000) of a work order's labor lines. */
export const laborLinesOf = (q: Q, workOrderId: string) =>
  q
    .select({ trade: workOrderLines.trade, hoursMilli: workOrderLines.hoursMilli })
    .from(workOrderLines)
    .where(and(eq(workOrderLines.workOrderId, workOrderId), eq(workOrderLines.kind, 'labor')));
/** Standard minutes of the point's jobs in `trades` and `jobStatuses`, of orders in `orderStatuses`, other than one order's. */
export async function queuedMinutes(q: Q, f: { pointId: string; exceptWorkOrderId: string; trades: string[]; jobStatuses: string[]; orderStatuses: string[] }) {
  const [row] = await q
    .select({ minutes: sql<number>`coalesce(sum(${workshopJobs.standardMinutes}), 0)::int` })
    .from(workshopJobs)
    .innerJoin(workOrders, eq(workOrders.id, workshopJobs.workOrderId))
    .where(
      and(
        eq(workshopJobs.servicePointId, f.pointId),
        ne(workshopJobs.workOrderId, f.exceptWorkOrderId),
        inArray(workshopJobs.trade, f.trades),
        inArray(workshopJobs.status, f.jobStatuses),
        inArray(workOrders.status, f.orderStatuses),
      ),
    );
  return row.minutes;
}
/** How many of a work order's parts are short (backordered). */
export async function countShortParts(q: Q, workOrderId: string) {
  const [row] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(workOrderParts)
    .where(and(eq(workOrderParts.workOrderId, workOrderId), eq(workOrderParts.status, 'short')));
  return row.n;
}
/** The point's workshop opening hours, if it has workshop settings. */
export async function workshopHoursOf(q: Q, pointId: string) {
  const [row] = await q.select({ hours: workshopSettings.hours }).from(workshopSettings).where(eq(workshopSettings.servicePointId, pointId));
  return row?.hours;
}
