/** Set-based reads for the parts dashboard: one row per part of the point (stock, value, last movement, usage). */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';

type Q = Db | Tx;
const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

export async function partFigures(q: Q, pointId: string, from: Date, to: Date) {
  const res = await q.execute(sql`
    with st as (select part_id, sum(on_hand_milli)::float8 as on_hand from stock_items where service_point_id = ${pointId} group by part_id),
    mv as (
      select part_id, max(at) as last_at,
        coalesce(-sum(case when kind in ('issue', 'return') and at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz
          then qty_milli::float8 * unit_cost_fen / 1000 end), 0) as usage
      from stock_movements where service_point_id = ${pointId} and at < ${to.toISOString()}::timestamptz group by part_id
    )
    select p.id as "partId", p.part_no as "partNo", p.name, p.cost_price_fen as "costPriceFen",
      coalesce(st.on_hand, 0) as "onHandMilli", mv.last_at as "lastMovementAt", coalesce(mv.usage, 0) as "usageFen"
    from parts p left join st on st.part_id = p.id left join mv on mv.part_id = p.id
    where p.service_point_id = ${pointId} and (st.part_id is not null or mv.part_id is not null)`);
  return rowsOf<{
    partId: string;
    partNo: string;
    name: string;
    costPriceFen: number;
    onHandMilli: number;
    lastMovementAt: string | Date | null;
    usageFen: number;
  }>(res).map((r) => ({
    ...r,
    costPriceFen: Number(r.costPriceFen),
    onHandMilli: Number(r.onHandMilli),
    usageFen: Math.round(Number(r.usageFen)),
    lastMovementAt: r.lastMovementAt === null ? null : new Date(r.lastMovementAt),
  }));
}

/** Stock value in the ledger before an instant (every movement at its cost). */
export async function ledgerValueBefore(q: Q, pointId: string, at: Date) {
  const res = await q.execute(
    sql`select coalesce(round(sum(qty_milli::float8 * unit_cost_fen) / 1000), 0)::float8 as v from stock_movements where service_point_id = ${pointId} and at < ${at.toISOString()}::timestamptz`,
  );
  return Number(rowsOf<{ v: number }>(res)[0].v);
}

/** Lines first picked in [from, to) with whether they were served from stock (一次满足). */
export async function picksInPeriod(q: Q, pointId: string, from: Date, to: Date) {
  const res = await q.execute(sql`
    select wop.is_filled_at_pick as "isFilledAtPick"
    from work_order_parts wop
    join (select work_order_line_id, min(at) as first_at from stock_movements
          where service_point_id = ${pointId} and kind = 'issue' and work_order_line_id is not null group by work_order_line_id) f
      on f.work_order_line_id = wop.work_order_line_id
    where f.first_at >= ${from.toISOString()}::timestamptz and f.first_at < ${to.toISOString()}::timestamptz`);
  return rowsOf<{ isFilledAtPick: boolean | null }>(res);
}
