/**
 * The purchase suggestion's figures, one set-based query for a whole point: the demand statistics of the history
 * window (maintained in part_demand_stats, see demand-stats.ts), stock, backorders and open orders per part. Parts
 * without demand, backorder or planner override cannot need an order and are not returned.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';

export interface SuggestionRow {
  partId: string;
  partNo: string;
  name: string;
  unit: string;
  costPriceFen: number;
  vendorId: string | null;
  vendorName: string | null;
  leadTimeDays: number | null;
  packMilli: number;
  reorderPointMilli: number | null;
  safetyStockMilli: number | null;
  totalMilli: number;
  sumSquaresMilli2: number;
  onHandMilli: number;
  reservedMilli: number;
  backorderedMilli: number;
  onOrderMilli: number;
}

/** Orders counted as "on order": being ordered or sent and not fully received. */
export const OPEN_PO_STATUSES = ['draft', 'pending_approval', 'sent', 'partly_received'] as const;

/** The suggestion's rows; with `partIds`, the figures of exactly those parts (the planner's table), demand or not. */
export async function suggestionRows(q: Db | Tx, f: { pointId: string; vendorId?: string; partIds?: string[] }): Promise<SuggestionRow[]> {
  const res = await q.execute(sql`
    with demand as (
      select part_id, total_milli as total, sum_squares_milli2 as sq from part_demand_stats where service_point_id = ${f.pointId}
    ),
    stock as (
      select part_id, sum(on_hand_milli)::float8 as on_hand, sum(reserved_milli)::float8 as reserved
      from stock_items where service_point_id = ${f.pointId} group by part_id
    ),
    back as (
      select part_id, sum(requested_milli - issued_milli - reserved_milli)::float8 as short
      from work_order_parts where service_point_id = ${f.pointId} and status = 'short' group by part_id
    ),
    onorder as (
      select l.part_id, sum(greatest(0, l.ordered_milli - l.received_milli))::float8 as qty
      from purchase_order_lines l join purchase_orders o on o.id = l.purchase_order_id
      where o.service_point_id = ${f.pointId} and o.status in ('draft', 'pending_approval', 'sent', 'partly_received')
      group by l.part_id
    )
    select p.id as "partId", p.part_no as "partNo", p.name, p.unit, p.cost_price_fen as "costPriceFen",
      pp.vendor_id as "vendorId", v.name as "vendorName", v.lead_time_days as "leadTimeDays",
      coalesce(pp.pack_milli, 1000) as "packMilli", pp.reorder_point_milli as "reorderPointMilli", pp.safety_stock_milli as "safetyStockMilli",
      coalesce(d.total, 0) as "totalMilli", coalesce(d.sq, 0) as "sumSquaresMilli2",
      coalesce(s.on_hand, 0) as "onHandMilli", coalesce(s.reserved, 0) as "reservedMilli",
      coalesce(b.short, 0) as "backorderedMilli", coalesce(oo.qty, 0) as "onOrderMilli"
    from parts p
      left join demand d on d.part_id = p.id
      left join back b on b.part_id = p.id
      left join part_planning pp on pp.part_id = p.id
      left join vendors v on v.id = pp.vendor_id
      left join stock s on s.part_id = p.id
      left join onorder oo on oo.part_id = p.id
    where p.service_point_id = ${f.pointId} and p.is_active
      and ${
        f.partIds
          ? sql`p.id in (${sql.join(
              f.partIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`
          : sql`(d.part_id is not null or b.part_id is not null or coalesce(pp.reorder_point_milli, 0) > 0)`
      }
      ${f.vendorId ? sql`and pp.vendor_id = ${f.vendorId}` : sql``}
    order by p.part_no`);
  return (res as unknown as { rows: SuggestionRow[] }).rows.map((r) => ({
    ...r,
    costPriceFen: Number(r.costPriceFen),
    leadTimeDays: r.leadTimeDays === null ? null : Number(r.leadTimeDays),
    packMilli: Number(r.packMilli),
    reorderPointMilli: r.reorderPointMilli === null ? null : Number(r.reorderPointMilli),
    safetyStockMilli: r.safetyStockMilli === null ? null : Number(r.safetyStockMilli),
    totalMilli: Number(r.totalMilli),
    sumSquaresMilli2: Number(r.sumSquaresMilli2),
    onHandMilli: Number(r.onHandMilli),
    reservedMilli: Number(r.reservedMilli),
    backorderedMilli: Number(r.backorderedMilli),
    onOrderMilli: Number(r.onOrderMilli),
  }));
}
