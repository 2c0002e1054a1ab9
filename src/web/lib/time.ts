/**
 * Dates and times on pages and prints, in the current service point's zone (never the browser's): one format,
 * "YYYY-MM-DD HH:mm", as on every server document (domain/time formatLocalDateTime).
 */
import { useMemo } from 'react';
import { DEFAULT_TIME_ZONE, formatLocalDateTime, localDate, minuteOfDay, usableTimeZone } from '../../domain/time';
import { useSession } from '../session/SessionContext';

type When = Date | string | null | undefined;

/** Formatters bound to a zone: date-time, date, and the wall-clock time "HH:mm"; '—' for no value. */
export function timeFormatters(timeZone: string) {
  const tz = usableTimeZone(timeZone);
  const toDate = (at: Date | string) => (typeof at === 'string' ? new Date(at) : at);
  const valid = (at: When): at is Date | string => !!at && !Number.isNaN(toDate(at).getTime());
  return {
    timeZone: tz,
    dateTime: (at: When) => (valid(at) ? formatLocalDateTime(tz, at) : '—'),
    date: (at: When) => (valid(at) ? localDate(tz, toDate(at)) : '—'),
    time: (at: When) => {
      if (!valid(at)) return '—';
      const m = minuteOfDay(tz, toDate(at));
      return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    },
  };
}
export type TimeFormatters = ReturnType<typeof timeFormatters>;

let current = timeFormatters(DEFAULT_TIME_ZONE);
/**
 * The formatters of the point the user is working in. The app frame calls it on every page, which also sets the
 * zone of the plain helpers below (for tables' render functions outside components).
 */
export function usePointTime(): TimeFormatters {
  const { points, pointId } = useSession();
  const zone = usableTimeZone(points.find((p) => p.id === pointId)?.timeZone);
  const f = useMemo(() => timeFormatters(zone), [zone]);
  current = f;
  return f;
}

/** "YYYY-MM-DD HH:mm" in the current point's zone: the one date-time format of pages and prints. */
export const formatDateTime = (at: When) => current.dateTime(at);
/** "MM-DD HH:mm" in the current point's zone, for narrow table cells. */
export const formatShortDateTime = (at: When) => {
  const s = current.dateTime(at);
  return s === '—' ? s : s.slice(5);
};
