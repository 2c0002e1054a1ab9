/** Customer messages: templates, the history, and the reads the daily job needs (bookings, visits, customers). */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { appointments, customerMessages, customers, messageTemplates, servicePoints, vehicles, workOrders } from '../../db/schema.js';

type Q = Db | Tx;

export const templatesOf = (q: Q, pointId: string) => q.select().from(messageTemplates).where(eq(messageTemplates.servicePointId, pointId));
export async function templateOf(q: Q, pointId: string, kind: string) {
  const [row] = await q
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.servicePointId, pointId), eq(messageTemplates.kind, kind)));
  return row;
}
export async function insertTemplate(q: Q, v: typeof messageTemplates.$inferInsert) {
  const [row] = await q.insert(messageTemplates).values(v).onConflictDoNothing().returning();
  return row;
}
/** Update when the version still matches; undefined when someone else changed it first. */
export async function updateTemplate(q: Q, id: string, version: number, patch: { body: string; enabled: boolean }, at: Date) {
  const [row] = await q
    .update(messageTemplates)
    .set({ ...patch, updatedAt: at, version: sql`${messageTemplates.version} + 1` })
    .where(and(eq(messageTemplates.id, id), eq(messageTemplates.version, version)))
    .returning();
  return row;
}

/** Record a message once per kind and ref; undefined when it was already recorded. */
export async function insertMessage(q: Q, v: typeof customerMessages.$inferInsert) {
  const [row] = await q.insert(customerMessages).values(v).onConflictDoNothing().returning();
  return row;
}
export const setNotification = (q: Q, id: string, notificationId: string) =>
  q.update(customerMessages).set({ notificationId }).where(eq(customerMessages.id, id));
export const messagesOfCustomer = (q: Q, customerId: string) =>
  q.select().from(customerMessages).where(eq(customerMessages.customerId, customerId)).orderBy(desc(customerMessages.createdAt)).limit(200);

export async function recipientOf(q: Q, customerId: string) {
  const [row] = await q
    .select({
      id: customers.id,
      servicePointId: customers.servicePointId,
      name: customers.name,
      phone: customers.phone,
      marketingConsent: customers.marketingConsent,
      erasedAt: customers.erasedAt,
    })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row;
}

export const allPoints = (q: Q) => q.select({ id: servicePoints.id, nameZh: servicePoints.nameZh, timeZone: servicePoints.timeZone }).from(servicePoints);

/** Booked (not yet arrived or cancelled) appointments of a point on a local date, with the car's plate. */
export const bookedOn = (q: Q, pointId: string, localDate: string) =>
  q
    .select({ id: appointments.id, customerId: appointments.customerId, startAt: appointments.startAt, plate: vehicles.plate })
    .from(appointments)
    .innerJoin(vehicles, eq(vehicles.id, appointments.vehicleId))
    .where(and(eq(appointments.servicePointId, pointId), eq(appointments.localDate, localDate), eq(appointments.status, 'booked')));

/** Every visit's odometer reading of the point's cars (not cancelled), oldest first. */
export const visitsOfPoint = (q: Q, pointId: string) =>
  q
    .select({
      id: workOrders.id,
      vehicleId: workOrders.vehicleId,
      customerId: workOrders.customerId,
      type: workOrders.type,
      receivedAt: workOrders.receivedAt,
      km: workOrders.mileageIn,
      plate: vehicles.plate,
    })
    .from(workOrders)
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .where(and(eq(workOrders.servicePointId, pointId), sql`${workOrders.status} <> 'cancelled'`))
    .orderBy(workOrders.receivedAt);

export const plateOf = async (q: Q, vehicleIds: string[]) =>
  vehicleIds.length ? q.select({ id: vehicles.id, plate: vehicles.plate }).from(vehicles).where(inArray(vehicles.id, vehicleIds)) : [];
export type TemplateRow = typeof messageTemplates.$inferSelect;
