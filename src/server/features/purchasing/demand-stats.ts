/**
 * The demand statistics of the purchase suggestion, maintained in SQL: per part the sum and the sum of squares of the
 * net daily issues (issues less returns per local day of the point, never below 0) over the `historyDays` whole local
 * days before today. Recomputed in one set-based statement when the window moved (a new day) or the ledger of that
 * window changed (its movement count, read from the index alone); otherwise the suggestion reads one row per part.
 * The ledger is append-only, so a count that did not change means movements did not change.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { addDays, dayRange } from '../../../domain/time/index.js';

export interface DemandWindow {
  pointId: string;
  timeZone: string;
  /** The point's local date today (excluded: the window ends with yesterday). */
  today: string;
  historyDays: number;
}
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** The window's instants: from the start of its first local day to the start of today. */
export function windowOf(w: DemandWindow) {
  const fromDay = addDays(w.today, -w.historyDays);
  return { fromDay, toDay: w.today, from: dayRange(w.timeZone, fromDay).start, to: dayRange(w.timeZone, w.today).start };
}

const countIn = async (q: Db | Tx, pointId: string, from: Date, to: Date) =>
  rowsOf<{ n: number }>(
    await q.execute(sql`select count(*)::int as n from stock_movements
      where service_point_id = ${pointId} and kind in ('issue', 'return') and at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz`),
  )[0].n;

/** Make part_demand_stats current for the window (recomputed under the window row's lock; concurrent callers wait). */
export async function ensureDemandStats(db: Db, w: DemandWindow, now: Date): Promise<void> {
  const win = windowOf(w);
  const current = (q: Db | Tx, n: number) =>
    q.execute(sql`select 1 from part_demand_windows where service_point_id = ${w.pointId} and from_day = ${win.fromDay}
      and to_day = ${win.toDay} and time_zone = ${w.timeZone} and movement_count = ${n}`);
  const n = await countIn(db, w.pointId, win.from, win.to);
  if (rowsOf(await current(db, n)).length) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into part_demand_windows (service_point_id, from_day, to_day, time_zone, movement_count, computed_at)
      values (${w.pointId}, '', '', '', -1, ${now.toISOString()}::timestamptz) on conflict (service_point_id) do nothing`);
    await tx.execute(sql`select 1 from part_demand_windows where service_point_id = ${w.pointId} for update`);
    const m = await countIn(tx, w.pointId, win.from, win.to);
    if (rowsOf(await current(tx, m)).length) return;
    await tx.execute(sql`delete from part_demand_stats where service_point_id = ${w.pointId}`);
    await tx.execute(sql`
      insert into part_demand_stats (part_id, service_point_id, total_milli, sum_squares_milli2)
      select part_id, ${w.pointId}, sum(d), sum(d * d)
      from (
        select m.part_id, greatest(0, -sum(m.qty_milli))::float8 as d
        from stock_movements m
        where m.service_point_id = ${w.pointId} and m.kind in ('issue', 'return')
          and m.at >= ${win.from.toISOString()}::timestamptz and m.at < ${win.to.toISOString()}::timestamptz
        group by m.part_id, (m.at at time zone ${w.timeZone})::date
      ) daily
      group by part_id
      having sum(d) > 0`);
    await tx.execute(sql`update part_demand_windows set from_day = ${win.fromDay}, to_day = ${win.toDay}, time_zone = ${w.timeZone},
      movement_count = ${m}, computed_at = ${now.toISOString()}::timestamptz where service_point_id = ${w.pointId}`);
  });
}
