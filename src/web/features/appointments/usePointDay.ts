import { addDays, localDate, minuteOfDay, usableTimeZone } from '../../../domain/time/index';
import { useSession } from '../../session/SessionContext';

export interface PointDay {
  /** The station's zone (its service point's setting). */
  timeZone: string;
  /** Today and tomorrow at the station, 'YYYY-MM-DD' — not the browser's dates. */
  today: string;
  tomorrow: string;
  /** The station's wall time now, 'HH:MM'. */
  nowHhmm: string;
}

/** The station's "today" from its time zone, so a browser in another zone books and lists the station's days. */
export function pointDayOf(timeZone: string | null | undefined, at: Date): PointDay {
  const tz = usableTimeZone(timeZone);
  const today = localDate(tz, at);
  const m = minuteOfDay(tz, at);
  return { timeZone: tz, today, tomorrow: addDays(today, 1), nowHhmm: `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}` };
}

export function usePointDay(): PointDay {
  const { points, pointId } = useSession();
  return pointDayOf(points.find((p) => p.id === pointId)?.timeZone, new Date());
}
