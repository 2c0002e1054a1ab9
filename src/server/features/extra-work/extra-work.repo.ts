import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, extraWorkItems, extraWorkRequests, laborOperations, servicePoints, vehicles, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
export type RequestRow = typeof extraWorkRequests.$inferSelect;
export type ItemRow = typeof extraWorkItems.$inferSelect;

export async function insertRequest(q: Q, v: typeof extraWorkRequests.$inferInsert) {
  const [row] = await q.insert(extraWorkRequests).values(v).returning();
  return row;
}
export async function findRequest(q: Q, id: string, lock = false) {
  const base = q.select().from(extraWorkRequests).where(eq(extraWorkRequests.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function findByToken(q: Q, token: string, lock = false) {
  const base = q.select().from(extraWorkRequests).where(eq(extraWorkRequests.token, token));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
/** Update when the version still matches; undefined when someone else changed it first. */
export async function updateRequest(q: Q, id: string, version: number, patch: Partial<typeof extraWorkRequests.$inferInsert>, at: Date) {
  const [row] = await q
    .update(extraWorkRequests)
    .set({ ...patch, updatedAt: at, version: sql`${extraWorkRequests.version} + 1` })
    .where(and(eq(extraWorkRequests.id, id), eq(extraWorkRequests.version, version)))
    .returning();
  return row;
}
export async function listRequests(q: Q, f: { pointIds: string[]; workOrderId?: string; statuses?: string[] }) {
  if (!f.pointIds.length) return [];
  return q
    .select()
    .from(extraWorkRequests)
    .where(
      and(
        inArray(extraWorkRequests.servicePointId, f.pointIds),
        f.workOrderId ? eq(extraWorkRequests.workOrderId, f.workOrderId) : undefined,
        f.statuses?.length ? inArray(extraWorkRequests.status, f.statuses) : undefined,
      ),
    )
    .orderBy(desc(extraWorkRequests.reportedAt))
    .limit(200);
}
export const itemsOf = (q: Q, requestIds: string[]) =>
  requestIds.length
    ? q.select().from(extraWorkItems).where(inArray(extraWorkItems.requestId, requestIds)).orderBy(asc(extraWorkItems.sortOrder))
    : Promise.resolve([] as ItemRow[]);
export async function replaceItems(q: Q, requestId: string, rows: Omit<typeof extraWorkItems.$inferInsert, 'requestId'>[]) {
  await q.delete(extraWorkItems).where(eq(extraWorkItems.requestId, requestId));
  if (rows.length) await q.insert(extraWorkItems).values(rows.map((r, i) => ({ ...r, requestId, sortOrder: i })));
}
export const setDecision = (q: Q, itemId: string, decision: 'approved' | 'refused') =>
  q.update(extraWorkItems).set({ decision }).where(eq(extraWorkItems.id, itemId));

/** Requests of a car that the customer refused in full or in part, newest first (拒修项目). */
export const decidedOfVehicle = (q: Q, vehicleId: string) =>
  q
    .select()
    .from(extraWorkRequests)
    .where(and(eq(extraWorkRequests.vehicleId, vehicleId), inArray(extraWorkRequests.status, ['refused', 'partly_approved'])))
    .orderBy(desc(extraWorkRequests.decidedAt));

/** Order numbers and plates for presentation. */
export const ordersOf = (q: Q, ids: string[]) =>
  ids.length
    ? q
        .select({ id: workOrders.id, number: workOrders.number, plate: vehicles.plate, model: vehicles.model, brand: vehicles.brand })
        .from(workOrders)
        .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
        .where(inArray(workOrders.id, ids))
    : Promise.resolve([]);
export async function pointOf(q: Q, id: string) {
  const [row] = await q
    .select({ id: servicePoints.id, nameZh: servicePoints.nameZh, contactPhone: servicePoints.contactPhone, timeZone: servicePoints.timeZone })
    .from(servicePoints)
    .where(eq(servicePoints.id, id));
  return row;
}
export async function customerContact(q: Q, id: string) {
  const [row] = await q
    .select({ id: customers.id, phone: customers.phone, erasedAt: customers.erasedAt, marketingConsent: customers.marketingConsent })
    .from(customers)
    .where(eq(customers.id, id));
  return row;
}
export async function laborOperationName(q: Q, id: string) {
  const [row] = await q
    .select({ id: laborOperations.id, name: laborOperations.name, servicePointId: laborOperations.servicePointId })
    .from(laborOperations)
    .where(eq(laborOperations.id, id));
  return row;
}
