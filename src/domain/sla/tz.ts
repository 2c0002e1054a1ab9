/**
 * Wall-clock ↔ instant conversion for IANA time zones using only Intl.DateTimeFormat (no fixed offsets assumed).
 * Pure: the only state is a memo of formatters and offsets, which never changes results.
 */

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime knows `timeZone` as an IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Offsets are memoised per zone and per UTC quarter-hour bucket (offset transitions fall on quarter hours).
const offsetMemo = new Map<string, Map<number, number>>();
const MEMO_LIMIT = 50_000;
const BUCKET_MS = 15 * MINUTE_MS;

function computeOffset(timeZone: string, epochMs: number): number {
  let y = 0,
    mo = 0,
    d = 0,
    h = 0,
    mi = 0,
    s = 0;
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    switch (p.type) {
      case 'year':
        y = Number(p.value);
        break;
      case 'month':
        mo = Number(p.value);
        break;
      case 'day':
        d = Number(p.value);
        break;
      case 'hour':
        h = Number(p.value);
        break;
      case 'minute':
        mi = Number(p.value);
        break;
      case 'second':
        s = Number(p.value);
        break;
    }
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** Offset of local wall time from UTC (ms, east positive) at an instant. */
export function tzOffsetMs(timeZone: string, epochMs: number): number {
  const bucket = Math.floor(epochMs / BUCKET_MS);
  let memo = offsetMemo.get(timeZone);
  if (!memo) offsetMemo.set(timeZone, (memo = new Map()));
  let off = memo.get(bucket);
  if (off === undefined) {
    off = computeOffset(timeZone, bucket * BUCKET_MS);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(bucket, off);
  }
  return off;
}

/** Local calendar day (days since 1970-01-01) of an instant in `timeZone`. */
export function localDayOf(timeZone: string, epochMs: number): number {
  return Math.floor((epochMs + tzOffsetMs(timeZone, epochMs)) / DAY_MS);
}

/**
 * Instant of local wall time `minuteOfDay` (0–1440; 1440 = next midnight) on local `day`.
 * Ambiguous times (DST fall-back) resolve to the earlier instant; non-existent times (spring-forward gap)
 * resolve forward by the gap length (e.g. Berlin 02:30 on a spring-forward day → 03:30 CEST), like Temporal's
 * 'compatible' disambiguation.
 */
export function wallToEpoch(timeZone: string, day: number, minuteOfDay: number): number {
  const wall = day * DAY_MS + minuteOfDay * MINUTE_MS;
  const before = tzOffsetMs(timeZone, wall - DAY_MS);
  const after = tzOffsetMs(timeZone, wall + DAY_MS);
  const c1 = wall - before;
  if (before === after) {
    if (tzOffsetMs(timeZone, c1) === before) return c1;
    // Two transitions within a day of each other (rare): fall back to a local search.
    const o = tzOffsetMs(timeZone, c1);
    return wall - o;
  }
  const c2 = wall - after;
  const ok1 = c1 + tzOffsetMs(timeZone, c1) === wall;
  const ok2 = c2 + tzOffsetMs(timeZone, c2) === wall;
  if (ok1 && ok2) return Math.min(c1, c2);
  if (ok1) return c1;
  if (ok2) return c2;
  return c1; // gap: pre-transition offset pushes the time forward past the gap
}
