/** Queries of appointments (预约) and of the workshop settings they are booked against. */
import { and, asc, eq, gte, inArray, isNotNull, lt, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { appointments, laborOperations, workOrders, workshopSettings } from '../../db/schema.js';

type Q = Db | Tx;
export type AppointmentRow = typeof appointments.$inferSelect;
export type WorkshopSettingsRow = typeof workshopSettings.$inferSelect;

/** Create the point's workshop settings from `v` unless it has them. */
export async function ensureWorkshopSettings(q: Q, v: typeof workshopSettings.$inferInsert) {
  await q.insert(workshopSettings).values(v).onConflictDoNothing();
}
/** The point's workshop settings, optionally locked FOR UPDATE (what serializes the bookings of a point). */
export async function findWorkshopSettings(q: Q, pointId: string, lock = false): Promise<WorkshopSettingsRow | undefined> {
  const base = q.select().from(workshopSettings).where(eq(workshopSettings.servicePointId, pointId));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}

/** Appointments of a local date that take workshop hours: neither cancelled nor walk-ins. */
const takingHours = (pointId: string, localDate: string) =>
  and(
    eq(appointments.servicePointId, pointId),
    eq(appointments.localDate, localDate),
    ne(appointments.status, 'cancelled'),
    ne(appointments.channel, 'walk-in'),
  );
export const bookedOn = (q: Q, pointId: string, localDate: string): Promise<AppointmentRow[]> =>
  q.select().from(appointments).where(takingHours(pointId, localDate));
export async function countBookedOn(q: Q, pointId: string, localDate: string) {
  const [row] = await q.select({ n: sql<number>`count(*)::int` }).from(appointments).where(takingHours(pointId, localDate));
  return row.n;
}

export async function findAppointment(q: Q, id: string, lock = false): Promise<AppointmentRow | undefined> {
  const base = q.select().from(appointments).where(eq(appointments.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
/** A point's appointments from one local date to another (inclusive), optionally of one advisor, by start. */
export function listAppointments(q: Q, f: { pointId: string; from: string; to: string; advisorEmployeeId?: string }): Promise<AppointmentRow[]> {
  const conds: SQL[] = [eq(appointments.servicePointId, f.pointId), gte(appointments.localDate, f.from), lte(appointments.localDate, f.to)];
  if (f.advisorEmployeeId) conds.push(eq(appointments.advisorEmployeeId, f.advisorEmployeeId));
  return q
    .select()
    .from(appointments)
    .where(and(...conds))
    .orderBy(asc(appointments.startAt));
}
export async function insertAppointment(q: Q, v: typeof appointments.$inferInsert): Promise<AppointmentRow> {
  const [row] = await q.insert(appointments).values(v).returning();
  return row;
}
/** Optimistic update: undefined when `version` is stale. */
export async function updateAppointment(
  q: Q,
  id: string,
  version: number,
  patch: Partial<typeof appointments.$inferInsert>,
  at: Date,
): Promise<AppointmentRow | undefined> {
  const [row] = await q
    .update(appointments)
    .set({ ...patch, updatedAt: at, version: sql`${appointments.version} + 1` })
    .where(and(eq(appointments.id, id), eq(appointments.version, version)))
    .returning();
  return row;
}

/** Labor operations (id, code, name) of a point among `ids` — the services a booking asks for. */
export const laborOperationsOf = (q: Q, pointId: string, ids: string[]) =>
  ids.length
    ? q
        .select({ id: laborOperations.id, code: laborOperations.code, name: laborOperations.name })
        .from(laborOperations)
        .where(and(eq(laborOperations.servicePointId, pointId), inArray(laborOperations.id, ids)))
    : Promise.resolve([]);
/** The work orders opened from these appointments (at most one each). */
export const workOrdersOfAppointments = (q: Q, ids: string[]) =>
  ids.length
    ? q
        .select({ id: workOrders.id, number: workOrders.number, appointmentId: workOrders.appointmentId })
        .from(workOrders)
        .where(inArray(workOrders.appointmentId, ids))
    : Promise.resolve([]);
/** Work orders received by a point in [from, to) with the channel of the appointment each was opened from. */
export const ordersReceivedBetween = (q: Q, pointId: string, from: Date, to: Date) =>
  q
    .select({ id: workOrders.id, appointmentChannel: appointments.channel })
    .from(workOrders)
    .leftJoin(appointments, eq(appointments.id, workOrders.appointmentId))
    .where(and(eq(workOrders.servicePointId, pointId), gte(workOrders.receivedAt, from), lt(workOrders.receivedAt, to)));
/** Ids among `ids` that have a work order (cheap check for the rates). */
export const appointmentIdsWithOrders = async (q: Q, ids: string[]) =>
  ids.length
    ? (
        await q
          .select({ id: workOrders.appointmentId })
          .from(workOrders)
          .where(and(inArray(workOrders.appointmentId, ids), isNotNull(workOrders.appointmentId)))
      ).map((r) => r.id as string)
    : [];
