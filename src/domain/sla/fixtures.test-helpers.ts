/** Shared calendars and time helpers for the SLA tests (test-only; not exported from index.ts). */
import { CN_HOLIDAYS } from './holidays-cn.js';
import type { HoursInterval, IsoWeekday, WorkCalendar } from './calendar.js';

const weekdays = (list: HoursInterval[], days: IsoWeekday[] = [1, 2, 3, 4, 5]) =>
  Object.fromEntries(days.map((d) => [d, list])) as Partial<Record<IsoWeekday, HoursInterval[]>>;

/** Mon–Fri 09:00–18:00, Shanghai, official holidays. */
export const OFFICE: WorkCalendar = {
  timeZone: 'Asia/Shanghai',
  mode: 'workdays',
  hours: weekdays([{ from: '09:00', to: '18:00' }]),
  holidays: CN_HOLIDAYS,
};

/** Mon–Fri 09:00–12:00 + 13:00–18:00 (lunch break), Shanghai, official holidays. */
export const LUNCH: WorkCalendar = {
  ...OFFICE,
  hours: weekdays([
    { from: '09:00', to: '12:00' },
    { from: '13:00', to: '18:00' },
  ]),
};

/** 7-day shop: weekdays 08:30–17:30, weekends 09:00–16:00, closed on public holidays. */
export const SHOP: WorkCalendar = {
  timeZone: 'Asia/Shanghai',
  mode: 'everyday',
  hours: { ...weekdays([{ from: '08:30', to: '17:30' }]), ...weekdays([{ from: '09:00', to: '16:00' }], [6, 7]) },
  holidays: CN_HOLIDAYS,
};

/** Round-the-clock hotline. */
export const ALWAYS: WorkCalendar = { timeZone: 'Asia/Shanghai', mode: '24x7', hours: {}, holidays: CN_HOLIDAYS };

/** Berlin office Mon–Fri 09:00–18:00 without holiday data (DST zone). */
export const BERLIN: WorkCalendar = { timeZone: 'Europe/Berlin', mode: 'workdays', hours: weekdays([{ from: '09:00', to: '18:00' }]), holidays: [] };

/** Berlin, every day 00:00–24:00 (wall-clock full days, so DST days are 23 h / 25 h). */
export const BERLIN_FULL_DAYS: WorkCalendar = {
  timeZone: 'Europe/Berlin',
  mode: 'everyday',
  hours: weekdays([{ from: '00:00', to: '24:00' }], [1, 2, 3, 4, 5, 6, 7]),
  holidays: [],
};

/** New York service desk, every day 08:00–20:00 (negative offset, DST). */
export const NEW_YORK: WorkCalendar = {
  timeZone: 'America/New_York',
  mode: 'everyday',
  hours: weekdays([{ from: '08:00', to: '20:00' }], [1, 2, 3, 4, 5, 6, 7]),
  holidays: [],
};

/** 'YYYY-MM-DD HH:MM' in Beijing time (+08:00) → Date. */
export const bj = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);
/** 'YYYY-MM-DD HH:MM' with an explicit offset → Date. */
export const at = (s: string, offset: string) => new Date(`${s.replace(' ', 'T')}:00${offset}`);
/** Date → 'YYYY-MM-DD HH:MM' in Beijing time, for readable assertions. */
export const fmtBj = (d: Date | null) => (d === null ? null : new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' '));

/** Deterministic linear congruential generator in [0, 1) (Numerical Recipes constants). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}
