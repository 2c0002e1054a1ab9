/**
 * Monthly rollups (ADR 024): each point's month row is the SUM of that month's daily rows (contributors' `extra`
 * summed key by key). The incremental path refreshes the month of a recomputed day in the recompute's transaction;
 * the rebuild refreshes every month it touched. Both run the same statement, so they produce identical rows.
 */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { pointDailyRollups } from '../../db/schema.js';

/** The summed counter columns (the daily table's, which the monthly table repeats), snake-cased as in SQL. */
const COUNTERS = Object.values(getTableColumns(pointDailyRollups))
  .map((c) => c.name)
  .filter((n) => !['service_point_id', 'day', 'extra', 'computed_at'].includes(n));

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const uuids = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((i) => sql`${i}`),
    sql`, `,
  )}]::uuid[]`;

/**
 * One statement: the months of the points in `pointIds` (all points when absent) between the months of `from` and
 * `to` (all months when absent) become the sums of their daily rows; a month left without daily rows loses its row.
 * The delete and the upsert never touch the same row (a month is either summed or empty).
 */
function refreshSql(pointIds: string[] | undefined, from: string | undefined, to: string | undefined): SQL {
  const conds = (dayCol: string, pointCol: string) => {
    const c: SQL[] = [];
    if (pointIds) c.push(sql`${sql.raw(pointCol)} = any(${uuids(pointIds)})`);
    if (from) c.push(sql`${sql.raw(dayCol)} >= ${monthOf(from)}::date`);
    if (to) c.push(sql`${sql.raw(dayCol)} < (${monthOf(to)}::date + interval '1 month')::date`);
    return c.length ? sql.join(c, sql` and `) : sql`true`;
  };
  const cols = sql.raw(COUNTERS.join(', '));
  const sums = sql.raw(COUNTERS.map((c) => `sum(d.${c})`).join(', '));
  const updates = sql.raw(COUNTERS.map((c) => `${c} = excluded.${c}`).join(', '));
  return sql`
    with base as (
      select d.service_point_id, date_trunc('month', d.day)::date as month, ${sums}
      from point_daily_rollups d where ${conds('d.day', 'd.service_point_id')}
      group by 1, 2
    ),
    ex as (
      select service_point_id, month, jsonb_object_agg(key, total) as extra from (
        select d.service_point_id, date_trunc('month', d.day)::date as month, e.key, sum(e.value::numeric) as total
        from point_daily_rollups d cross join lateral jsonb_each_text(d.extra) e
        where ${conds('d.day', 'd.service_point_id')}
        group by 1, 2, 3
      ) x group by 1, 2
    ),
    gone as (
      delete from point_monthly_rollups m where ${conds('m.month', 'm.service_point_id')}
        and not exists (select 1 from base b where b.service_point_id = m.service_point_id and b.month = m.month)
    )
    insert into point_monthly_rollups (service_point_id, month, ${cols}, extra)
    select b.*, coalesce(ex.extra, '{}'::jsonb) from base b left join ex using (service_point_id, month)
    on conflict (service_point_id, month) do update set ${updates}, extra = excluded.extra, computed_at = now()`;
}

/**
 * Refresh the month of one recomputed point-day, in the recompute's transaction. The month lock (taken before the
 * statement, so its snapshot sees every recompute of the month committed before) keeps two days of one month
 * recomputed at once from each writing a sum that misses the other.
 */
export async function refreshMonth(tx: Tx, pointId: string, day: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`rollup-month:${pointId}:${monthOf(day)}`}))`);
  await tx.execute(refreshSql([pointId], day, day));
}

/**
 * Rebuild the monthly rows from the daily rows (INSERT…SELECT…GROUP BY): the points given (default all), the months
 * from `from`'s to `to`'s (default every month).
 */
export async function rebuildMonths(db: Db | Tx, pointIds?: string[], from?: string, to?: string) {
  if (pointIds && !pointIds.length) return;
  await db.execute(refreshSql(pointIds, from, to));
}
