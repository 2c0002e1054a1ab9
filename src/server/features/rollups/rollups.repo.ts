/** Rollup queries: each day's counters computed in SQL from the source tables (never priced in application code). */
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { personDailyRollups, pointDailyRollups, rollupDirty, servicePoints } from '../../db/schema.js';

export type PointRollupRow = typeof pointDailyRollups.$inferSelect;
export type PersonRollupRow = typeof personDailyRollups.$inferSelect;
export interface DayWindow {
  pointId: string;
  day: string;
  start: Date;
  end: Date;
}

const iso = (d: Date) => d.toISOString();

/** Serializes recomputations of one point and day across transactions and app instances. */
export async function lockDay(tx: Tx, w: DayWindow) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rollup:${w.pointId}:${w.day}`}))`);
}

/** Remove a point's rows between two local dates (the rebuild then recomputes the active days). */
export async function clearRange(db: Db | Tx, pointId: string, from: string, to: string) {
  await db
    .delete(pointDailyRollups)
    .where(and(eq(pointDailyRollups.servicePointId, pointId), gte(pointDailyRollups.day, from), lte(pointDailyRollups.day, to)));
  await db
    .delete(personDailyRollups)
    .where(and(eq(personDailyRollups.servicePointId, pointId), gte(personDailyRollups.day, from), lte(personDailyRollups.day, to)));
}

export async function deleteDay(tx: Tx, w: DayWindow) {
  await tx.delete(pointDailyRollups).where(and(eq(pointDailyRollups.servicePointId, w.pointId), eq(pointDailyRollups.day, w.day)));
  await tx.delete(personDailyRollups).where(and(eq(personDailyRollups.servicePointId, w.pointId), eq(personDailyRollups.day, w.day)));
}

// Line amounts exactly as domain/work-orders/quote.ts prices them: quantity × price half up to the fen, then the
// discount (hundredths of a percent) half up; a fixed amount (package share, 次卡) replaces the discount.
/** Each line's amount (work_order_id, kind, a) of the lines `where` picks (shared by the per-day and the range queries). */
export const lineAmountRows = (where: string) => `
  select work_order_id, kind, case when fixed >= 0 then least(fixed, gross) else (2 * gross * (10000 - pct) + 10000) / 20000 end as a from (
    select l.work_order_id, l.kind, coalesce(l.fixed_amount_fen::bigint, -1) as fixed, l.discount_pct_x100::bigint as pct,
      case when l.kind = 'labor'
        then (2 * coalesce(l.hours_milli, 0)::bigint * coalesce(l.rate_fen, 0)::bigint + 1000) / 2000
        else (2 * coalesce(p.issued_milli - p.returned_milli, l.qty_milli, 0)::bigint * coalesce(l.unit_price_fen, 0)::bigint + 1000) / 2000
      end as gross
    from work_order_lines l left join work_order_parts p on p.work_order_line_id = l.id
    where ${where}
  ) q`;
/** One order's labor and parts amounts (one row, zeros without lines), for a lateral join on `o`. */
export const LINE_AMOUNT = sql.raw(`(
  select coalesce(sum(case when kind = 'labor' then a else 0 end), 0) as labor, coalesce(sum(case when kind <> 'labor' then a else 0 end), 0) as parts
  from (${lineAmountRows('l.work_order_id = o.id')}) x
)`);

/** Insert the point's row and its people's rows for one day, computed from the source tables. */
export async function insertDay(tx: Tx, w: DayWindow, extra: Record<string, number>) {
  const s = iso(w.start);
  const e = iso(w.end);
  const p = w.pointId;
  const inDay = (col: string) => sql.raw(`${col} >= '${s}'::timestamptz and ${col} < '${e}'::timestamptz`);
  await tx.execute(sql`
    with settled as (
      select o.id, o.advisor_employee_id, o.towing_fen, st.payable_fen, m.labor, m.parts
      from settlements st join work_orders o on o.id = st.work_order_id
      cross join lateral ${LINE_AMOUNT} m
      where st.service_point_id = ${p} and st.settled_at is not null and ${inDay('st.settled_at')}
    ),
    received as (
      select o.* from work_orders o
      where o.service_point_id = ${p} and o.status <> 'cancelled' and ${inDay('o.received_at')}
    ),
    first_qc as (
      select distinct on (q.work_order_id) q.work_order_id, q.at, q.is_passed
      from qc_inspections q
      where q.service_point_id = ${p} and q.work_order_id in (select work_order_id from qc_inspections where service_point_id = ${p} and ${inDay('at')})
      order by q.work_order_id, q.at, q.id
    )
    insert into point_daily_rollups (
      service_point_id, day, cars_in, cars_settled, revenue_labor_fen, revenue_parts_fen, revenue_other_fen, settled_payable_fen,
      sold_minutes, clocked_minutes, attended_minutes, comebacks, qc_first, qc_first_passed,
      complaints_opened, complaints_resolved, complaints_resolved_in_time,
      follow_ups_closed, follow_ups_done, follow_ups_scored, follow_up_score_sum,
      appointments_booked, appointments_arrived, cars_in_booked,
      delivered, delivered_promised, delivered_on_time, delivered_same_day,
      parts_lines_picked, parts_lines_filled, extra
    ) select ${p}, ${w.day}::date,
      (select count(*) from received),
      (select count(*) from settled),
      (select coalesce(sum(labor), 0) from settled),
      (select coalesce(sum(parts), 0) from settled),
      (select coalesce(sum(towing_fen), 0) from settled),
      (select coalesce(sum(payable_fen), 0) from settled),
      (select coalesce(sum(j.standard_minutes), 0) from workshop_jobs j where j.service_point_id = ${p} and j.status = 'finished' and ${inDay('j.finished_at')}),
      (select coalesce(round(sum(extract(epoch from c.ended_at - c.started_at)) / 60), 0) from job_clocks c
        where c.service_point_id = ${p} and c.ended_at is not null and ${inDay('c.started_at')}),
      (select coalesce(round(sum(extract(epoch from a.out_at - a.in_at)) / 60), 0) from attendance a
        where a.service_point_id = ${p} and a.out_at is not null and a.local_date = ${w.day}::date),
      (select count(*) from received where comeback_of_id is not null),
      (select count(*) from first_qc where ${inDay('at')}),
      (select count(*) from first_qc where is_passed and ${inDay('at')}),
      (select count(*) from tickets t where t.service_point_id = ${p} and t.kind = 'complaint' and ${inDay('t.received_at')}),
      (select count(*) from tickets t where t.service_point_id = ${p} and t.kind = 'complaint' and ${inDay('t.resolved_at')}),
      (select count(*) from tickets t where t.service_point_id = ${p} and t.kind = 'complaint' and ${inDay('t.resolved_at')}
        and (t.resolution_due_at is null or t.resolved_at <= t.resolution_due_at)),
      (select count(*) from follow_ups f where f.service_point_id = ${p} and f.status in ('done', 'unreachable') and ${inDay('f.last_attempt_at')}),
      (select count(*) from follow_ups f where f.service_point_id = ${p} and f.status = 'done' and ${inDay('f.last_attempt_at')}),
      (select count(*) from follow_ups f where f.service_point_id = ${p} and f.status = 'done' and f.score is not null and ${inDay('f.last_attempt_at')}),
      (select coalesce(sum(f.score), 0) from follow_ups f where f.service_point_id = ${p} and f.status = 'done' and ${inDay('f.last_attempt_at')}),
      (select count(*) from appointments a where a.service_point_id = ${p} and a.local_date = ${w.day}::date and a.status <> 'cancelled'),
      (select count(*) from appointments a where a.service_point_id = ${p} and a.local_date = ${w.day}::date and a.arrived_at is not null),
      (select count(*) from received where appointment_id is not null),
      (select count(*) from work_orders o where o.service_point_id = ${p} and ${inDay('o.delivered_at')}),
      (select count(*) from work_orders o where o.service_point_id = ${p} and o.promised_at is not null and ${inDay('o.delivered_at')}),
      (select count(*) from work_orders o where o.service_point_id = ${p} and o.promised_at is not null and ${inDay('o.delivered_at')}
        and coalesce(o.completed_at, o.delivered_at) <= o.promised_at),
      (select count(*) from work_orders o where o.service_point_id = ${p} and ${inDay('o.delivered_at')} and ${inDay('o.received_at')}),
      (select count(*) from work_order_parts wp join settled on settled.id = wp.work_order_id where wp.is_filled_at_pick is not null),
      (select count(*) from work_order_parts wp join settled on settled.id = wp.work_order_id where wp.is_filled_at_pick),
      ${JSON.stringify(extra)}::jsonb`);
  await tx.execute(sql`
    with settled as (
      select o.id, o.advisor_employee_id, m.labor, m.parts
      from settlements st join work_orders o on o.id = st.work_order_id
      cross join lateral ${LINE_AMOUNT} m
      where st.service_point_id = ${p} and st.settled_at is not null and ${inDay('st.settled_at')}
    ),
    facts as (
      select o.advisor_employee_id as employee_id, 'advisor' as role, 1 as cars_in, 0 as cars_settled, 0::bigint as labor, 0::bigint as parts,
        case when o.comeback_of_id is null then 0 else 1 end as comebacks, 0::numeric as sold, 0::numeric as clocked, 0::numeric as attended
      from work_orders o where o.service_point_id = ${p} and o.status <> 'cancelled' and o.advisor_employee_id is not null and ${inDay('o.received_at')}
      union all
      select advisor_employee_id, 'advisor', 0, 1, labor, parts, 0, 0, 0, 0 from settled where advisor_employee_id is not null
      union all
      select j.technician_employee_id, 'technician', 0, 0, 0, 0, 0, j.standard_minutes, 0, 0 from workshop_jobs j
      where j.service_point_id = ${p} and j.status = 'finished' and j.technician_employee_id is not null and ${inDay('j.finished_at')}
      union all
      select c.employee_id, 'technician', 0, 0, 0, 0, 0, 0, extract(epoch from c.ended_at - c.started_at) / 60, 0 from job_clocks c
      where c.service_point_id = ${p} and c.ended_at is not null and ${inDay('c.started_at')}
      union all
      select a.employee_id, 'technician', 0, 0, 0, 0, 0, 0, 0, extract(epoch from a.out_at - a.in_at) / 60 from attendance a
      where a.service_point_id = ${p} and a.out_at is not null and a.local_date = ${w.day}::date
    )
    insert into person_daily_rollups (service_point_id, day, employee_id, role, cars_in, cars_settled, revenue_labor_fen, revenue_parts_fen,
      comebacks, sold_minutes, clocked_minutes, attended_minutes)
    select ${p}, ${w.day}::date, employee_id, role, sum(cars_in), sum(cars_settled), sum(labor), sum(parts), sum(comebacks),
      round(sum(sold)), round(sum(clocked)), round(sum(attended))
    from facts group by employee_id, role`);
}

export const COUNTER_COLUMNS = [
  'cars_in',
  'cars_settled',
  'revenue_labor_fen',
  'revenue_parts_fen',
  'revenue_other_fen',
  'settled_payable_fen',
  'sold_minutes',
  'clocked_minutes',
  'attended_minutes',
  'comebacks',
  'qc_first',
  'qc_first_passed',
  'complaints_opened',
  'complaints_resolved',
  'complaints_resolved_in_time',
  'follow_ups_closed',
  'follow_ups_done',
  'follow_ups_scored',
  'follow_up_score_sum',
  'appointments_booked',
  'appointments_arrived',
  'cars_in_booked',
  'delivered',
  'delivered_promised',
  'delivered_on_time',
  'delivered_same_day',
  'parts_lines_picked',
  'parts_lines_filled',
];

/** A day with nothing to count keeps no row (so a rebuild need only visit the days with activity). */
export async function dropEmptyDay(tx: Tx, w: DayWindow) {
  await tx.execute(sql`delete from point_daily_rollups where service_point_id = ${w.pointId} and day = ${w.day}::date
    and extra = '{}'::jsonb and ${sql.raw(COUNTER_COLUMNS.map((c) => `${c} = 0`).join(' and '))}`);
}

/**
 * The local days (in the database's reading of the zone) with any source record of the point between two dates:
 * the rebuild's candidates (it recomputes each with its neighbours, so a zone reading off by hours changes nothing).
 */
export async function activeDays(db: Db, pointId: string, timeZone: string, from: string, to: string) {
  const tz = timeZone;
  const d = (col: string) => sql.raw(`(${col} at time zone '${tz.replace(/'/g, "''")}')::date`);
  const res = await db.execute(sql`
    select distinct day::text as day from (
      select ${d('received_at')} as day from work_orders where service_point_id = ${pointId}
      union select ${d('delivered_at')} from work_orders where service_point_id = ${pointId} and delivered_at is not null
      union select ${d('settled_at')} from settlements where service_point_id = ${pointId} and settled_at is not null
      union select ${d('finished_at')} from workshop_jobs where service_point_id = ${pointId} and finished_at is not null
      union select ${d('started_at')} from job_clocks where service_point_id = ${pointId}
      union select local_date from attendance where service_point_id = ${pointId}
      union select ${d('at')} from qc_inspections where service_point_id = ${pointId}
      union select ${d('received_at')} from tickets where service_point_id = ${pointId}
      union select ${d('resolved_at')} from tickets where service_point_id = ${pointId} and resolved_at is not null
      union select ${d('last_attempt_at')} from follow_ups where service_point_id = ${pointId} and last_attempt_at is not null
      union select local_date from appointments where service_point_id = ${pointId}
      union select ${d('decided_at')} from warranty_claims where service_point_id = ${pointId} and decided_at is not null
      union select ${d('check_in_at')} from field_visits where service_point_id = ${pointId} and check_in_at is not null
      union select ${d('check_out_at')} from field_visits where service_point_id = ${pointId} and check_out_at is not null
      union select ${d('at')} from stock_movements where service_point_id = ${pointId}
      -- Stock held is counted every day (the parts contributor's daily snapshots): every day since the first movement.
      union select generate_series((select min(${d('at')}) from stock_movements where service_point_id = ${pointId}), ${to}::date, interval '1 day')::date
    ) x where day between ${from}::date - 1 and ${to}::date + 1 order by 1`);
  return (res as unknown as { rows: { day: string }[] }).rows.map((r) => r.day);
}

/**
 * Mark days of a point for recomputation (in the caller's transaction), in one statement; sorted, so two writers take
 * the rows in the same order.
 */
export async function markDirtyDays(tx: Db | Tx, pointId: string, days: string[]) {
  if (!days.length) return;
  await tx
    .insert(rollupDirty)
    .values([...days].sort().map((day) => ({ servicePointId: pointId, day })))
    .onConflictDoUpdate({ target: [rollupDirty.servicePointId, rollupDirty.day], set: { gen: sql`${rollupDirty.gen} + 1` } });
}

export const dirtyDays = (db: Db, limit: number) => db.select().from(rollupDirty).limit(limit);

export async function clearDirty(tx: Tx, pointId: string, day: string, gen: number) {
  await tx.delete(rollupDirty).where(and(eq(rollupDirty.servicePointId, pointId), eq(rollupDirty.day, day), eq(rollupDirty.gen, gen)));
}

export const allPoints = (db: Db | Tx) =>
  db.select({ id: servicePoints.id, code: servicePoints.code, timeZone: servicePoints.timeZone }).from(servicePoints).orderBy(servicePoints.code);

/** The first and last local day with any work order or stock movement of the point (the rebuild's default range). */
export async function activitySpan(db: Db, pointId: string) {
  const res = await db.execute(sql`select least(min(received_at), (select min(at) from stock_movements where service_point_id = ${pointId})) as first,
      max(greatest(received_at, coalesce(delivered_at, received_at))) as last
    from work_orders where service_point_id = ${pointId}`);
  const row = (res as unknown as { rows: { first: string | Date | null; last: string | Date | null }[] }).rows[0];
  return row?.first ? { first: new Date(row.first), last: new Date(row.last ?? row.first) } : null;
}

export const pointRows = (db: Db | Tx, pointIds: string[], from: string, to: string) =>
  db
    .select()
    .from(pointDailyRollups)
    .where(
      and(
        sql`${pointDailyRollups.servicePointId} in (${sql.join(
          pointIds.map((i) => sql`${i}`),
          sql`, `,
        )})`,
        gte(pointDailyRollups.day, from),
        lte(pointDailyRollups.day, to),
      ),
    );

export const personRows = (db: Db | Tx, pointIds: string[], from: string, to: string) =>
  db
    .select()
    .from(personDailyRollups)
    .where(
      and(
        sql`${personDailyRollups.servicePointId} in (${sql.join(
          pointIds.map((i) => sql`${i}`),
          sql`, `,
        )})`,
        gte(personDailyRollups.day, from),
        lte(personDailyRollups.day, to),
      ),
    );
