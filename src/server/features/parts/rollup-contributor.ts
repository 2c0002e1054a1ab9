/**
 * The parts' counters of the daily rollups (features/rollups contributors), from the stock ledger: the cost of parts
 * issued that day net of returns, and at the day's end the stock value and the dead-stock value (parts with no
 * movement for DEAD_STOCK_DAYS), each stored as a day-sum (value × 1 day) so that periods, months and the network
 * add up (the KPI pack divides by the days for an average). Values at the ledger's costs, as the parts dashboard.
 */
import { sql } from 'drizzle-orm';
import { DEAD_STOCK_DAYS } from '../../../domain/kpi/index.js';
import type { RollupContributor } from '../rollups/index.js';

export const partsRollupContributor: RollupContributor = async (tx, w) => {
  const [from, to] = [w.start.toISOString(), w.end.toISOString()];
  const r = await tx.execute(sql`
    with ledger as (
      select part_id, sum(qty_milli::bigint * unit_cost_fen) as v, max(at) as last_at
        from stock_movements where service_point_id = ${w.pointId} and at < ${to}::timestamptz group by part_id
    )
    select coalesce(round(sum(v) filter (where v > 0) / 1000.0), 0)::float8 as stock,
           coalesce(round(sum(v) filter (where v > 0 and last_at < ${to}::timestamptz - make_interval(days => ${DEAD_STOCK_DAYS})) / 1000.0), 0)::float8 as dead,
           (select coalesce(round(-sum(qty_milli::bigint * unit_cost_fen) / 1000.0), 0)::float8 from stock_movements
             where service_point_id = ${w.pointId} and kind in ('issue', 'return') and at >= ${from}::timestamptz and at < ${to}::timestamptz) as issued
      from ledger`);
  const [row] = (r as unknown as { rows: { stock: number; dead: number; issued: number }[] }).rows;
  const out: Record<string, number> = {};
  if (Number(row.issued)) out.partsIssueCostFen = Number(row.issued);
  if (Number(row.stock)) out.partsStockValueDayFen = Number(row.stock);
  if (Number(row.dead)) out.partsDeadValueDayFen = Number(row.dead);
  return out;
};

type RangeRow = { day: string; stock: number; dead: number; issued: number };

/**
 * The same counters for every day of a range in one statement (the set-based rebuild): each part's movements are
 * bucketed by local day (bucket 0: before the range), summed cumulatively per part over the days, and each day's
 * stock and dead-stock values taken from those running sums, exactly as the per-day query takes them at the day's end.
 */
partsRollupContributor.range = async (tx, r) => {
  const th = sql.raw(`'{${r.edges.join(',')}}'::timestamptz[]`);
  const ds = sql.raw(`'{${r.days.join(',')}}'::date[]`);
  const res = await tx.execute(sql`
    with mv as (
      select part_id, width_bucket(at, ${th}) as b, qty_milli::bigint * unit_cost_fen as v, at, kind
        from stock_movements where service_point_id = ${r.pointId} and at < ${r.end.toISOString()}::timestamptz
    ), pb as (
      select part_id, b, sum(v) as v, max(at) as last_at,
             sum(v) filter (where kind in ('issue', 'return')) as issued
        from mv group by 1, 2
    ), grid as (
      select p.part_id, g.b from (select distinct part_id from pb) p
       cross join generate_series(0, ${r.days.length}) as g(b)
    ), cum as (
      select g.b, sum(pb.v) over w as v, max(pb.last_at) over w as last_at, pb.issued
        from grid g left join pb using (part_id, b)
      window w as (partition by g.part_id order by g.b rows between unbounded preceding and current row)
    )
    select (${ds})[b]::text as day,
           coalesce(round(sum(v) filter (where v > 0) / 1000.0), 0)::float8 as stock,
           coalesce(round(sum(v) filter (where v > 0 and last_at < (${th})[b + 1] - make_interval(days => ${DEAD_STOCK_DAYS})) / 1000.0), 0)::float8 as dead,
           coalesce(round(-sum(issued) / 1000.0), 0)::float8 as issued
      from cum where b >= 1 group by b`);
  const out = new Map<string, Record<string, number>>();
  for (const row of (res as unknown as { rows: RangeRow[] }).rows) {
    const v: Record<string, number> = {};
    if (Number(row.issued)) v.partsIssueCostFen = Number(row.issued);
    if (Number(row.stock)) v.partsStockValueDayFen = Number(row.stock);
    if (Number(row.dead)) v.partsDeadValueDayFen = Number(row.dead);
    if (Object.keys(v).length) out.set(row.day, v);
  }
  return out;
};
