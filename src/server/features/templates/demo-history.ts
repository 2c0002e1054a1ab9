/**
 * A year of demo history for the network's stations (issue 13 point 9), in bulk SQL at the first start: customers,
 * vehicles, work orders with labor and parts lines in every kind (most closed; the last days in every open status),
 * settlements, workshop jobs with clocks, attendance, QC (some failed first time), comebacks, appointments (and
 * no-shows), follow-up calls with scores, complaints (resolved in time or late) and warranty claims. Deterministic:
 * every value and id comes from md5 of the station's seed, so two installs on the same date hold the same rows;
 * the days count back from the install date in the point's zone. Each station has its own profile (volume, rates,
 * quality), so the KPI pack, the drill-down, the reports and the self-assessment show different, plausible numbers.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { localDate, usableTimeZone } from '../../../domain/time/index.js';

export interface HistoryProfile {
  /** Seed of the station's random numbers. */
  seed: string;
  /** Orders on a weekday (Saturday 85 %, Sunday 55 %, ±25 % noise). */
  perDay: number;
  /** Days covered: from `firstDay` (1 = yesterday) back to `lastDay` days ago. */
  firstDay: number;
  lastDay: number;
  rateFen: number;
  comebackRate: number;
  qcFailRate: number;
  lateRate: number;
  complaintRate: number;
  bookedRate: number;
  fillRate: number;
  /** Mean follow-up score (0–100). */
  csi: number;
  /** Clocked ÷ sold hours (1 = exactly the standard time). */
  clockFactor: number;
}

export const DEMO_HISTORY_PROFILES: Record<string, HistoryProfile> = {
  'ST-0002': {
    seed: 'st2',
    perDay: 6,
    firstDay: 1,
    lastDay: 365,
    rateFen: 18000,
    comebackRate: 0.018,
    qcFailRate: 0.035,
    lateRate: 0.07,
    complaintRate: 0.008,
    bookedRate: 0.42,
    fillRate: 0.95,
    csi: 93,
    clockFactor: 0.95,
  },
  'ST-0003': {
    seed: 'st3',
    perDay: 4,
    firstDay: 1,
    lastDay: 365,
    rateFen: 15000,
    comebackRate: 0.04,
    qcFailRate: 0.08,
    lateRate: 0.16,
    complaintRate: 0.02,
    bookedRate: 0.25,
    fillRate: 0.88,
    csi: 86,
    clockFactor: 1.15,
  },
};

type Point = { id: string; code: string; timeZone: string };

/** The history of every station of the demo network that has a profile; returns the orders made per code. */
export async function seedDemoHistory(db: Db, now: Date, profiles: Record<string, HistoryProfile> = DEMO_HISTORY_PROFILES) {
  const made: Record<string, number> = {};
  for (const [code, profile] of Object.entries(profiles)) {
    const r = await db.execute(sql`select id, code, time_zone as "timeZone" from service_points where code = ${code}`);
    const point = (r as unknown as { rows: Point[] }).rows[0];
    if (point) made[code] = await db.transaction((tx) => stationHistory(tx, point, profile, now));
  }
  // Fresh statistics for the planner (PGlite has no autovacuum): without them the rollup rebuild that follows picks
  // nested loops over what it believes are empty tables and runs ten times longer.
  await db.execute(sql`analyze customers, vehicles, parts, appointments, work_orders, work_order_lines, work_order_parts, settlements,
    workshop_jobs, job_clocks, attendance, qc_inspections, follow_ups, tickets, warranty_claims`);
  return made;
}

const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;

async function stationHistory(tx: Tx, point: Point, o: HistoryProfile, now: Date) {
  const tz = usableTimeZone(point.timeZone);
  const today = localDate(tz, now);
  const p = point.id;
  const seed = `demo-history:${point.code}:${o.seed}`;
  /** A deterministic number in [0, 1) from the seed and a key (an SQL text expression). */
  const rnd = (key: string) => `(('x' || substr(md5('${seed}:' || ${key}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
  const uid = (key: string) => `md5('${seed}:' || ${key})::uuid`;
  const ids = async (where: string) =>
    rows<{ id: string }>(
      await tx.execute(sql`select e.id from employees e where e.service_point_id = ${p} and e.is_active and ${sql.raw(where)} order by e.employee_no, e.id`),
    ).map((x) => x.id);
  const advisors = await ids(
    `exists (select 1 from assignments a join positions q on q.id = a.position_id where a.employee_id = e.id and q.template_key like 'service-advisor%')`,
  );
  const mech = await ids(`e.trade = 'mechanical'`);
  const body = await ids(`e.trade in ('body', 'paint')`);
  if (!advisors.length || !mech.length) return 0;
  const arr = (xs: string[]) => `'{${xs.join(',')}}'::uuid[]`;
  const pick = (xs: string[], key: string) => `(${arr(xs)})[1 + floor(${rnd(key)} * ${xs.length})::int]`;
  const vehicles = Math.round(o.perDay * 60);
  const exec = (q: string) => tx.execute(sql.raw(q));

  // Customers and their cars; a few parts of the station's own catalogue for the parts lines.
  await exec(`insert into customers (id, service_point_id, kind, name, phone)
    select ${uid(`'c:' || g`)}, '${p}', 'person', (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10] || (array['先生','女士'])[1 + g % 2] || g,
      '13' || lpad((abs(hashtext('${seed}:ph:' || g)) % 1000000000)::text, 9, '0')
    from generate_series(1, ${vehicles}) g on conflict do nothing`);
  await exec(`insert into vehicles (id, service_point_id, customer_id, vin, plate, brand, model, model_family, mileage_km)
    select ${uid(`'v:' || g`)}, '${p}', ${uid(`'c:' || g`)}, 'LDH' || upper(substr(md5('${seed}:vin:' || g), 1, 14)),
      (array['苏E','粤A','沪B'])[1 + g % 3] || upper(substr(md5('${seed}:pl:' || g), 1, 5)), '东岳汽车', (array['东岳 S3','东岳 S5','东岳 X7'])[1 + g % 3],
      (array['S3','S5','X7'])[1 + g % 3], 10000 + (g * 37) % 90000
    from generate_series(1, ${vehicles}) g on conflict do nothing`);
  await exec(`insert into parts (id, service_point_id, part_no, name, retail_price_fen, cost_price_fen)
    select ${uid(`'part:' || k`)}, '${p}', 'DY-' || lpad(k::text, 5, '0'), (array['机油滤清器','空气滤清器','刹车片(前)','火花塞','雨刮片','蓄电池'])[k],
      (array[6800, 9500, 42000, 8600, 12800, 69000])[k], (array[4100, 5600, 27000, 5200, 7700, 48000])[k]
    from generate_series(1, 6) k on conflict do nothing`);

  // The orders: one row per order with its random draws, then every table from it.
  await exec(`create temp table demo_h on commit drop as
    with d as (select k, ('${today}'::date - k) as day from generate_series(${o.firstDay}, ${o.lastDay}) k),
    n as (select k, day, greatest(2, round(${o.perDay} * (case extract(isodow from day) when 7 then 0.55 when 6 then 0.85 else 1 end)
            * (0.75 + 0.5 * ${rnd(`'n:' || day`)})))::int as n from d)
    select ${uid(`'wo:' || day || ':' || i`)} as id, k, day, i,
      ${rnd(`'t:' || day || ':' || i`)} as rt, ${rnd(`'s:' || day || ':' || i`)} as rs, ${rnd(`'q:' || day || ':' || i`)} as rq,
      ${rnd(`'l:' || day || ':' || i`)} as rl, ${rnd(`'x:' || day || ':' || i`)} as rx,
      ((day + time '08:00') + interval '1 minute' * floor(540 * ${rnd(`'at:' || day || ':' || i`)})) at time zone '${tz}' as received_at
    from n, generate_series(1, n.n) i`);
  await exec(`delete from demo_h where received_at > '${now.toISOString()}'::timestamptz`);
  await exec(`alter table demo_h add column type text, add column status text, add column hours numeric, add column promised_at timestamptz,
    add column completed_at timestamptz, add column delivered_at timestamptz, add column vehicle int`);
  await exec(`update demo_h set
    type = case when rt < 0.55 then 'maintenance' when rt < 0.8 then 'repair' when rt < 0.92 then 'accident' else 'warranty' end,
    status = case when k > 2 then (case when rs < 0.012 then 'cancelled' else 'closed' end)
      else (array['draft','confirmed','in_progress','waiting_parts','qc','ready','delivered','settled','closed'])[1 + floor(rs * 9)::int] end,
    vehicle = 1 + floor(rx * ${vehicles})::int`);
  // Planned hours by kind; late orders overrun the promise.
  await exec(
    `update demo_h set hours = case type when 'maintenance' then 2 + 2 * rl when 'repair' then 4 + 20 * rl when 'accident' then 24 + 72 * rl else 3 + 21 * rl end`,
  );
  await exec(`update demo_h set promised_at = received_at + interval '1 hour' * hours,
    completed_at = case when status in ('qc','ready','delivered','settled','closed') then received_at + interval '1 hour' * hours * (case when rq < ${o.lateRate} then 1.2 + rl else 0.6 + 0.35 * rx end) end`);
  await exec(
    `update demo_h set delivered_at = case when status in ('delivered','settled','closed') then completed_at + interval '1 minute' * (20 + floor(60 * rx)) end`,
  );
  // Orders the clock has not reached yet stay open (a promise in the future is fine; an event after now is not).
  await exec(`update demo_h set status = 'in_progress', completed_at = null, delivered_at = null
    where completed_at > '${now.toISOString()}'::timestamptz or delivered_at > '${now.toISOString()}'::timestamptz`);

  // Appointments: most booked orders arrive on their day; a tenth of bookings are no-shows.
  await exec(`insert into appointments (id, service_point_id, customer_id, vehicle_id, channel, advisor_employee_id, local_date, slot_start, start_at, estimated_minutes, concern, status, arrived_at)
    select ${uid(`'ap:' || id`)}, '${p}', ${uid(`'c:' || vehicle`)}, ${uid(`'v:' || vehicle`)}, case when rl < 0.5 then 'phone' else 'online' end,
      ${pick(advisors, `'adv:' || id`)}, day, to_char(date_trunc('hour', received_at at time zone '${tz}'), 'HH24:MI'),
      date_trunc('hour', received_at at time zone '${tz}') at time zone '${tz}', 60, '预约保养', case when rq < 0.1 then 'no_show' else 'arrived' end,
      case when rq < 0.1 then null else received_at end
    from demo_h where rx < ${o.bookedRate} and status <> 'cancelled'`);
  await exec(`insert into work_orders (id, service_point_id, number, type, status, customer_id, vehicle_id, appointment_id, advisor_employee_id,
      received_at, mileage_in, pre_check, concerns, repair_category, promised_at, confirmed_at, completed_at, delivered_at, comeback_of_id, cancel_reason)
    select h.id, '${p}', 'LS' || to_char(day, 'YYYYMMDD') || lpad(i::text, 3, '0'), type, status, ${uid(`'c:' || vehicle`)}, ${uid(`'v:' || vehicle`)},
      case when rx < ${o.bookedRate} and status <> 'cancelled' and rq >= 0.1 then ${uid(`'ap:' || h.id`)} end, ${pick(advisors, `'adv:' || h.id`)},
      received_at, 10000 + (vehicle * 37) % 90000 + k * 30, '{"damageMarks":[],"valuables":"","warningLights":[],"notes":""}'::jsonb,
      case type when 'maintenance' then '定期保养' when 'repair' then '发动机故障灯亮' when 'accident' then '前保险杠碰撞' else '三包:车窗升降异响' end,
      case type when 'maintenance' then '小修' when 'accident' then '事故' else '小修' end,
      promised_at, case when status <> 'draft' then received_at + interval '15 minutes' end, completed_at, delivered_at,
      case when rq > 1 - ${o.comebackRate} and k + 10 <= ${o.lastDay} then ${uid(`'wo:' || (day - 10) || ':1'`)} end,
      case when status = 'cancelled' then '客户取消' else '' end
    from demo_h h`);
  // Lines: the mechanical labor line, a body/paint line for accidents and some repairs, one parts line.
  await exec(`insert into work_order_lines (id, work_order_id, service_point_id, kind, code, name, trade, hours_milli, rate_fen, payer, sort_order)
    select ${uid(`'l1:' || id`)}, id, '${p}', 'labor', case type when 'maintenance' then 'BY-001' else 'WX-' || (1 + floor(rl * 9))::int end,
      case type when 'maintenance' then '常规保养' when 'repair' then '故障诊断及维修' when 'accident' then '拆装前保险杠' else '三包维修' end, 'mechanical',
      (case type when 'maintenance' then 1000 + 100 * floor(5 * rl) when 'accident' then 1500 else 1500 + 100 * floor(25 * rl) end)::int, ${o.rateFen},
      case type when 'warranty' then 'warranty' when 'accident' then 'insurance' else 'customer' end, 0
    from demo_h`);
  await exec(`insert into work_order_lines (id, work_order_id, service_point_id, kind, code, name, trade, hours_milli, rate_fen, payer, sort_order)
    select ${uid(`'l2:' || id`)}, id, '${p}', 'labor', 'BQ-' || (1 + floor(rq * 5))::int, case when rx < 0.5 then '钣金修复' else '喷漆(单面)' end,
      case when rx < 0.5 then 'body' else 'paint' end, (3000 + 500 * floor(10 * rl))::int, ${o.rateFen}, case type when 'accident' then 'insurance' else 'customer' end, 1
    from demo_h where ${body.length ? 'true' : 'false'} and (type = 'accident' or (type = 'repair' and rl > 0.6))`);
  await exec(`insert into work_order_lines (id, work_order_id, service_point_id, kind, part_id, code, name, qty_milli, unit_price_fen, payer, sort_order)
    select ${uid(`'p1:' || h.id`)}, h.id, '${p}', 'parts', pt.id, pt.part_no, pt.name, (1000 * (1 + floor(2 * h.rq)))::int, pt.retail_price_fen,
      case h.type when 'warranty' then 'warranty' when 'accident' then 'insurance' else 'customer' end, 2
    from demo_h h join parts pt on pt.id = ${uid(`'part:' || (1 + floor(h.rl * 6))::int`)}`);
  await exec(`insert into work_order_parts (work_order_line_id, work_order_id, service_point_id, part_id, requested_milli, reserved_milli, issued_milli, is_filled_at_pick)
    select l.id, l.work_order_id, '${p}', l.part_id, l.qty_milli, 0, l.qty_milli, ${rnd(`'fill:' || l.id`)} < ${o.fillRate}
    from work_order_lines l join demo_h h on h.id = l.work_order_id
    where l.kind = 'parts' and h.status in ('in_progress','qc','ready','delivered','settled','closed')`);

  // Settlements (before delivery) of the delivered orders: the customer pays the customer-paid lines.
  await exec(`insert into settlements (id, service_point_id, work_order_id, number, status, gross_fen, payable_fen, settled_at, cashier_name)
    select ${uid(`'st:' || h.id`)}, '${p}', h.id, 'JS' || to_char(h.day, 'YYYYMMDD') || lpad(h.i::text, 3, '0'), 'settled', sum(a), coalesce(sum(a) filter (where payer = 'customer'), 0),
      h.delivered_at - interval '10 minutes', '王欣怡'
    from demo_h h join (select work_order_id, payer,
        case when kind = 'labor' then (2 * hours_milli::bigint * rate_fen + 1000) / 2000 else (2 * qty_milli::bigint * unit_price_fen + 1000) / 2000 end as a
      from work_order_lines where service_point_id = '${p}') l on l.work_order_id = h.id
    where h.delivered_at is not null group by h.id, h.day, h.i, h.delivered_at`);

  // Workshop jobs per labor line, each with its clock; technicians of the line's trade.
  await exec(`insert into workshop_jobs (id, service_point_id, work_order_id, work_order_line_id, trade, standard_minutes, status, technician_employee_id, started_at, finished_at)
    select ${uid(`'job:' || l.id`)}, '${p}', h.id, l.id, l.trade, l.hours_milli * 60 / 1000,
      case when h.completed_at is not null then 'finished' when h.status in ('in_progress','waiting_parts') then 'in_progress' else 'pending' end,
      case when h.status in ('draft','confirmed') then null when l.trade = 'mechanical' then ${pick(mech, `'tech:' || l.id`)} else ${pick(body.length ? body : mech, `'tech:' || l.id`)} end,
      case when h.status not in ('draft','confirmed') then h.received_at + interval '30 minutes' end,
      case when h.completed_at is not null then greatest(h.received_at + interval '40 minutes', h.completed_at - interval '20 minutes') end
    from work_order_lines l join demo_h h on h.id = l.work_order_id where l.kind = 'labor' and h.status <> 'cancelled'`);
  await exec(`insert into job_clocks (id, service_point_id, job_id, employee_id, started_at, ended_at)
    select ${uid(`'clk:' || j.id`)}, '${p}', j.id, j.technician_employee_id, j.started_at,
      j.started_at + interval '1 minute' * round(j.standard_minutes * ${o.clockFactor} * (0.8 + 0.4 * ${rnd(`'cf:' || j.id`)}))
    from workshop_jobs j join demo_h h on h.id = j.work_order_id where j.status = 'finished'`);
  await exec(`insert into attendance (id, service_point_id, employee_id, local_date, in_at, out_at)
    select ${uid(`'att:' || e || ':' || d.day`)}, '${p}', e, d.day, ((d.day + time '08:30') at time zone '${tz}'),
      ((d.day + time '17:30') + interval '1 minute' * floor(90 * ${rnd(`'out:' || e || ':' || d.day`)})) at time zone '${tz}'
    from (select distinct day from demo_h where k >= 1) d, unnest(${arr([...mech, ...body])}) e
    where extract(isodow from d.day) <> 7 or ${rnd(`'sun:' || e || ':' || d.day`)} < 0.3
    on conflict do nothing`);
  // QC: the first inspection fails for some orders; they pass at the second.
  await exec(`insert into qc_inspections (id, service_point_id, work_order_id, inspector_name, is_passed, is_road_tested, at)
    select ${uid(`'qc1:' || id`)}, '${p}', id, '谢永康', rl >= ${o.qcFailRate * 2} or rq > 0.5, type <> 'maintenance', completed_at - interval '15 minutes'
    from demo_h where completed_at is not null`);
  await exec(`insert into qc_inspections (id, service_point_id, work_order_id, inspector_name, is_passed, is_road_tested, at)
    select ${uid(`'qc2:' || id`)}, '${p}', id, '谢永康', true, true, completed_at - interval '5 minutes'
    from demo_h where completed_at is not null and not (rl >= ${o.qcFailRate * 2} or rq > 0.5)`);

  // Follow-up calls three days after delivery (those due by now): reached and scored, or unreachable.
  await exec(`insert into follow_ups (id, service_point_id, work_order_id, due_at, status, attempts, score, last_attempt_at)
    select ${uid(`'fu:' || id`)}, '${p}', id, delivered_at + interval '3 days', case when rx < 0.13 then 'unreachable' else 'done' end, case when rx < 0.13 then 3 else 1 end,
      case when rx < 0.13 then null else least(100, greatest(40, round(${o.csi} + 18 * (rq + rl - 1))))::int end, delivered_at + interval '3 days 2 hours'
    from demo_h where delivered_at is not null and delivered_at + interval '3 days 2 hours' <= '${now.toISOString()}'::timestamptz`);
  // Complaints: some resolved within the 72-hour deadline, some late.
  await exec(`insert into tickets (id, service_point_id, number, tracking_token, channel, kind, category, priority, status, title, description, customer_name,
      received_at, resolution_due_at, first_responded_at, resolved_at, closed_at, resolution, work_order_id)
    select ${uid(`'tk:' || id`)}, '${p}', 'TS' || to_char(day, 'YYYYMMDD') || lpad(i::text, 3, '0'), md5('${seed}:tok:' || id), 'phone', 'complaint', 'service', 'normal',
      'closed', (array['等待时间过长','维修后问题复现','费用解释不清','车辆内饰污损'])[1 + floor(rl * 4)::int], '客户来电投诉', '客户' || i,
      delivered_at + interval '1 day', delivered_at + interval '4 days', delivered_at + interval '1 day 2 hours',
      delivered_at + interval '1 day' + interval '1 hour' * (6 + floor(100 * rq)), delivered_at + interval '1 day' + interval '1 hour' * (8 + floor(100 * rq)), '已致歉并处理', id
    from demo_h where delivered_at is not null and rx > 1 - ${o.complaintRate}
      and delivered_at + interval '1 day' + interval '1 hour' * (8 + floor(100 * rq)) <= '${now.toISOString()}'::timestamptz`);
  // Warranty claims of the closed warranty orders, decided by HQ a few days after submission.
  await exec(`insert into warranty_claims (id, service_point_id, number, work_order_id, vehicle_id, vin, model, status, fault_code, fault_description,
      mileage_km, completed_at, labor_fen, parts_fen, amount_fen, approved_fen, submitted_at, submitted_by_name, reviewer_name, decided_at, decision_reason)
    select ${uid(`'cl:' || h.id`)}, '${p}', 'SP' || to_char(h.day, 'YYYYMMDD') || lpad(h.i::text, 3, '0'), h.id, v.id, v.vin, v.model,
      case when h.rl < 0.12 then 'rejected' else 'approved' end, 'B1' || (100 + floor(h.rq * 900))::int, '车窗升降异响', 10000 + h.k * 30, h.completed_at,
      30000, 20000, 50000, case when h.rl < 0.12 then null else 50000 end, h.completed_at + interval '1 day', '马俊杰', '主机厂索赔审核',
      h.completed_at + interval '1 day' + interval '1 hour' * (24 + floor(96 * h.rx)), case when h.rl < 0.12 then '超出三包范围' else '' end
    from demo_h h join vehicles v on v.id = ${uid(`'v:' || h.vehicle`)}
    where h.type = 'warranty' and h.status = 'closed'
      and h.completed_at + interval '1 day' + interval '1 hour' * (24 + floor(96 * h.rx)) <= '${now.toISOString()}'::timestamptz`);
  const n = rows<{ n: number }>(await tx.execute(sql`select count(*)::int as n from demo_h`))[0].n;
  await tx.execute(sql`drop table demo_h`);
  return n;
}
