/** Queries of the SLA settings: imported holiday years, each point's working calendar and its policies. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { holidayYears, slaPolicies, workCalendars } from '../../db/schema.js';

type Q = Db | Tx;
export type CalendarRow = typeof workCalendars.$inferSelect;
export type PolicyRow = typeof slaPolicies.$inferSelect;

export const listHolidayYears = (q: Q) => q.select().from(holidayYears);
/** Store a year's holidays, replacing an earlier import of the same year. */
export async function upsertHolidayYear(q: Q, year: number, data: unknown) {
  await q
    .insert(holidayYears)
    .values({ year, data })
    .onConflictDoUpdate({ target: holidayYears.year, set: { data, importedAt: sql`now()` } });
}

export async function findCalendar(q: Q, pointId: string): Promise<CalendarRow | undefined> {
  const [row] = await q.select().from(workCalendars).where(eq(workCalendars.servicePointId, pointId));
  return row;
}
/** The point's first calendar; undefined when another request created it meanwhile. */
export async function insertCalendar(q: Q, v: typeof workCalendars.$inferInsert): Promise<CalendarRow | undefined> {
  const rows = await q.insert(workCalendars).values(v).onConflictDoNothing().returning();
  return rows[0];
}
/** Optimistic update: undefined when `version` is stale. */
export async function updateCalendar(
  q: Q,
  pointId: string,
  version: number,
  patch: Partial<typeof workCalendars.$inferInsert>,
  at: Date,
): Promise<CalendarRow | undefined> {
  const [row] = await q
    .update(workCalendars)
    .set({ ...patch, updatedAt: at, version: sql`${workCalendars.version} + 1` })
    .where(and(eq(workCalendars.servicePointId, pointId), eq(workCalendars.version, version)))
    .returning();
  return row;
}

export const listPolicies = (q: Q, pointId: string) => q.select().from(slaPolicies).where(eq(slaPolicies.servicePointId, pointId));
/** The point's first policy of a priority; undefined when another request created it meanwhile. */
export async function insertPolicy(q: Q, v: typeof slaPolicies.$inferInsert): Promise<PolicyRow | undefined> {
  const rows = await q.insert(slaPolicies).values(v).onConflictDoNothing().returning();
  return rows[0];
}
/** Optimistic update of the point's policy of `priority`: undefined when `version` is stale. */
export async function updatePolicy(
  q: Q,
  pointId: string,
  priority: string,
  version: number,
  patch: Partial<typeof slaPolicies.$inferInsert>,
  at: Date,
): Promise<PolicyRow | undefined> {
  const [row] = await q
    .update(slaPolicies)
    .set({ ...patch, updatedAt: at, version: sql`${slaPolicies.version} + 1` })
    .where(and(eq(slaPolicies.servicePointId, pointId), eq(slaPolicies.priority, priority), eq(slaPolicies.version, version)))
    .returning();
  return row;
}
