/**
 * Fault statistics (质量信息反馈): a read-only query module of the knowledge feature over the tables of the repairs,
 * comebacks (返修), warranty claims, field visits and complaints. It only reads them — every write to those tables
 * stays with its feature. One SQL statement per answer: the events of the period in the scope (one row per repair,
 * claim, visit or complaint; per part line when grouped by part), counted per key and source, and per month.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import type { FaultDimension, FaultSource } from '../../../contracts/knowledge.js';

type Q = Db | Tx;
/** The key of events that do not record the dimension (a complaint naming no car, a repair without a claim's code). */
export const UNRECORDED = '(未记录)';
const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

export interface FaultFilter {
  path: string;
  start: Date;
  end: Date;
  timeZone: string;
  by: FaultDimension;
  sources: FaultSource[];
  model?: string;
}

/** The events: source, reference, instant, scope path, model, VIN (or serial), fault code; parts come separately. */
function events(f: FaultFilter) {
  const within = (col: SQL) => sql`${col} >= ${f.start.toISOString()}::timestamptz and ${col} < ${f.end.toISOString()}::timestamptz`;
  const parts: SQL[] = [];
  const wo = (source: 'repair' | 'comeback', comeback: boolean) => sql`
    select ${source}::text as source, wo.id as ref, wo.received_at as at, sp.path as path,
           coalesce(nullif(v.model_family, ''), v.model) as model, v.vin as vin, coalesce(c.fault_code, '') as fault_code
      from work_orders wo
      join vehicles v on v.id = wo.vehicle_id
      join service_points sp on sp.id = wo.service_point_id
      left join warranty_claims c on c.work_order_id = wo.id
     where wo.status <> 'cancelled' and ${within(sql`wo.received_at`)}
       and ${comeback ? sql`wo.comeback_of_id is not null` : sql`wo.comeback_of_id is null and wo.type in ('repair', 'warranty', 'recall')`}`;
  if (f.sources.includes('repair')) parts.push(wo('repair', false));
  if (f.sources.includes('comeback')) parts.push(wo('comeback', true));
  if (f.sources.includes('claim'))
    parts.push(sql`
    select 'claim'::text, c.id, c.completed_at, sp.path, coalesce(nullif(v.model_family, ''), c.model), c.vin, c.fault_code
      from warranty_claims c
      join vehicles v on v.id = c.vehicle_id
      join service_points sp on sp.id = c.service_point_id
     where c.status <> 'draft' and ${within(sql`c.completed_at`)}`);
  if (f.sources.includes('visit'))
    parts.push(sql`
    select 'visit'::text, fv.id, coalesce(fv.check_in_at, fv.created_at), sp.path, p.model, u.serial, ''
      from field_visits fv
      join field_units u on u.id = fv.unit_id
      join field_products p on p.id = u.product_id
      join service_points sp on sp.id = fv.service_point_id
     where fv.kind = 'repair' and fv.status <> 'cancelled' and ${within(sql`coalesce(fv.check_in_at, fv.created_at)`)}`);
  if (f.sources.includes('complaint'))
    parts.push(sql`
    select 'complaint'::text, t.id, t.received_at, sp.path, coalesce(nullif(v.model_family, ''), v.model, ''), coalesce(v.vin, ''), ''
      from tickets t
      left join vehicles v on v.id = t.vehicle_id
      join service_points sp on sp.id = t.service_point_id
     where t.kind in ('complaint', 'fault') and ${within(sql`t.received_at`)}`);
  return sql.join(parts, sql` union all `);
}

/** The part names of each event (work-order part lines, the claim's cause part, the visit's parts). */
const PARTS = sql`
  select 'repair'::text as source, l.work_order_id as ref, l.name as part from work_order_lines l where l.kind = 'parts'
  union all select 'comeback', l.work_order_id, l.name from work_order_lines l where l.kind = 'parts'
  union all select 'claim', c.id, coalesce((select cl.name from warranty_claim_lines cl where cl.claim_id = c.id and cl.code = c.cause_part_no limit 1), c.cause_part_no)
              from warranty_claims c where c.cause_part_no <> ''
  union all select 'visit', vp.visit_id, vp.part_name from field_visit_parts vp`;

const KEY: Record<FaultDimension, SQL> = {
  model: sql`coalesce(nullif(e.model, ''), '(未记录)')`,
  // A production batch: the VIN (or serial) without its last three serial digits — 1,000 cars built in sequence.
  vinBatch: sql`case when length(e.vin) > 3 then left(e.vin, length(e.vin) - 3) || '***' else '(未记录)' end`,
  part: sql`coalesce(nullif(ep.part, ''), '(未记录)')`,
  faultCode: sql`coalesce(nullif(e.fault_code, ''), '(未记录)')`,
};

function base(f: FaultFilter) {
  const joinParts = f.by === 'part' ? sql`left join (${PARTS}) ep on ep.source = e.source and ep.ref = e.ref` : sql``;
  return sql`
    with e0 (source, ref, at, path, model, vin, fault_code) as (${events(f)}),
    e as (select * from e0 where path like ${`${f.path}%`} ${f.model ? sql`and model = ${f.model}` : sql``}),
    k as (select e.source, e.ref, e.at, e.model, ${KEY[f.by]} as key from e ${joinParts})`;
}

export interface KeySourceCount {
  key: string;
  source: string;
  n: number;
  first_at: Date | string;
  model: string;
}
/** Distinct events per key and source, with the first one's instant and the key's most frequent model. */
export async function countsByKey(q: Q, f: FaultFilter) {
  const res = await q.execute(sql`${base(f)}
    select key, source, count(distinct ref)::int as n, min(at) as first_at,
           (select k2.model from k k2 where k2.key = k.key group by k2.model order by count(*) desc, k2.model limit 1) as model
      from k group by key, source`);
  return rowsOf<KeySourceCount>(res).map((r) => ({ ...r, first_at: new Date(r.first_at), model: r.model ?? '' }));
}

/** Distinct events per source (a repair with three parts is one repair). */
export async function totalsBySource(q: Q, f: FaultFilter) {
  const res = await q.execute(sql`${base({ ...f, by: 'model' })} select source, count(distinct ref)::int as n from k group by source`);
  return rowsOf<{ source: string; n: number }>(res);
}

/** Distinct events per month (in the zone) of the given keys. */
export async function monthly(q: Q, f: FaultFilter, keys: string[]) {
  if (!keys.length) return [];
  const res = await q.execute(sql`${base(f)}
    select to_char(at at time zone ${f.timeZone}, 'YYYY-MM') as month, key, count(distinct source || ref::text)::int as count
      from k where key in (${sql.join(
        keys.map((x) => sql`${x}`),
        sql`, `,
      )})
     group by 1, 2 order by 1, 2`);
  return rowsOf<{ month: string; key: string; count: number }>(res);
}

/** Quality feedback of the scope whose fix was published in the period: days from first report to the fix. */
export async function timeToFix(q: Q, f: Pick<FaultFilter, 'path' | 'start' | 'end'>) {
  const res = await q.execute(sql`
    select count(*)::int as count,
           avg(extract(epoch from (qf.fix_published_at - qf.first_reported_at)) / 86400)::float8 as avg_days,
           max(extract(epoch from (qf.fix_published_at - qf.first_reported_at)) / 86400)::float8 as max_days
      from quality_feedback qf join service_points sp on sp.id = qf.service_point_id
     where sp.path like ${`${f.path}%`} and qf.fix_published_at >= ${f.start.toISOString()}::timestamptz
       and qf.fix_published_at < ${f.end.toISOString()}::timestamptz`);
  const r = rowsOf<{ count: number; avg_days: number | null; max_days: number | null }>(res)[0];
  return { count: r?.count ?? 0, avgDays: r?.avg_days ?? null, maxDays: r?.max_days ?? null };
}
