/** What a promised completion (预计完工) is computed from: the order's labor, the board's open jobs, backordered parts, workshop hours. */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { workOrderLines, workOrderParts, workOrders, workshopJobs, workshopSettings } from '../../db/schema.js';
import { techniciansOfTrades } from '../org/index.js';

type Q = Db | Tx;

/** Trade and hours (×1000) of a work order's labor lines. */
export const laborLinesOf = (q: Q, workOrderId: string) =>
  q
    .select({ trade: workOrderLines.trade, hoursMilli: workOrderLines.hoursMilli })
    .from(workOrderLines)
    .where(and(eq(workOrderLines.workOrderId, workOrderId), eq(workOrderLines.kind, 'labor')));

export interface PromiseBasisQuery {
  pointId: string;
  workOrderId: string;
  /** The order's trades (the board's load is counted in these). */
  trades: string[];
  /** The technicians' trades for those (electrical work is done by mechanics). */
  technicianTrades: string[];
  jobStatuses: string[];
  orderStatuses: string[];
}

/**
 * In one statement (it runs inside every confirmation): the standard minutes of the point's open jobs in the order's
 * trades (other orders', in `orderStatuses`), the technicians of those trades, the order's short (backordered) parts
 * and the point's workshop opening hours (null without workshop settings).
 */
export async function promiseBasis(q: Q, f: PromiseBasisQuery) {
  const queued = q
    .select({ minutes: sql<number>`coalesce(sum(${workshopJobs.standardMinutes}), 0)::int` })
    .from(workshopJobs)
    .innerJoin(workOrders, eq(workOrders.id, workshopJobs.workOrderId))
    .where(
      and(
        eq(workshopJobs.servicePointId, f.pointId),
        ne(workshopJobs.workOrderId, f.workOrderId),
        inArray(workshopJobs.trade, f.trades),
        inArray(workshopJobs.status, f.jobStatuses),
        inArray(workOrders.status, f.orderStatuses),
      ),
    );
  const short = q
    .select({ n: sql<number>`count(*)::int` })
    .from(workOrderParts)
    .where(and(eq(workOrderParts.workOrderId, f.workOrderId), eq(workOrderParts.status, 'short')));
  const hours = q.select({ hours: workshopSettings.hours }).from(workshopSettings).where(eq(workshopSettings.servicePointId, f.pointId));
  const withTrades = f.trades.length > 0;
  const [row] = await q
    .select({
      queueMinutes: withTrades ? sql<number>`(${queued})` : sql<number>`0`,
      technicians: withTrades ? sql<number>`(select count(*)::int from (${techniciansOfTrades(q, f.pointId, f.technicianTrades)}) t)` : sql<number>`0`,
      partsShort: sql<number>`(${short})`,
      hours: sql<unknown>`(${hours})`,
    })
    .from(sql`(select 1) as one`);
  return { queueMinutes: Number(row.queueMinutes), technicians: Number(row.technicians), partsShort: Number(row.partsShort), hours: row.hours };
}
