/**
 * The dispatcher's override on the plan board (drag a visit to another engineer or another place in a route): the
 * new order, and the route's timeline — estimated arrivals from the engineer's home at the shift start (not before
 * `now`), travel by great circle at an average speed — with the warnings the dispatcher sees: a deadline the
 * arrival misses, work past the shift end, a site without coordinates. Qualification (skills, certificates) is not a
 * warning but a refusal (eligibility.ts). Pure.
 */
import { greatCircleMatrix } from '../routing/index.js';
import { atLocalTime, minuteOfDay } from '../time/index.js';
import type { BoardEngineer, BoardVisit } from './plan-board.js';

/** `list` with the item `id` moved to `position` (0-based, clamped); the item is added when it was not in the list. */
export function moveTo<T extends { id: string }>(list: readonly T[], item: T, position: number): T[] {
  const rest = list.filter((x) => x.id !== item.id);
  const at = Math.max(0, Math.min(Math.trunc(position), rest.length));
  return [...rest.slice(0, at), item, ...rest.slice(at)];
}

export interface RouteWarning {
  visitId: string;
  kind: 'deadline' | 'shift' | 'location';
  message: string;
}
export interface RouteTimeline {
  etas: { visitId: string; etaAt: Date | null }[];
  warnings: RouteWarning[];
}

const hhmm = (timeZone: string, at: Date) => {
  const m = minuteOfDay(timeZone, at);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** Arrivals along `stops` in order; a stop without coordinates gets no estimate and does not move the engineer. */
export function routeTimeline(o: {
  timeZone: string;
  date: string;
  now: Date;
  engineer: Pick<BoardEngineer, 'homeLat' | 'homeLng' | 'shiftStart' | 'shiftEnd'>;
  stops: readonly Pick<BoardVisit, 'id' | 'lat' | 'lng' | 'serviceMinutes' | 'deadlineAt'>[];
  speedKmh?: number;
}): RouteTimeline {
  const start = Math.max(atLocalTime(o.timeZone, o.date, o.engineer.shiftStart).getTime(), o.now.getTime());
  const shiftEnd = atLocalTime(o.timeZone, o.date, o.engineer.shiftEnd).getTime();
  let clock = start;
  let here = { lat: o.engineer.homeLat, lng: o.engineer.homeLng };
  const etas: RouteTimeline['etas'] = [];
  const warnings: RouteWarning[] = [];
  for (const s of o.stops) {
    if (s.lat === null || s.lng === null) {
      etas.push({ visitId: s.id, etaAt: null });
      warnings.push({ visitId: s.id, kind: 'location', message: '设备没有坐标,无法估算到达时间' });
      continue;
    }
    const to = { lat: s.lat, lng: s.lng };
    const travel = greatCircleMatrix([here, to], { speedKmh: o.speedKmh ?? 40 }).time[0][1];
    const arrival = new Date(Math.round((clock + travel * 60_000) / 60_000) * 60_000);
    etas.push({ visitId: s.id, etaAt: arrival });
    if (s.deadlineAt && arrival.getTime() > s.deadlineAt.getTime())
      warnings.push({
        visitId: s.id,
        kind: 'deadline',
        message: `预计 ${hhmm(o.timeZone, arrival)} 到达,晚于上门期限 ${hhmm(o.timeZone, s.deadlineAt)}(${Math.round((arrival.getTime() - s.deadlineAt.getTime()) / 60_000)} 分钟)`,
      });
    clock = arrival.getTime() + s.serviceMinutes * 60_000;
    if (clock > shiftEnd)
      warnings.push({ visitId: s.id, kind: 'shift', message: `预计 ${hhmm(o.timeZone, new Date(clock))} 完成,超出下班时间 ${o.engineer.shiftEnd}` });
    here = to;
  }
  return { etas, warnings };
}
