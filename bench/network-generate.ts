/**
 * A manufacturer's network in bulk SQL (issue 14 point 3): under the demo network's HQ, `regions` regional centres
 * with `points` stations in all, each station with customers, vehicles and work orders (two lines each) spread over
 * `years`, plus complaints (one per 200 orders) and warranty claims (one per 20), and the daily and monthly rollups they
 * make, aggregated in SQL. One station also gets `bigStation` orders of its own on top of its share, so
 * the station pages are measured at a typical station's size and at a big one's. PostgreSQL only at full size
 * (10,000,000 orders + 150,000 at the big station); sizes shrink with BENCH_SCALE.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import { rebuildMonths } from '../src/server/features/rollups/index.js';

export interface NetworkSize {
  regions: number;
  points: number;
  orders: number;
  years: number;
  /** Extra orders for one station, so it is big (150,000 at full size). */
  bigStation?: number;
  now: Date;
}

/** Stations under the regions (codes NR-001…, NS-00001…), all in Asia/Shanghai. */
async function points(db: Db, hqId: string, o: NetworkSize) {
  await db.execute(sql`
    with hq as (select id, path from service_points where id = ${hqId}),
    r as (select gen_random_uuid() as id, g from generate_series(1, ${o.regions}) g)
    insert into service_points (id, parent_id, path, kind, code, name_zh, time_zone)
    select r.id, hq.id, hq.path || r.id || '/', 'regional', 'NR-' || lpad(r.g::text, 3, '0'), '大区 ' || r.g, 'Asia/Shanghai' from r, hq`);
  await db.execute(sql`
    with r as (select id, path, row_number() over (order by code) - 1 as k from service_points where code like 'NR-%'),
    s as (select gen_random_uuid() as id, g from generate_series(1, ${o.points}) g)
    insert into service_points (id, parent_id, path, kind, code, name_zh, time_zone)
    select s.id, r.id, r.path || s.id || '/', 'station', 'NS-' || lpad(s.g::text, 5, '0'), '服务站 ' || s.g, 'Asia/Shanghai'
    from s join r on r.k = s.g % ${o.regions}`);
}

/** Orders in chunks of ~1M so the server's memory stays flat; customers and vehicles one per ten orders. */
async function orders(db: Db, o: NetworkSize) {
  const start = new Date(o.now.getTime() - o.years * 365 * 86400_000).toISOString();
  const span = `${o.now.toISOString()}`;
  const vehicles = Math.max(o.points, Math.ceil(o.orders / 10));
  await db.execute(sql`
    with s as (select id, row_number() over (order by code) - 1 as k from service_points where code like 'NS-%')
    insert into customers (id, service_point_id, kind, name, phone)
    select gen_random_uuid(), s.id, 'person', '网络客户' || g, '137' || lpad(g::text, 8, '0')
    from generate_series(1, ${vehicles}) g join s on s.k = g % ${o.points}`);
  await db.execute(sql`
    insert into vehicles (service_point_id, customer_id, vin, plate, brand, model, model_family, mileage_km)
    select c.service_point_id, c.id, 'LNW' || upper(substr(md5(c.id::text), 1, 14)), '苏N' || lpad((row_number() over ())::text, 7, '0'), '上汽大众', '朗逸', '朗逸', 10000
    from customers c where c.name like '网络客户%'`);
  await db.execute(sql`create unlogged table bench_nv as
    select id, customer_id, service_point_id, row_number() over (partition by service_point_id order by id) - 1 as rn,
           count(*) over (partition by service_point_id) as n,
           dense_rank() over (order by service_point_id) - 1 as pk
    from vehicles where plate like '苏N%'`);
  await db.execute(sql`create index on bench_nv (pk, rn)`);
  const chunk = 1_000_000;
  for (let from = 1; from <= o.orders; from += chunk) {
    const to = Math.min(o.orders, from + chunk - 1);
    await db.execute(sql`
      with g as (select i, i % ${o.points}::int as pk, (i / ${o.points}::int) as j,
                        ${start}::timestamptz + (i::double precision / ${o.orders}::int) * (${span}::timestamptz - ${start}::timestamptz) as at
                 from generate_series(${from}::int, ${to}::int) i)
      insert into work_orders (id, service_point_id, number, type, status, customer_id, vehicle_id, received_at, mileage_in, pre_check, concerns, confirmed_at, completed_at, delivered_at, labor_fen, parts_fen, amount_fen, customer_payable_fen)
      select gen_random_uuid(), v.service_point_id, 'WN' || lpad(g.i::text, 10, '0'), (array['maintenance','repair','accident','warranty'])[1 + g.i % 4],
             case when g.i > ${o.orders - o.points * 4}::int then (array['draft','confirmed','in_progress','waiting_parts','qc','ready','delivered','settled'])[1 + g.i % 8] else 'closed' end,
             v.customer_id, v.id, g.at, 10000 + g.j, '{"damageMarks":[],"valuables":"","warningLights":[],"notes":""}'::jsonb, '保养', g.at + interval '1 hour', g.at + interval '5 hour', g.at + interval '6 hour',
           7500, 6800, 14300, 14300
      from g join bench_nv v on v.pk = g.pk and v.rn = g.j % v.n`);
    await db.execute(sql`
      insert into work_order_lines (work_order_id, service_point_id, kind, code, name, trade, hours_milli, rate_fen, payer, sort_order)
      select w.id, w.service_point_id, 'labor', 'BY-001', '更换机油及机油滤清器', 'mechanical', 500, 15000, 'customer', 0
      from work_orders w where w.number between ${`WN${String(from).padStart(10, '0')}`} and ${`WN${String(to).padStart(10, '0')}`}`);
    await db.execute(sql`
      insert into work_order_lines (work_order_id, service_point_id, kind, code, name, qty_milli, unit_price_fen, payer, sort_order)
      select w.id, w.service_point_id, 'parts', '06L115562', '机油滤清器', 1000, 6800, 'customer', 1
      from work_orders w where w.number between ${`WN${String(from).padStart(10, '0')}`} and ${`WN${String(to).padStart(10, '0')}`}`);
  }
  if (o.bigStation) {
    // The big station: its extra orders go to its own cars, spread over the same years (numbers WB…).
    await db.execute(sql`
      with g as (select i, ${start}::timestamptz + (i::double precision / ${o.bigStation}::int) * (${span}::timestamptz - ${start}::timestamptz) as at
                 from generate_series(1, ${o.bigStation}::int) i)
      insert into work_orders (id, service_point_id, number, type, status, customer_id, vehicle_id, received_at, mileage_in, pre_check, concerns, confirmed_at, completed_at, delivered_at, labor_fen, parts_fen, amount_fen, customer_payable_fen)
      select gen_random_uuid(), v.service_point_id, 'WB' || lpad(g.i::text, 10, '0'), (array['maintenance','repair','accident','warranty'])[1 + g.i % 4], 'closed',
             v.customer_id, v.id, g.at, 20000 + g.i, '{"damageMarks":[],"valuables":"","warningLights":[],"notes":""}'::jsonb, '保养', g.at + interval '1 hour', g.at + interval '5 hour', g.at + interval '6 hour',
             7500, 6800, 14300, 14300
      from g join bench_nv v on v.pk = 0 and v.rn = g.i % v.n`);
    await db.execute(sql`
      insert into work_order_lines (work_order_id, service_point_id, kind, code, name, trade, hours_milli, rate_fen, payer, sort_order)
      select w.id, w.service_point_id, 'labor', 'BY-001', '更换机油及机油滤清器', 'mechanical', 500, 15000, 'customer', 0 from work_orders w where w.number like 'WB%'`);
    await db.execute(sql`
      insert into work_order_lines (work_order_id, service_point_id, kind, code, name, qty_milli, unit_price_fen, payer, sort_order)
      select w.id, w.service_point_id, 'parts', '06L115562', '机油滤清器', 1000, 6800, 'customer', 1 from work_orders w where w.number like 'WB%'`);
  }
  await db.execute(sql`drop table bench_nv`);
}

/**
 * Complaints (one per 200 orders, on the order's point and day; most closed in time, some late, the newest open) and
 * warranty claims (one per 20 orders; submitted a day after completion, decided a week after).
 */
async function ticketsAndClaims(db: Db) {
  await db.execute(sql`
    insert into tickets (service_point_id, number, tracking_token, channel, kind, priority, status, title, customer_name, received_at,
                         first_response_due_at, resolution_due_at, first_responded_at, resolved_at, closed_at, work_order_id)
    select w.service_point_id, 'TN' || substr(w.number, 3), md5(w.id::text), 'phone', 'complaint', (array['low','normal','high'])[1 + n % 3],
           case when w.status = 'closed' then 'closed' else 'in_progress' end, '服务投诉', '网络客户', w.received_at,
           w.received_at + interval '4 hour', w.received_at + interval '3 day', w.received_at + interval '1 hour',
           case when w.status = 'closed' then w.received_at + (case when n % 7 = 0 then interval '5 day' else interval '1 day' end) end,
           case when w.status = 'closed' then w.received_at + (case when n % 7 = 0 then interval '5 day' else interval '1 day' end) end, w.id
    from (select w.*, substr(w.number, 3)::bigint as n from work_orders w where w.number like 'WN%') w where w.n % 200 = 0`);
  await db.execute(sql`
    insert into warranty_claims (service_point_id, number, work_order_id, vehicle_id, vin, model, status, fault_code, fault_description, cause_part_no,
                                 mileage_km, completed_at, labor_fen, parts_fen, amount_fen, approved_fen, submitted_at, decided_at)
    select w.service_point_id, 'CN' || substr(w.number, 3), w.id, w.vehicle_id, v.vin, v.model,
           case when w.status = 'closed' then (array['approved','approved','approved','rejected'])[1 + (n / 20) % 4] else 'submitted' end,
           'P0' || lpad((n % 1000)::text, 3, '0'), '发动机异响', '06L115562', w.mileage_in, w.completed_at, 7500, 6800, 14300,
           case when w.status = 'closed' and (n / 20) % 4 <> 3 then 14300 end, w.completed_at + interval '1 day',
           case when w.status = 'closed' then w.completed_at + interval '7 day' end
    from (select w.*, substr(w.number, 3)::bigint as n from work_orders w where w.number like 'WN%') w join vehicles v on v.id = w.vehicle_id
    where w.n % 20 = 0`);
}

/** The rollups the generated orders make (cars in, settled, revenue), one row per station and local day, in SQL. */
async function rollups(db: Db) {
  await db.execute(sql`
    insert into point_daily_rollups (service_point_id, day, cars_in, cars_settled, revenue_labor_fen, revenue_parts_fen, settled_payable_fen, delivered, delivered_same_day)
    select w.service_point_id, (w.received_at at time zone 'Asia/Shanghai')::date, count(*), count(*) filter (where w.status = 'closed'),
           count(*) filter (where w.status = 'closed') * 7500, count(*) filter (where w.status = 'closed') * 6800,
           count(*) filter (where w.status = 'closed') * 14300, count(*) filter (where w.delivered_at is not null), count(*) filter (where w.delivered_at is not null)
    from work_orders w where w.number like 'W_%'
    group by 1, 2
    on conflict do nothing`);
  // The complaints of each day (opened that day; resolved and in time counted on the day of the resolution).
  await db.execute(sql`
    insert into point_daily_rollups (service_point_id, day, complaints_opened)
    select service_point_id, (received_at at time zone 'Asia/Shanghai')::date, count(*) from tickets where number like 'TN%' group by 1, 2
    on conflict (service_point_id, day) do update set complaints_opened = point_daily_rollups.complaints_opened + excluded.complaints_opened`);
  await db.execute(sql`
    insert into point_daily_rollups (service_point_id, day, complaints_resolved, complaints_resolved_in_time)
    select service_point_id, (resolved_at at time zone 'Asia/Shanghai')::date, count(*), count(*) filter (where resolved_at <= resolution_due_at)
    from tickets where number like 'TN%' and resolved_at is not null group by 1, 2
    on conflict (service_point_id, day) do update set complaints_resolved = point_daily_rollups.complaints_resolved + excluded.complaints_resolved,
      complaints_resolved_in_time = point_daily_rollups.complaints_resolved_in_time + excluded.complaints_resolved_in_time`);
  // The claims decided each day, in the claims contributor's counters (extra).
  await db.execute(sql`
    insert into point_daily_rollups (service_point_id, day, extra)
    select service_point_id, (decided_at at time zone 'Asia/Shanghai')::date,
           jsonb_build_object('claimsDecided', count(*), 'claimsPassed', count(*) filter (where status = 'approved'),
                              'claimCycleMinutes', sum(extract(epoch from decided_at - submitted_at) / 60)::bigint)
    from warranty_claims where number like 'CN%' and decided_at is not null group by 1, 2
    on conflict (service_point_id, day) do update set extra = point_daily_rollups.extra || excluded.extra`);
}

/** The monthly rollups from those daily rows, in one INSERT…SELECT…GROUP BY (the same statement the rebuild ends with). */
async function monthlyRollups(db: Db) {
  await rebuildMonths(db);
}

/** Build it all; returns the seconds each step took. */
export async function generateNetwork(db: Db, hqId: string, o: NetworkSize) {
  const t = (s: number) => Math.round((performance.now() - s) / 100) / 10;
  let s = performance.now();
  await points(db, hqId, o);
  const pointsSeconds = t(s);
  s = performance.now();
  await orders(db, o);
  const ordersSeconds = t(s);
  s = performance.now();
  await ticketsAndClaims(db);
  const ticketsAndClaimsSeconds = t(s);
  s = performance.now();
  await rollups(db);
  const rollupSeconds = t(s);
  s = performance.now();
  await monthlyRollups(db);
  const monthlyRollupSeconds = t(s);
  s = performance.now();
  // A table years old has been vacuumed by autovacuum many times: its visibility map is set, so counts and index-only
  // scans read no heap. Fresh bulk inserts have none yet; vacuum gives the measured pages that steady state.
  await db.execute(sql`vacuum analyze`);
  return { pointsSeconds, ordersSeconds, ticketsAndClaimsSeconds, rollupSeconds, monthlyRollupSeconds, vacuumAnalyzeSeconds: t(s) };
}
