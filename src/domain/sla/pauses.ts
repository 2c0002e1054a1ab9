/**
 * The SLA clock with pauses (e.g. 等待客户 — waiting for the customer): paused time never counts, an open pause stops
 * the clock. Everything is evaluated "as known at `now`": pauses starting after `now` are ignored and a pause
 * whose end lies after `now` is still running. Pure: `now` is always passed in.
 */
import { addMs, betweenMs, compile, type WorkCalendar } from './calendar.js';

/** A pause of the clock; `to` = null while it is still running. */
export interface Pause {
  readonly from: Date;
  readonly to: Date | null;
}

const MINUTE_MS = 60_000;
type Span = [number, number];

const ms = (d: Date, what: string) => {
  const t = d instanceof Date ? d.getTime() : NaN;
  if (!Number.isFinite(t)) throw new RangeError(`${what}: expected a valid Date`);
  return t;
};

/** Pauses clipped to [start, ∞) as of `now`, sorted and merged; a running pause ends at +Infinity. */
function effectivePauses(start: number, now: number, pauses: readonly Pause[]): Span[] {
  const spans: Span[] = [];
  pauses.forEach((p, i) => {
    const f = ms(p.from, `pauses[${i}].from`);
    const t = p.to === null ? Infinity : ms(p.to, `pauses[${i}].to`);
    if (t < f) throw new RangeError(`pauses[${i}]: to is before from`);
    if (f > now) return;
    const from = Math.max(f, start);
    const to = t > now ? Infinity : t;
    if (to > from) spans.push([from, to]);
  });
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** Working minutes on the clock between `start` and `now`, not counting paused time (0 when now ≤ start). */
export function elapsedWorkingMinutes(cal: WorkCalendar, start: Date, now: Date, pauses: readonly Pause[] = []): number {
  const t0 = ms(start, 'start');
  const tn = ms(now, 'now');
  const c = compile(cal);
  if (tn <= t0) return 0;
  let sum = 0;
  let cursor = t0;
  for (const [f, e] of effectivePauses(t0, tn, pauses)) {
    if (cursor >= tn) break;
    if (f > cursor) sum += betweenMs(c, cursor, Math.min(f, tn));
    cursor = Math.max(cursor, e);
  }
  if (cursor < tn) sum += betweenMs(c, cursor, tn);
  return sum / MINUTE_MS;
}

/**
 * Deadline of a `targetMinutes` working-time target started at `start`, pushed out by every closed pause.
 * Returns null while a pause is running, unless the target was already used up before that pause began
 * (then the past deadline is returned, so an overdue ticket stays overdue).
 */
export function deadlineWithPauses(cal: WorkCalendar, start: Date, targetMinutes: number, pauses: readonly Pause[], now: Date): Date | null {
  const t0 = ms(start, 'start');
  const tn = ms(now, 'now');
  if (!Number.isFinite(targetMinutes) || targetMinutes < 0) throw new RangeError('targetMinutes: expected a finite number ≥ 0');
  const c = compile(cal);
  let remaining = Math.round(targetMinutes * MINUTE_MS);
  if (remaining === 0) return new Date(t0);
  let cursor = t0;
  for (const [f, e] of effectivePauses(t0, tn, pauses)) {
    if (f > cursor) {
      const available = betweenMs(c, cursor, f);
      if (remaining <= available) return new Date(addMs(c, cursor, remaining));
      remaining -= available;
    }
    if (e === Infinity) return null;
    cursor = Math.max(cursor, e);
  }
  return new Date(addMs(c, cursor, remaining));
}

/** A snapshot of one SLA clock for display. */
export interface SlaStatus {
  readonly elapsedMinutes: number;
  /** Target minus elapsed working minutes; negative once overdue. */
  readonly remainingMinutes: number;
  readonly deadline: Date | null;
  /** A pause is running at `now`. */
  readonly paused: boolean;
  /** `now` is past the deadline. */
  readonly breached: boolean;
}

/** Elapsed, remaining, deadline, paused and breached for one clock at `now`. */
export function slaStatus(cal: WorkCalendar, start: Date, targetMinutes: number, pauses: readonly Pause[], now: Date): SlaStatus {
  const elapsedMinutes = elapsedWorkingMinutes(cal, start, now, pauses);
  const deadline = deadlineWithPauses(cal, start, targetMinutes, pauses, now);
  const tn = now.getTime();
  const running = effectivePauses(start.getTime(), tn, pauses).some(([f, e]) => f <= tn && e === Infinity);
  return {
    elapsedMinutes,
    remainingMinutes: targetMinutes - elapsedMinutes,
    deadline,
    paused: running,
    breached: deadline !== null && tn > deadline.getTime(),
  };
}
