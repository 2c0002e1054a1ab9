/**
 * The set-based rebuild's queries: every counter of a point over a range of local days in one INSERT … SELECT …
 * GROUP BY day. A timestamp's local day is found with width_bucket over the days' start instants, computed by
 * domain/time exactly as the per-day recompute computes its window, so both paths count every record on the same
 * day (no reliance on the database's copy of the zone rules). The per-day path (rollups.repo.ts) stays as it is.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { addDays, dayRange } from '../../../domain/time/index.js';
import { COUNTER_COLUMNS, lineAmountRows } from './rollups.repo.js';

/** A point and a run of consecutive local days [from … to], with the SQL that maps an instant to its local day. */
export interface RollupRange {
  pointId: string;
  from: string;
  to: string;
  days: string[];
  /** The days' start instants and the last day's end (ISO, days.length + 1 of them): day i spans edges[i] … edges[i+1]. */
  edges: string[];
  /** The first day's start and the last day's end (instants). */
  start: Date;
  end: Date;
  /** `col` (a timestamptz column) → its local day as a date, or null outside the range. */
  bucket: (col: string) => SQL;
  /** `col` within [start, end) (lets the indexes narrow the scan). */
  within: (col: string) => SQL;
}

export function rollupRange(pointId: string, timeZone: string, from: string, to: string): RollupRange {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  const starts = days.map((d) => dayRange(timeZone, d).start.toISOString());
  const end = dayRange(timeZone, to).end;
  const th = `'{${[...starts, end.toISOString()].join(',')}}'::timestamptz[]`;
  const ds = `'{${days.join(',')}}'::date[]`;
  const [s, e] = [starts[0], end.toISOString()];
  return {
    pointId,
    from,
    to,
    days,
    edges: [...starts, end.toISOString()],
    start: new Date(s),
    end,
    bucket: (col) => sql.raw(`(${ds})[width_bucket(${col}, ${th})]`),
    within: (col) => sql.raw(`${col} >= '${s}'::timestamptz and ${col} < '${e}'::timestamptz`),
  };
}

/** Labor and parts amounts per order settled in the range, in one pass over their lines (as LINE_AMOUNT per order). */
function amounts(r: RollupRange) {
  const [from, to] = [r.start.toISOString(), r.end.toISOString()];
  const orders = `l.work_order_id in (select work_order_id from settlements where service_point_id = '${r.pointId}'
    and settled_at >= '${from}'::timestamptz and settled_at < '${to}'::timestamptz)`;
  return sql.raw(`(select work_order_id, sum(case when kind = 'labor' then a else 0 end) as labor, sum(case when kind <> 'labor' then a else 0 end) as parts
    from (${lineAmountRows(orders)}) x group by work_order_id)`);
}

/** Insert the point's rows of the range (days with anything to count or a contributor's counter). */
export async function insertPointRange(tx: Tx, r: RollupRange, extras: Map<string, Record<string, number>>) {
  const p = r.pointId;
  const { bucket: b, within: w } = r;
  const ex = JSON.stringify([...extras].filter(([, v]) => Object.keys(v).length).map(([day, extra]) => ({ day, extra })));
  const inDates = (col: string) => sql.raw(`${col} between '${r.from}'::date and '${r.to}'::date`);
  await tx.execute(sql`
    with settled as (
      select ${b('st.settled_at')} as day, o.id, o.towing_fen, st.payable_fen, coalesce(m.labor, 0) as labor, coalesce(m.parts, 0) as parts
      from settlements st join work_orders o on o.id = st.work_order_id
      left join ${amounts(r)} m on m.work_order_id = o.id
      where st.service_point_id = ${p} and st.settled_at is not null and ${w('st.settled_at')}
    ),
    s as (select day, count(*) as cars_settled, sum(labor) as labor, sum(parts) as parts, sum(towing_fen) as other, sum(payable_fen) as payable
          from settled group by day),
    r as (select ${b('o.received_at')} as day, count(*) as cars_in, count(*) filter (where o.comeback_of_id is not null) as comebacks,
                 count(*) filter (where o.appointment_id is not null) as booked
          from work_orders o where o.service_point_id = ${p} and o.status <> 'cancelled' and ${w('o.received_at')} group by 1),
    j as (select ${b('j.finished_at')} as day, sum(j.standard_minutes) as sold from workshop_jobs j
          where j.service_point_id = ${p} and j.status = 'finished' and ${w('j.finished_at')} group by 1),
    c as (select ${b('c.started_at')} as day, round(sum(extract(epoch from c.ended_at - c.started_at)) / 60) as clocked from job_clocks c
          where c.service_point_id = ${p} and c.ended_at is not null and ${w('c.started_at')} group by 1),
    a as (select a.local_date as day, round(sum(extract(epoch from a.out_at - a.in_at)) / 60) as attended from attendance a
          where a.service_point_id = ${p} and a.out_at is not null and ${inDates('a.local_date')} group by 1),
    first_qc as (
      select distinct on (q.work_order_id) q.work_order_id, q.at, q.is_passed
      from qc_inspections q
      where q.service_point_id = ${p} and q.work_order_id in (select work_order_id from qc_inspections where service_point_id = ${p} and ${w('at')})
      order by q.work_order_id, q.at, q.id
    ),
    q as (select ${b('at')} as day, count(*) as qc_first, count(*) filter (where is_passed) as qc_passed from first_qc where ${w('at')} group by 1),
    t_in as (select ${b('t.received_at')} as day, count(*) as opened from tickets t
             where t.service_point_id = ${p} and t.kind = 'complaint' and ${w('t.received_at')} group by 1),
    t_out as (select ${b('t.resolved_at')} as day, count(*) as resolved,
                     count(*) filter (where t.resolution_due_at is null or t.resolved_at <= t.resolution_due_at) as in_time
              from tickets t where t.service_point_id = ${p} and t.kind = 'complaint' and ${w('t.resolved_at')} group by 1),
    f as (select ${b('f.last_attempt_at')} as day, count(*) as closed, count(*) filter (where f.status = 'done') as done,
                 count(*) filter (where f.status = 'done' and f.score is not null) as scored, coalesce(sum(f.score) filter (where f.status = 'done'), 0) as score_sum
          from follow_ups f where f.service_point_id = ${p} and f.status in ('done', 'unreachable') and ${w('f.last_attempt_at')} group by 1),
    ap as (select a.local_date as day, count(*) filter (where a.status <> 'cancelled') as booked, count(*) filter (where a.arrived_at is not null) as arrived
           from appointments a where a.service_point_id = ${p} and ${inDates('a.local_date')} group by 1),
    d as (select ${b('o.delivered_at')} as day, count(*) as delivered, count(*) filter (where o.promised_at is not null) as promised,
                 count(*) filter (where o.promised_at is not null and coalesce(o.completed_at, o.delivered_at) <= o.promised_at) as on_time,
                 count(*) filter (where ${b('o.received_at')} = ${b('o.delivered_at')}) as same_day
          from work_orders o where o.service_point_id = ${p} and ${w('o.delivered_at')} group by 1),
    pp as (select settled.day, count(*) filter (where wp.is_filled_at_pick is not null) as picked, count(*) filter (where wp.is_filled_at_pick) as filled
           from work_order_parts wp join settled on settled.id = wp.work_order_id group by 1),
    ex as (select (e->>'day')::date as day, e->'extra' as extra from jsonb_array_elements(${ex}::jsonb) e),
    days as (
      select day from s union select day from r union select day from j union select day from c union select day from a
      union select day from q union select day from t_in union select day from t_out union select day from f union select day from ap
      union select day from d union select day from pp union select day from ex
    )
    insert into point_daily_rollups (
      service_point_id, day, cars_in, cars_settled, revenue_labor_fen, revenue_parts_fen, revenue_other_fen, settled_payable_fen,
      sold_minutes, clocked_minutes, attended_minutes, comebacks, qc_first, qc_first_passed,
      complaints_opened, complaints_resolved, complaints_resolved_in_time,
      follow_ups_closed, follow_ups_done, follow_ups_scored, follow_up_score_sum,
      appointments_booked, appointments_arrived, cars_in_booked,
      delivered, delivered_promised, delivered_on_time, delivered_same_day,
      parts_lines_picked, parts_lines_filled, extra
    ) select ${p}, days.day,
      coalesce(r.cars_in, 0), coalesce(s.cars_settled, 0), coalesce(s.labor, 0), coalesce(s.parts, 0), coalesce(s.other, 0), coalesce(s.payable, 0),
      coalesce(j.sold, 0), coalesce(c.clocked, 0), coalesce(a.attended, 0), coalesce(r.comebacks, 0), coalesce(q.qc_first, 0), coalesce(q.qc_passed, 0),
      coalesce(t_in.opened, 0), coalesce(t_out.resolved, 0), coalesce(t_out.in_time, 0),
      coalesce(f.closed, 0), coalesce(f.done, 0), coalesce(f.scored, 0), coalesce(f.score_sum, 0),
      coalesce(ap.booked, 0), coalesce(ap.arrived, 0), coalesce(r.booked, 0),
      coalesce(d.delivered, 0), coalesce(d.promised, 0), coalesce(d.on_time, 0), coalesce(d.same_day, 0),
      coalesce(pp.picked, 0), coalesce(pp.filled, 0), coalesce(ex.extra, '{}'::jsonb)
    from days
      left join s using (day) left join r using (day) left join j using (day) left join c using (day) left join a using (day)
      left join q using (day) left join t_in using (day) left join t_out using (day) left join f using (day) left join ap using (day)
      left join d using (day) left join pp using (day) left join ex using (day)
    where days.day is not null`);
  // A day with nothing to count keeps no row (as dropEmptyDay does per day).
  await tx.execute(sql`delete from point_daily_rollups where service_point_id = ${p} and ${inDates('day')}
    and extra = '{}'::jsonb and ${sql.raw(COUNTER_COLUMNS.map((c) => `${c} = 0`).join(' and '))}`);
}

/** Insert the people's rows of the range (advisors: cars in, settled, revenue, comebacks; technicians: minutes). */
export async function insertPersonRange(tx: Tx, r: RollupRange) {
  const p = r.pointId;
  const { bucket: b, within: w } = r;
  await tx.execute(sql`
    with settled as (
      select ${b('st.settled_at')} as day, o.advisor_employee_id, coalesce(m.labor, 0) as labor, coalesce(m.parts, 0) as parts
      from settlements st join work_orders o on o.id = st.work_order_id
      left join ${amounts(r)} m on m.work_order_id = o.id
      where st.service_point_id = ${p} and st.settled_at is not null and ${w('st.settled_at')}
    ),
    facts as (
      select ${b('o.received_at')} as day, o.advisor_employee_id as employee_id, 'advisor' as role, 1 as cars_in, 0 as cars_settled,
        0::bigint as labor, 0::bigint as parts, case when o.comeback_of_id is null then 0 else 1 end as comebacks,
        0::numeric as sold, 0::numeric as clocked, 0::numeric as attended
      from work_orders o where o.service_point_id = ${p} and o.status <> 'cancelled' and o.advisor_employee_id is not null and ${w('o.received_at')}
      union all
      select day, advisor_employee_id, 'advisor', 0, 1, labor, parts, 0, 0, 0, 0 from settled where advisor_employee_id is not null
      union all
      select ${b('j.finished_at')}, j.technician_employee_id, 'technician', 0, 0, 0, 0, 0, j.standard_minutes, 0, 0 from workshop_jobs j
      where j.service_point_id = ${p} and j.status = 'finished' and j.technician_employee_id is not null and ${w('j.finished_at')}
      union all
      select ${b('c.started_at')}, c.employee_id, 'technician', 0, 0, 0, 0, 0, 0, extract(epoch from c.ended_at - c.started_at) / 60, 0 from job_clocks c
      where c.service_point_id = ${p} and c.ended_at is not null and ${w('c.started_at')}
      union all
      select a.local_date, a.employee_id, 'technician', 0, 0, 0, 0, 0, 0, 0, extract(epoch from a.out_at - a.in_at) / 60 from attendance a
      where a.service_point_id = ${p} and a.out_at is not null and a.local_date between ${r.from}::date and ${r.to}::date
    )
    insert into person_daily_rollups (service_point_id, day, employee_id, role, cars_in, cars_settled, revenue_labor_fen, revenue_parts_fen,
      comebacks, sold_minutes, clocked_minutes, attended_minutes)
    select ${p}, day, employee_id, role, sum(cars_in), sum(cars_settled), sum(labor), sum(parts), sum(comebacks),
      round(sum(sold)), round(sum(clocked)), round(sum(attended))
    from facts where day is not null group by day, employee_id, role`);
}

/** Hold the per-day locks of the range (the incremental recompute takes the same ones). */
export async function lockRange(tx: Tx, r: RollupRange) {
  const keys = `'{${r.days.map((d) => `"rollup:${r.pointId}:${d}"`).join(',')}}'::text[]`;
  await tx.execute(sql.raw(`select count(pg_advisory_xact_lock(hashtext(k))) from unnest(${keys}) k`));
}
