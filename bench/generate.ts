import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';

/**
 * Five years of station history in bulk SQL (generate_series): customers, vehicles and work orders with
 * labor and parts lines, spread over the years, mostly closed, a few in every open state.
 */
export async function generateHistory(db: Db, pointId: string, o: { workOrders: number; vehicles: number; years: number; now: Date }) {
  const start = new Date(o.now.getTime() - o.years * 365 * 86400_000).toISOString();
  await db.execute(sql`
    insert into customers (id, service_point_id, kind, name, phone)
    select gen_random_uuid(), ${pointId}, 'person', '客户' || g, '139' || lpad(g::text, 8, '0')
    from generate_series(1, ${o.vehicles}) g`);
  await db.execute(sql`
    insert into vehicles (service_point_id, customer_id, vin, plate, brand, model, model_family, mileage_km)
    select ${pointId}, c.id, 'LBV' || upper(substr(md5(c.id::text), 1, 14)), '沪Z' || lpad((row_number() over ())::text, 5, '0'), '上汽大众', '朗逸', '朗逸', 10000
    from customers c where c.service_point_id = ${pointId} and c.name like '客户%'`);
  await db.execute(sql`
    with v as (select id, customer_id, row_number() over () as rn, count(*) over () as n from vehicles where service_point_id = ${pointId} and plate like '沪Z%'),
    g as (select i, (i % (select max(n) from v)) + 1 as pick, ${start}::timestamptz + (i::double precision / ${o.workOrders}) * (${o.now.toISOString()}::timestamptz - ${start}::timestamptz) as at
          from generate_series(1, ${o.workOrders}) i)
    insert into work_orders (id, service_point_id, number, type, status, customer_id, vehicle_id, received_at, mileage_in, pre_check, concerns, confirmed_at, completed_at, delivered_at, labor_fen, parts_fen, amount_fen, customer_payable_fen)
    select gen_random_uuid(), ${pointId}, 'WB' || lpad(g.i::text, 9, '0'), (array['maintenance','repair','accident','warranty'])[1 + g.i % 4],
           case when g.i > ${o.workOrders} - 40 then (array['draft','confirmed','in_progress','waiting_parts','qc','ready','delivered','settled'])[1 + g.i % 8] else 'closed' end,
           v.customer_id, v.id, g.at, 10000 + g.i, '{"damageMarks":[],"valuables":"","warningLights":[],"notes":""}'::jsonb, '保养', g.at + interval '1 hour', g.at + interval '5 hour', g.at + interval '6 hour',
           7500, 6800, 14300, 14300
    from g join v on v.rn = g.pick`);
  // The two lines below price at 75.00 (0.5 h × 150.00) + 68.00: the stored totals of the orders above.
  await db.execute(sql`
    insert into work_order_lines (work_order_id, service_point_id, kind, code, name, trade, hours_milli, rate_fen, payer, sort_order)
    select w.id, ${pointId}, 'labor', 'BY-001', '更换机油及机油滤清器', 'mechanical', 500, 15000, 'customer', 0 from work_orders w where w.number like 'WB%'`);
  await db.execute(sql`
    insert into work_order_lines (work_order_id, service_point_id, kind, code, name, qty_milli, unit_price_fen, payer, sort_order)
    select w.id, ${pointId}, 'parts', '06L115562', '机油滤清器', 1000, 6800, 'customer', 1 from work_orders w where w.number like 'WB%'`);
  await db.execute(sql`analyze`);
}
