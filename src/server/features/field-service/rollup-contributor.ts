/**
 * Field service's counters of the daily rollups (features/rollups contributors): visits checked out that day, and
 * arrivals that day with a deadline and those before it (上门及时率). The service subsidies read fieldVisitsDone.
 */
import { sql } from 'drizzle-orm';
import type { RollupContributor } from '../rollups/index.js';

export const fieldRollupContributor: RollupContributor = async (tx, w) => {
  const [from, to] = [w.start.toISOString(), w.end.toISOString()];
  const r = await tx.execute(sql`
    select count(*) filter (where check_out_at >= ${from} and check_out_at < ${to})::int as done,
           count(*) filter (where check_in_at >= ${from} and check_in_at < ${to} and deadline_at is not null)::int as arrivals,
           count(*) filter (where check_in_at >= ${from} and check_in_at < ${to} and check_in_at <= deadline_at)::int as in_time
      from field_visits
     where service_point_id = ${w.pointId} and (check_out_at >= ${from} and check_out_at < ${to} or check_in_at >= ${from} and check_in_at < ${to})`);
  const [row] = (r as unknown as { rows: { done: number; arrivals: number; in_time: number }[] }).rows;
  const out: Record<string, number> = {};
  if (row.done) out.fieldVisitsDone = row.done;
  if (row.arrivals) out.fieldArrivals = row.arrivals;
  if (row.in_time) out.fieldArrivalsInTime = row.in_time;
  return out;
};
