/**
 * Field KPI counters in SQL (uncapped), grouped by region (the site's city), service point or engineer. Each counter
 * means exactly what domain/field/kpi `fieldCounters` counts; the PGlite tests hold the two together.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { emptyFieldCounters, FIELD_COUNTER_KEYS, type FieldCounters } from '../../../domain/field/kpi.js';

export type KpiGroup = 'point' | 'region' | 'engineer' | 'total';
export interface KpiFilter {
  pointIds: string[];
  /** Requests received in [start, end) (the point's local days); visits planned from … to (local dates). */
  start: Date;
  end: Date;
  from: string;
  to: string;
  now: Date;
  /** A city code (6 digits, the first 4 count) or '—' for sites without a region. */
  region?: string;
  servicePointId?: string;
  engineerId?: string;
}

const list = (ids: string[]) =>
  sql.join(
    ids.map((i) => sql`${i}`),
    sql`, `,
  );
const REGION = (u: string) => sql.raw(`coalesce(rpad(left(${u}.region_code, 4), 6, '0'), '—')`);
const regionCond = (u: string, region?: string) =>
  region === undefined
    ? sql`true`
    : region === '—'
      ? sql.raw(`${u}.region_code is null`)
      : sql`left(${sql.raw(`${u}.region_code`)}, 4) = ${region.slice(0, 4)}`;
const FINISHED_REPAIR = (v: string) => `${v}.kind = 'repair' and ${v}.status in ('done', 'unresolved') and ${v}.check_out_at is not null`;
/** An earlier finished repair p than v: by check-out time, then id. */
const EARLIER = `(p.check_out_at < v.check_out_at or (p.check_out_at = v.check_out_at and p.id < v.id))`;

async function rows(q: Db | Tx, query: SQL) {
  return ((await q.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

/** The request counters per key. Per engineer: the requests of the engineer's visits (any of their visits). */
async function requestCounters(q: Db | Tx, group: KpiGroup, f: KpiFilter) {
  const key =
    group === 'point' ? sql`r.service_point_id::text` : group === 'region' ? REGION('u') : group === 'engineer' ? sql`ve.engineer_id::text` : sql`'all'`;
  const byEngineer = group === 'engineer' || f.engineerId;
  return rows(
    q,
    sql`select ${key} as key,
      count(*)::int as "requests",
      count(*) filter (where r.contacted_at is not null and r.contacted_at <= r.received_at + interval '1 hour')::int as "contacted1h",
      count(*) filter (where r.closed_at is not null and r.closed_at <= r.received_at + interval '48 hours')::int as "closed48h",
      count(r.rating)::int as "rated",
      count(*) filter (where r.rating = 5)::int as "fiveStar",
      coalesce(sum(r.rating), 0)::int as "ratingSum"
    from field_requests r
    left join field_units u on u.id = r.unit_id
    ${byEngineer ? sql`join (select distinct request_id, engineer_id from field_visits where engineer_id is not null and request_id is not null) ve on ve.request_id = r.id` : sql``}
    where r.service_point_id in (${list(f.pointIds)})
      and r.received_at >= ${f.start.toISOString()}::timestamptz and r.received_at < ${f.end.toISOString()}::timestamptz
      and ${regionCond('u', f.region)}
      ${f.servicePointId ? sql`and r.service_point_id = ${f.servicePointId}` : sql``}
      ${f.engineerId ? sql`and ve.engineer_id = ${f.engineerId}` : sql``}
    group by 1`,
  );
}

/** The visit counters per key; second visits and repeats look back over every finished repair (any period). */
async function visitCounters(q: Db | Tx, group: KpiGroup, f: KpiFilter) {
  const key =
    group === 'point'
      ? sql`v.service_point_id::text`
      : group === 'region'
        ? REGION('u')
        : group === 'engineer'
          ? sql`coalesce(v.engineer_id::text, '—')`
          : sql`'all'`;
  const now = sql`${f.now.toISOString()}::timestamptz`;
  const due = sql`v.deadline_at is not null and (v.check_in_at is not null or v.deadline_at < ${now})`;
  const fr = sql.raw(FINISHED_REPAIR('v'));
  return rows(
    q,
    sql`select ${key} as key,
      count(*)::int as "visits",
      count(*) filter (where ${due})::int as "dueVisits",
      count(*) filter (where ${due} and v.check_in_at <= v.deadline_at)::int as "arrivedOnTime",
      count(*) filter (where ${fr})::int as "repairs",
      count(*) filter (where ${fr} and v.request_id is not null and exists (
        select 1 from field_visits p where p.request_id = v.request_id and ${sql.raw(FINISHED_REPAIR('p'))} and ${sql.raw(EARLIER)}))::int as "secondVisits",
      count(*) filter (where ${fr} and exists (
        select 1 from field_visits p where p.unit_id = v.unit_id and ${sql.raw(FINISHED_REPAIR('p'))} and ${sql.raw(EARLIER)}
          and p.check_out_at >= v.check_out_at - interval '90 days'))::int as "repeat90",
      count(*) filter (where ${fr} and v.check_in_at is not null)::int as "timedRepairs",
      coalesce(sum(extract(epoch from v.check_out_at - v.check_in_at) / 60) filter (where ${fr} and v.check_in_at is not null), 0)::float8 as "repairMinutes"
    from field_visits v
    join field_units u on u.id = v.unit_id
    where v.service_point_id in (${list(f.pointIds)})
      and v.planned_date >= ${f.from} and v.planned_date <= ${f.to}
      and v.status <> 'cancelled'
      and ${regionCond('u', f.region)}
      ${f.servicePointId ? sql`and v.service_point_id = ${f.servicePointId}` : sql``}
      ${f.engineerId ? sql`and v.engineer_id = ${f.engineerId}` : sql``}
    group by 1`,
  );
}

/** The counters per key (keys with requests or visits), summed in SQL. */
export async function fieldCountersBy(q: Db | Tx, group: KpiGroup, f: KpiFilter): Promise<Map<string, FieldCounters>> {
  const out = new Map<string, FieldCounters>();
  if (!f.pointIds.length) return out;
  for (const r of [...(await requestCounters(q, group, f)), ...(await visitCounters(q, group, f))]) {
    const k = String(r.key);
    const c = out.get(k) ?? emptyFieldCounters();
    for (const name of FIELD_COUNTER_KEYS) if (r[name] !== undefined) c[name] += Number(r[name]);
    out.set(k, c);
  }
  return out;
}
