/**
 * Maintaining the rollups. One recompute per point and local day (in the point's zone) replaces that day's rows
 * with what the source tables say; the incremental path (dirty marks drained by the tick, the final job after the
 * day ends) and the rebuild run the same function, so they produce identical rows.
 */
import type { Db, Tx } from '../../db/client.js';
import { addDays, dayRange, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { enqueue } from '../../jobs/queue.js';
import * as repo from './rollups.repo.js';
import { rebuildMonths, refreshMonth } from './monthly.js';
import { insertPersonRange, insertPointRange, lockRange, type RollupRange, rollupRange } from './rollups.range.js';

/**
 * The extension point for counters other features own (warranty claims, field visits): a contributor computes its
 * named counters of one point and day in the recompute's transaction; they are stored in the row's `extra`.
 * Its optional `range` computes the same counters for every day of a range at once (the set-based rebuild; keys
 * with a zero count left out, as the per-day function does); without it the rebuild calls the function per day.
 */
export type RollupContributor = ((tx: Tx, w: repo.DayWindow) => Promise<Record<string, number>>) & {
  range?: (tx: Tx, r: RollupRange) => Promise<Map<string, Record<string, number>>>;
};
/** The set-based rebuild works through each point's range in runs of this many days (one transaction each). */
const REBUILD_CHUNK_DAYS = 366;

export const ROLLUP_DAY_QUEUE = 'rollups.day';
export const ROLLUP_TICK_QUEUE = 'rollups.tick';
/** The final computation of a day runs this long after the point's local midnight (late clocks, attendance). */
export const FINAL_DELAY_MS = 30 * 60_000;
const TICK_MS = 60_000;

export function createRollupService(deps: { db: Db; now: () => Date; contributors?: () => RollupContributor[] }) {
  const { db, now } = deps;
  const contributors = () => deps.contributors?.() ?? [];

  async function recompute(point: { id: string; timeZone: string }, day: string) {
    const { start, end } = dayRange(usableTimeZone(point.timeZone), day);
    const w = { pointId: point.id, day, start, end };
    await db.transaction(async (tx) => {
      await repo.lockDay(tx, w);
      const extra: Record<string, number> = {};
      for (const c of contributors()) Object.assign(extra, await c(tx, w));
      await repo.deleteDay(tx, w);
      await repo.insertDay(tx, w, extra);
      await repo.dropEmptyDay(tx, w);
      await refreshMonth(tx, point.id, day);
    });
  }

  /** One point's run of days in one transaction: clear, contributors' counters, the point rows, the people's rows. */
  async function rebuildRange(point: { id: string }, tz: string, from: string, to: string) {
    const r = rollupRange(point.id, tz, from, to);
    await db.transaction(async (tx) => {
      await lockRange(tx, r);
      const extras = new Map<string, Record<string, number>>();
      for (const c of contributors()) {
        if (c.range) {
          for (const [day, v] of await c.range(tx, r)) extras.set(day, Object.assign(extras.get(day) ?? {}, v));
          continue;
        }
        for (const day of r.days) {
          const v = await c(tx, { pointId: point.id, day, ...dayRange(tz, day) });
          if (Object.keys(v).length) extras.set(day, Object.assign(extras.get(day) ?? {}, v));
        }
      }
      await repo.clearRange(tx, point.id, from, to);
      await insertPointRange(tx, r, extras);
      await insertPersonRange(tx, r);
    });
  }

  type RebuildOptions = { from?: string; to?: string; pointCodes?: string[] };
  /** The points a rebuild covers (the codes given, default all). */
  async function pointsToRebuild(o: RebuildOptions) {
    return (await repo.allPoints(db)).filter((p) => !o.pointCodes?.length || o.pointCodes.includes(p.code));
  }
  /** A point's rebuild range: the options' days, by default its first activity … today, in its zone. */
  async function rangeToRebuild(p: { id: string; timeZone: string }, o: RebuildOptions) {
    const tz = usableTimeZone(p.timeZone);
    const at = now();
    const span = await repo.activitySpan(db, p.id);
    return { tz, from: o.from ?? (span ? localDate(tz, span.first) : localDate(tz, at)), to: o.to ?? localDate(tz, at) };
  }

  async function pointsById() {
    return new Map((await repo.allPoints(db)).map((p) => [p.id, p]));
  }

  /** Queue the exactly-once final computation of the point's current local day (dedupe per point and day). */
  async function scheduleFinal(point: { id: string; timeZone: string }, at: Date) {
    const tz = usableTimeZone(point.timeZone);
    const day = localDate(tz, at);
    const runAt = new Date(dayRange(tz, day).end.getTime() + FINAL_DELAY_MS);
    await enqueue(db, { queue: ROLLUP_DAY_QUEUE, payload: { pointId: point.id, day }, runAt, dedupeKey: `rollups:${point.id}:${day}` });
  }

  return {
    recompute,
    scheduleFinal,

    /** Recompute the days marked dirty (each mark cleared only if no newer event marked it meanwhile). */
    async drainDirty(limit = 200) {
      const points = await pointsById();
      const marks = await repo.dirtyDays(db, limit);
      for (const m of marks) {
        const point = points.get(m.servicePointId);
        if (point) await recompute(point, m.day);
        await db.transaction((tx) => repo.clearDirty(tx, m.servicePointId, m.day, m.gen));
      }
      return marks.length;
    },

    /** Every minute: drain dirty days and make sure each point's day has its final job; queues its own next run. */
    async tick() {
      const at = now();
      for (const p of (await pointsById()).values()) await scheduleFinal(p, at);
      await this.drainDirty();
      const runAt = new Date(Math.floor(at.getTime() / TICK_MS) * TICK_MS + TICK_MS);
      await enqueue(db, { queue: ROLLUP_TICK_QUEUE, runAt, dedupeKey: `${ROLLUP_TICK_QUEUE}:${runAt.toISOString()}` });
    },

    /**
     * Rebuild, set-based: for each point (default: all) and its range (default: first activity … today, in the
     * point's zone), replace the rows with one INSERT … SELECT … GROUP BY day per table and run of days. Produces the
     * rows the per-day recompute produces (tested).
     */
    async rebuild(o: { from?: string; to?: string; pointCodes?: string[] } = {}) {
      let days = 0;
      const points = await pointsToRebuild(o);
      for (const p of points) {
        const { tz, from, to } = await rangeToRebuild(p, o);
        for (let a = from; a <= to; a = addDays(a, REBUILD_CHUNK_DAYS)) {
          const b = addDays(a, REBUILD_CHUNK_DAYS - 1) < to ? addDays(a, REBUILD_CHUNK_DAYS - 1) : to;
          await rebuildRange(p, tz, a, b);
          days += 1 + (Date.parse(b) - Date.parse(a)) / 86_400_000;
        }
      }
      await rebuildMonths(db, o.pointCodes?.length ? points.map((p) => p.id) : undefined, o.from, o.to);
      return { points: points.length, days };
    },

    /** The per-day rebuild (each active day and its neighbours through `recompute`): the reference the bench compares with. */
    async rebuildDayByDay(o: { from?: string; to?: string; pointCodes?: string[] } = {}) {
      let days = 0;
      const points = await pointsToRebuild(o);
      for (const p of points) {
        const { tz, from, to } = await rangeToRebuild(p, o);
        // Days without activity keep no row: clear the range, then recompute each active day and its neighbours.
        await repo.clearRange(db, p.id, from, to);
        const days_ = new Set<string>();
        for (const d of await repo.activeDays(db, p.id, tz, from, to))
          for (const x of [addDays(d, -1), d, addDays(d, 1)]) if (x >= from && x <= to) days_.add(x);
        for (const d of [...days_].sort()) {
          await recompute(p, d);
          days++;
        }
      }
      await rebuildMonths(db, o.pointCodes?.length ? points.map((p) => p.id) : undefined, o.from, o.to);
      return { points: points.length, days };
    },
  };
}
export type RollupService = ReturnType<typeof createRollupService>;

/** Mark the local day of `at` at the point dirty, in the caller's transaction (for features that change past days). */
export async function markRollupDirty(tx: Db | Tx, point: { id: string; timeZone: string }, at: Date) {
  await markRollupDirtyAt(tx, point, [at]);
}

/** Mark the local days of `ats` at the point dirty in one statement (the same day once). */
export async function markRollupDirtyAt(tx: Db | Tx, point: { id: string; timeZone: string }, ats: Date[]) {
  const tz = usableTimeZone(point.timeZone);
  await repo.markDirtyDays(tx, point.id, [...new Set(ats.map((at) => localDate(tz, at)))]);
}
