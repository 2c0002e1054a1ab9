/**
 * Time in the service point's zone — the one place that turns instants into the point's local dates and back.
 * "Today", day and period ranges, document dates: always the point's `timeZone` setting, never the machine's or
 * the browser's zone and never a fixed +8 h. Pure: pass `now` in.
 */
import { DAY_MS, isValidTimeZone, localDayOf, wallToEpoch } from '../sla/tz.js';
import { isoDate, isoWeekday, requireDayNumber } from '../sla/holiday-year.js';

export { isValidTimeZone } from '../sla/tz.js';

/** The zone used when a stored zone is unusable (the network's default). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** `timeZone` when it is a valid IANA name, else `fallback` (a bad stored value must never make a view fail). */
export const usableTimeZone = (timeZone: string | null | undefined, fallback = DEFAULT_TIME_ZONE) =>
  timeZone && isValidTimeZone(timeZone) ? timeZone : fallback;

/** The point's local date of an instant, 'YYYY-MM-DD'. */
export const localDate = (timeZone: string, at: Date) => isoDate(localDayOf(timeZone, at.getTime()));

/** The local date as 'YYYYMMDD', for document numbers. */
export const compactDate = (timeZone: string, at: Date) => localDate(timeZone, at).replaceAll('-', '');

/** 'YYYY-MM-DD' shifted by whole days (calendar days, independent of any zone). */
export const addDays = (date: string, days: number) => isoDate(requireDayNumber(date) + days);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => requireDayNumber(to) - requireDayNumber(from);

/** ISO weekday 1 (Monday) … 7 (Sunday) of a local date. */
export const weekdayOf = (date: string) => isoWeekday(requireDayNumber(date));

/** [start, end) instants of a local date in the zone (23 or 25 hours long across a DST change). */
export function dayRange(timeZone: string, date: string) {
  const day = requireDayNumber(date);
  return { start: new Date(wallToEpoch(timeZone, day, 0)), end: new Date(wallToEpoch(timeZone, day, 1440)) };
}

/** From `from` to `to`, inclusive local dates, as [start, end) instants. */
export function periodRange(timeZone: string, from: string, to: string) {
  return { start: dayRange(timeZone, from).start, end: dayRange(timeZone, to).end };
}

/** The instant of a local date and 'HH:MM' wall time in the zone. */
export function atLocalTime(timeZone: string, date: string, hhmm: string) {
  return new Date(wallToEpoch(timeZone, requireDayNumber(date), Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))));
}

/** Minutes since local midnight of an instant in the zone. */
export function minuteOfDay(timeZone: string, at: Date) {
  const midnight = dayRange(timeZone, localDate(timeZone, at)).start.getTime();
  return Math.floor((at.getTime() - midnight) / 60_000);
}

/** The last `days` local dates up to and including `date`, oldest first. */
export const lastDays = (date: string, days: number) => Array.from({ length: days }, (_, i) => addDays(date, i - days + 1));

/** One date-time format for every document: 'YYYY-MM-DD HH:mm' in the zone. */
export function formatLocalDateTime(timeZone: string, at: Date | string | null | undefined) {
  if (!at) return '—';
  const d = typeof at === 'string' ? new Date(at) : at;
  const mins = minuteOfDay(timeZone, d);
  return `${localDate(timeZone, d)} ${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;
}

export { DAY_MS };
