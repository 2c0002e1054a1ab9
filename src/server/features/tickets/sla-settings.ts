import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { holidayYears, slaPolicies, workCalendars } from '../../db/schema.js';
import { CN_HOLIDAYS, parseHolidayYear, type HolidayYear, type WorkCalendar } from '../../../domain/sla/index.js';
import { PRIORITIES, type Priority } from '../../../domain/tickets/status.js';

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
  const imported = await q.select().from(holidayYears);
  const byYear = new Map<number, HolidayYear>(CN_HOLIDAYS.map((y) => [y.year, y]));
  for (const row of imported) {
    const parsed = parseHolidayYear(row.data);
    if (!Array.isArray(parsed)) byYear.set(row.year, parsed);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export async function importHolidayYear(q: Q, year: HolidayYear) {
  await q.insert(holidayYears).values({ year: year.year, data: year })
    .onConflictDoUpdate({ target: holidayYears.year, set: { data: year, importedAt: sql`now()` } });
}

export async function calendarRow(q: Q, pointId: string) {
  const [row] = await q.select().from(workCalendars).where(eq(workCalendars.servicePointId, pointId));
  return row;
}

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
  if (version === null) {
    const rows = await q.insert(workCalendars).values({ servicePointId: pointId, ...c }).onConflictDoNothing().returning();
    return rows[0];
  }
  const [row] = await q.update(workCalendars).set({ ...c, updatedAt: at, version: sql`${workCalendars.version} + 1` })
    .where(and(eq(workCalendars.servicePointId, pointId), eq(workCalendars.version, version))).returning();
  return row;
}

export async function loadPolicies(q: Q, pointId: string) {
  const rows = await q.select().from(slaPolicies).where(eq(slaPolicies.servicePointId, pointId));
  return PRIORITIES.map((p) => {
    const row = rows.find((r) => r.priority === p);
    return { priority: p, ...(row ? { firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes, escalationMinutes: row.escalationMinutes, version: row.version } : { ...DEFAULT_POLICIES[p], version: 0 }) };
  });
}

export async function savePolicy(q: Q, pointId: string, p: { priority: Priority; firstResponseMinutes: number; resolutionMinutes: number; escalationMinutes: number }, version: number, at: Date) {
  if (version === 0) {
    const rows = await q.insert(slaPolicies).values({ servicePointId: pointId, ...p }).onConflictDoNothing().returning();
    return rows[0];
  }
  const [row] = await q.update(slaPolicies).set({ ...p, updatedAt: at, version: sql`${slaPolicies.version} + 1` })
    .where(and(eq(slaPolicies.servicePointId, pointId), eq(slaPolicies.priority, p.priority), eq(slaPolicies.version, version))).returning();
  return row;
}
