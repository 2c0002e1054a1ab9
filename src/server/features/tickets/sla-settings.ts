import type { Db, Tx } from '../../db/client.js';
import { CN_HOLIDAYS, parseHolidayYear, type HolidayYear, type WorkCalendar } from '../../../domain/sla/index.js';
import { PRIORITIES, type Priority } from '../../../domain/tickets/status.js';
import * as repo from './sla-settings.repo.js';

type Q = Db | Tx;
export type Hours = Record<string, { from: string; to: string }[]>;

export const DEFAULT_HOURS: Hours = Object.fromEntries([1, 2, 3, 4, 5].map((d) => [String(d), [{ from: '09:00', to: '18:00' }]]));
/** Working minutes: first response, resolution, and the time limit of each escalation level. */
export const DEFAULT_POLICIES: Record<Priority, { firstResponseMinutes: number; resolutionMinutes: number; escalationMinutes: number }> = {
  urgent: { firstResponseMinutes: 30, resolutionMinutes: 240, escalationMinutes: 60 },
  high: { firstResponseMinutes: 120, resolutionMinutes: 960, escalationMinutes: 240 },
  normal: { firstResponseMinutes: 240, resolutionMinutes: 1440, escalationMinutes: 480 },
  low: { firstResponseMinutes: 480, resolutionMinutes: 2400, escalationMinutes: 960 },
};

/** Shipped official years, overridden or extended by imported ones. */
export async function holidayData(q: Q): Promise<HolidayYear[]> {
  const imported = await repo.listHolidayYears(q);
  const byYear = new Map<number, HolidayYear>(CN_HOLIDAYS.map((y) => [y.year, y]));
  for (const row of imported) {
    const parsed = parseHolidayYear(row.data);
    if (!Array.isArray(parsed)) byYear.set(row.year, parsed);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export async function importHolidayYear(q: Q, year: HolidayYear) {
  await repo.upsertHolidayYear(q, year.year, year);
}

/** The point's stored calendar row (undefined while it runs on the defaults). */
export const calendarRow = (q: Q, pointId: string) => repo.findCalendar(q, pointId);

/** The point's working calendar (defaults: Mon–Fri 09:00–18:00 in the point's time zone). */
export async function loadCalendar(q: Q, point: { id: string; timeZone: string }): Promise<WorkCalendar> {
  const row = await calendarRow(q, point.id);
  return {
    timeZone: point.timeZone,
    mode: (row?.mode as WorkCalendar['mode']) ?? 'workdays',
    hours: (row?.hours ?? DEFAULT_HOURS) as WorkCalendar['hours'],
    openOnHolidays: row?.openOnHolidays ?? false,
    holidays: await holidayData(q),
  };
}

export async function saveCalendar(q: Q, pointId: string, c: { mode: string; hours: Hours; openOnHolidays: boolean }, version: number | null, at: Date) {
  if (version === null) return repo.insertCalendar(q, { servicePointId: pointId, ...c });
  return repo.updateCalendar(q, pointId, version, c, at);
}

export async function loadPolicies(q: Q, pointId: string) {
  const rows = await repo.listPolicies(q, pointId);
  return PRIORITIES.map((p) => {
    const row = rows.find((r) => r.priority === p);
    return {
      priority: p,
      ...(row
        ? {
            firstResponseMinutes: row.firstResponseMinutes,
            resolutionMinutes: row.resolutionMinutes,
            escalationMinutes: row.escalationMinutes,
            version: row.version,
          }
        : { ...DEFAULT_POLICIES[p], version: 0 }),
    };
  });
}

export async function savePolicy(
  q: Q,
  pointId: string,
  p: { priority: Priority; firstResponseMinutes: number; resolutionMinutes: number; escalationMinutes: number },
  version: number,
  at: Date,
) {
  if (version === 0) return repo.insertPolicy(q, { servicePointId: pointId, ...p });
  return repo.updatePolicy(q, pointId, p.priority, version, p, at);
}
