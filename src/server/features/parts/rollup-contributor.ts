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
