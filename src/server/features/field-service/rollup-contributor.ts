/**
 * Field service's counters of the daily rollups (features/rollups contributors): visits checked out that day, and
 * arrivals that day with a deadline and those before it (上门及时率). The service subsidies read fieldVisitsDone.
 * `range` gives the same counters for every day of a range at once (the set-based rebuild).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { RollupContributor, RollupRange } from '../rollups/index.js';
import type { Tx } from '../../db/client.js';

type Row = { day: string; done: number; arrivals: number; in_time: number };

/** `outDay` / `inDay`: the local day of the check-out / check-in (null: one day, the window itself). */
async function counters(tx: Tx, pointId: string, start: Date, end: Date, outDay: SQL | null, inDay: SQL | null) {
  const [from, to] = [start.toISOString(), end.toISOString()];
  const r = await tx.execute(sql`
    select day::text as day, sum(done)::int as done, sum(arrivals)::int as arrivals, sum(in_time)::int as in_time from (
      select ${outDay ?? sql`null::date`} as day, 1 as done, 0 as arrivals, 0 as in_time
        from field_visits where service_point_id = ${pointId} and check_out_at >= ${from} and check_out_at < ${to}
      union all
      select ${inDay ?? sql`null::date`}, 0, case when deadline_at is not null then 1 else 0 end, case when check_in_at <= deadline_at then 1 else 0 end
        from field_visits where service_point_id = ${pointId} and check_in_at >= ${from} and check_in_at < ${to}
    ) x group by 1`);
  return (r as unknown as { rows: Row[] }).rows.map((row) => {
    const out: Record<string, number> = {};
    if (row.done) out.fieldVisitsDone = row.done;
    if (row.arrivals) out.fieldArrivals = row.arrivals;
    if (row.in_time) out.fieldArrivalsInTime = row.in_time;
    return [row.day, out] as const;
  });
}

export const fieldRollupContributor: RollupContributor = Object.assign(
  async (tx: Tx, w: { pointId: string; start: Date; end: Date }) => (await counters(tx, w.pointId, w.start, w.end, null, null))[0]?.[1] ?? {},
  { range: async (tx: Tx, r: RollupRange) => new Map(await counters(tx, r.pointId, r.start, r.end, r.bucket('check_out_at'), r.bucket('check_in_at'))) },
);
