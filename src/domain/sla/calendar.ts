/**
 * Service-point working calendars and the SLA clock: working time counted in local wall-clock hours of an IANA
 * time zone, on Chinese holiday/make-up-day calendars. Pure: no I/O, no clock, no randomness.
 * Calendars are plain values and may be built freshly per request. HolidayYear objects are treated as immutable:
 * their day lookups are memoised by object identity (build a new object to change a year).
 */
import {
  buildHolidayIndex,
  kindOf,
  parseHolidayYear,
  requireDayNumber,
  isoWeekday,
  type DayKind,
  type HolidayIndex,
  type HolidayYear,
} from './holiday-year.js';
import { isValidTimeZone, localDayOf, wallToEpoch } from './tz.js';

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** 'workdays': Mon–Fri + make-up days − holidays; 'everyday': all days − holidays (unless openOnHolidays); '24x7': always. */
export type CalendarMode = 'workdays' | 'everyday' | '24x7';
/** A local wall-clock opening interval, 'HH:MM' (to may be '24:00'), half-open [from, to). */
export interface HoursInterval {
  readonly from: string;
  readonly to: string;
}
/** A service point's working calendar. */
export interface WorkCalendar {
  readonly timeZone: string;
  readonly mode: CalendarMode;
  /** Opening intervals per ISO weekday (1 = Monday … 7 = Sunday); a missing weekday has no hours. Ignored in '24x7'. */
  readonly hours: Readonly<Partial<Record<IsoWeekday, readonly HoursInterval[]>>>;
  /** Make-up working days (调休上班) use this weekday's hours; default 1 (Monday). */
  readonly makeupWeekday?: IsoWeekday;
  /** 'everyday' mode only: stay open on public holidays (with that weekday's hours). */
  readonly openOnHolidays?: boolean;
  readonly holidays: readonly HolidayYear[];
}
/** [start, end) as UTC epoch milliseconds. */
export type Instant = number;

const MODES: readonly CalendarMode[] = ['workdays', 'everyday', '24x7'];
const HM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const MINUTE_MS = 60_000;
/** Scanning more consecutive days than this without any working time means the calendar never opens. */
const MAX_IDLE_DAYS = 800;

type Span = readonly [number, number];
interface Compiled {
  readonly tz: string;
  readonly mode: CalendarMode;
  readonly hours: readonly (readonly Span[])[]; // index 1..7, minutes of day
  readonly makeup: number;
  readonly openOnHolidays: boolean;
  readonly index: HolidayIndex;
}

const toMinutes = (hm: string) => (hm === '24:00' ? 1440 : Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5)));

function hoursProblems(cal: WorkCalendar): string[] {
  const problems: string[] = [];
  if (!isValidTimeZone(cal.timeZone)) problems.push(`timeZone: unknown IANA time zone ${JSON.stringify(cal.timeZone)}`);
  if (!MODES.includes(cal.mode)) problems.push(`mode: expected one of ${MODES.join(', ')}`);
  const mk = cal.makeupWeekday;
  if (mk !== undefined && !(Number.isInteger(mk) && mk >= 1 && mk <= 7)) problems.push('makeupWeekday: expected 1–7');
  if (typeof cal.hours !== 'object' || cal.hours === null) return [...problems, 'hours: expected an object'];
  for (const [key, list] of Object.entries(cal.hours)) {
    if (!/^[1-7]$/.test(key)) {
      problems.push(`hours.${key}: weekday must be 1–7`);
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push(`hours.${key}: expected an array`);
      continue;
    }
    const spans: [number, number][] = [];
    (list as readonly HoursInterval[]).forEach((iv, i) => {
      const at = `hours.${key}[${i}]`;
      const ok = (s: unknown, isEnd: boolean) => typeof s === 'string' && HM.test(s) && (isEnd || s !== '24:00');
      if (!ok(iv?.from, false) || !ok(iv?.to, true)) return void problems.push(`${at}: expected { from: 'HH:MM', to: 'HH:MM' }`);
      const [f, t] = [toMinutes(iv.from), toMinutes(iv.to)];
      if (t <= f) return void problems.push(`${at}: ${iv.to} is not after ${iv.from}`);
      spans.push([f, t]);
    });
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) problems.push(`hours.${key}: intervals overlap`);
  }
  return problems;
}

/** All problems with a calendar (time zone, mode, hours, holiday data); empty when valid. */
export function validateCalendar(cal: WorkCalendar): string[] {
  const problems = hoursProblems(cal);
  if (!Array.isArray(cal.holidays)) return [...problems, 'holidays: expected an array'];
  const seen = new Set<number>();
  cal.holidays.forEach((y, i) => {
    const r = parseHolidayYear(y);
    if (Array.isArray(r)) problems.push(...r.map((p) => `holidays[${i}].${p}`));
    else if (seen.has(r.year)) problems.push(`holidays[${i}]: year ${r.year} listed twice`);
    else seen.add(r.year);
  });
  return problems;
}

/** Internal: check and pre-digest a calendar (throws RangeError when invalid). */
export function compile(cal: WorkCalendar): Compiled {
  const problems = hoursProblems(cal);
  if (problems.length) throw new RangeError(`invalid WorkCalendar: ${problems.join('; ')}`);
  const hours: Span[][] = [[]];
  for (let wd = 1; wd <= 7; wd++) {
    const list = cal.hours[wd as IsoWeekday] ?? [];
    hours.push(list.map((iv): Span => [toMinutes(iv.from), toMinutes(iv.to)]).sort((a, b) => a[0] - b[0]));
  }
  return {
    tz: cal.timeZone,
    mode: cal.mode,
    hours,
    makeup: cal.makeupWeekday ?? 1,
    openOnHolidays: cal.openOnHolidays === true,
    index: buildHolidayIndex(cal.holidays),
  };
}

const FULL_DAY: readonly Span[] = [[0, 1440]];
const NONE: readonly Span[] = [];

function dayMinutes(c: Compiled, day: number): readonly Span[] {
  if (c.mode === '24x7') return FULL_DAY;
  const kind = kindOf(c.index, day);
  if (kind === 'holiday' && !(c.mode === 'everyday' && c.openOnHolidays)) return NONE;
  if (kind === 'makeup') return c.hours[c.makeup];
  if (kind === 'weekend' && c.mode === 'workdays') return NONE;
  return c.hours[isoWeekday(day)];
}

/** Internal: working intervals of a local day as sorted, merged, non-empty instant spans. */
export function daySpans(c: Compiled, day: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [f, t] of dayMinutes(c, day)) {
    const s = wallToEpoch(c.tz, day, f);
    const e = wallToEpoch(c.tz, day, t);
    if (e <= s) continue; // swallowed by a DST gap
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const ms = (d: Date, what: string) => {
  const t = d instanceof Date ? d.getTime() : NaN;
  if (!Number.isFinite(t)) throw new RangeError(`${what}: expected a valid Date`);
  return t;
};

/** How the national calendar classifies a local date ('YYYY-MM-DD'): weekday, weekend, holiday or make-up day. */
export function dayKind(cal: WorkCalendar, localDate: string): DayKind {
  return kindOf(buildHolidayIndex(cal.holidays), requireDayNumber(localDate));
}

/** True when the service point has working hours on this local date. */
export function isWorkingDay(cal: WorkCalendar, localDate: string): boolean {
  return daySpans(compile(cal), requireDayNumber(localDate)).length > 0;
}

/** Working intervals of a local date as [start, end) UTC epoch-ms pairs, in order. */
export function workingIntervalsOn(cal: WorkCalendar, localDate: string): [Instant, Instant][] {
  return daySpans(compile(cal), requireDayNumber(localDate));
}

/** Internal: instant reached after `amountMs` of working time from `t0` (amountMs > 0). */
export function addMs(c: Compiled, t0: number, amountMs: number): number {
  let remaining = amountMs;
  let idle = 0;
  for (let day = localDayOf(c.tz, t0) - 1; ; day++) {
    const spans = daySpans(c, day);
    for (const [s, e] of spans) {
      if (e <= t0) continue;
      const from = Math.max(s, t0);
      if (remaining <= e - from) return from + remaining;
      remaining -= e - from;
    }
    idle = spans.length > 0 ? 0 : idle + 1;
    if (idle > MAX_IDLE_DAYS) throw new RangeError(`calendar has no working time for ${MAX_IDLE_DAYS} consecutive days`);
  }
}

/** Internal: working milliseconds in [a, b) (a ≤ b). */
export function betweenMs(c: Compiled, a: number, b: number): number {
  let sum = 0;
  const last = localDayOf(c.tz, b);
  for (let day = localDayOf(c.tz, a) - 1; day <= last; day++) {
    for (const [s, e] of daySpans(c, day)) {
      const overlap = Math.min(e, b) - Math.max(s, a);
      if (overlap > 0) sum += overlap;
    }
  }
  return sum;
}

/**
 * Deadline = `start` + `minutes` working minutes. A start outside working hours begins counting at the next working
 * moment; a deadline that uses up an interval exactly ends at its closing time (Fri 17:00 + 60 min → Fri 18:00).
 * `minutes` = 0 returns `start` unchanged. Fractional minutes are honoured to the millisecond.
 */
export function addWorkingTime(cal: WorkCalendar, start: Date, minutes: number): Date {
  const t0 = ms(start, 'start');
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('minutes: expected a finite number ≥ 0');
  const amount = Math.round(minutes * MINUTE_MS);
  if (amount === 0) return new Date(t0);
  return new Date(addMs(compile(cal), t0, amount));
}

/** Working minutes between two instants (negative when b is before a); exact inverse of addWorkingTime. */
export function workingMinutesBetween(cal: WorkCalendar, a: Date, b: Date): number {
  const ta = ms(a, 'a');
  const tb = ms(b, 'b');
  const c = compile(cal);
  if (tb >= ta) return betweenMs(c, ta, tb) / MINUTE_MS;
  return -betweenMs(c, tb, ta) / MINUTE_MS;
}

/** The first working moment at or after `t` (t itself when inside working hours). */
export function nextWorkingMoment(cal: WorkCalendar, t: Date): Date {
  const t0 = ms(t, 't');
  return new Date(addMs(compile(cal), t0, 1) - 1);
}

/** Which years have holiday data, and (given a range) which are missing, so the UI can warn about fallbacks. */
export interface Coverage {
  readonly years: number[];
  readonly missingYears: number[];
  /** False for '24x7' and for 'everyday' with openOnHolidays, where holiday data changes nothing. */
  readonly needsHolidayData: boolean;
}

/** Report holiday-data coverage; years without data fall back to plain Mon–Fri weekdays. */
export function coverage(cal: WorkCalendar, range?: { from: number; to: number }): Coverage {
  const years = [...new Set(cal.holidays.map((y) => y.year))].sort((a, b) => a - b);
  const missingYears: number[] = [];
  if (range) for (let y = range.from; y <= range.to; y++) if (!years.includes(y)) missingYears.push(y);
  const needsHolidayData = cal.mode === 'workdays' || (cal.mode === 'everyday' && cal.openOnHolidays !== true);
  return { years, missingYears, needsHolidayData };
}
