import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, tickets, vehicles, workOrders } from '../../db/schema.js';
import { escapeLike as esc } from '../../lib/text.js';

type Q = Db | Tx;
export type CustomerRow = typeof customers.$inferSelect;
export type VehicleRow = typeof vehicles.$inferSelect;

export async function findCustomer(q: Q, id: string) {
  const [row] = await q.select().from(customers).where(eq(customers.id, id));
  return row;
}
export async function insertCustomer(q: Q, v: typeof customers.$inferInsert) {
  const [row] = await q.insert(customers).values(v).returning();
  return row;
}
export async function updateCustomer(q: Q, id: string, version: number, patch: Partial<typeof customers.$inferInsert>, at: Date) {
  const [row] = await q
    .update(customers)
    .set({ ...patch, updatedAt: at, version: sql`${customers.version} + 1` })
    .where(and(eq(customers.id, id), eq(customers.version, version)))
    .returning();
  return row;
}
export async function listCustomers(q: Q, f: { pointIds: string[]; q?: string; limit: number; offset: number }) {
  const conds: SQL[] = [inArray(customers.servicePointId, f.pointIds)];
  if (f.q) {
    const like = `%${esc(f.q)}%`;
    conds.push(
      or(
        ilike(customers.name, like),
        ilike(customers.phone, like),
        sql`exists (select 1 from ${vehicles} v where v.customer_id = "customers"."id" and (v.plate ilike ${like} or v.vin ilike ${like}))`,
      )!,
    );
  }
  const where = and(...conds);
  const rows = await q.select().from(customers).where(where).orderBy(desc(customers.updatedAt)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(customers).where(where);
  return { rows, total };
}

export const vehiclesOf = (q: Q, customerIds: string[]) =>
  customerIds.length ? q.select().from(vehicles).where(inArray(vehicles.customerId, customerIds)).orderBy(asc(vehicles.createdAt)) : Promise.resolve([]);
export async function findVehicle(q: Q, id: string) {
  const [row] = await q.select().from(vehicles).where(eq(vehicles.id, id));
  return row;
}
export async function findVehicleByVin(q: Q, pointId: string, vin: string) {
  const [row] = await q
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.servicePointId, pointId), eq(vehicles.vin, vin)));
  return row;
}
export async function insertVehicle(q: Q, v: typeof vehicles.$inferInsert) {
  const [row] = await q.insert(vehicles).values(v).returning();
  return row;
}
export async function updateVehicle(q: Q, id: string, version: number, patch: Partial<typeof vehicles.$inferInsert>, at: Date) {
  const [row] = await q
    .update(vehicles)
    .set({ ...patch, updatedAt: at, version: sql`${vehicles.version} + 1` })
    .where(and(eq(vehicles.id, id), eq(vehicles.version, version)))
    .returning();
  return row;
}

/**
 * The global search: plate (exact or partial), VIN or its last 6–8 characters (reverse-VIN index),
 * phone, customer name. Small result set, indexed lookups only.
 */
export async function search(q: Q, pointIds: string[], text: string, limit = 20) {
  const t = text
    .trim()
    .toUpperCase()
    .replace(/[\s·.-]/g, '');
  const like = `%${esc(t)}%`;
  const byVehicle = await q
    .select({ v: vehicles, customerName: customers.name, phone: customers.phone })
    .from(vehicles)
    .innerJoin(customers, eq(customers.id, vehicles.customerId))
    .where(
      and(
        inArray(vehicles.servicePointId, pointIds),
        or(
          eq(vehicles.plate, t),
          ilike(vehicles.plate, like),
          eq(vehicles.vin, t),
          t.length >= 4 ? sql`reverse(${vehicles.vin}) like ${esc(t.split('').reverse().join('')) + '%'}` : sql`false`,
        ),
      ),
    )
    .limit(limit);
  const byCustomer = await q
    .select()
    .from(customers)
    .where(
      and(
        inArray(customers.servicePointId, pointIds),
        or(ilike(customers.name, `%${esc(text.trim())}%`), t.length >= 4 ? ilike(customers.phone, `%${esc(t)}%`) : sql`false`),
      ),
    )
    .limit(limit);
  return { byVehicle, byCustomer };
}

/** Name and phone of customers by id. */
export const customerContactsOf = (q: Q, ids: string[]) =>
  ids.length
    ? q.select({ id: customers.id, name: customers.name, phone: customers.phone }).from(customers).where(inArray(customers.id, ids))
    : Promise.resolve([]);
/** Plate and model of vehicles by id. */
export const vehicleLabelsOf = (q: Q, ids: string[]) =>
  ids.length
    ? q.select({ id: vehicles.id, plate: vehicles.plate, model: vehicles.model }).from(vehicles).where(inArray(vehicles.id, ids))
    : Promise.resolve([]);

// ---- what a customer's data export and erasure read and change beyond the customer row ----
/** The customer's work orders (the repair record), newest first. */
export const workOrdersOfCustomer = (q: Q, customerId: string) =>
  q
    .select({
      number: workOrders.number,
      status: workOrders.status,
      receivedAt: workOrders.receivedAt,
      deliveredAt: workOrders.deliveredAt,
      mileageIn: workOrders.mileageIn,
      concerns: workOrders.concerns,
      plate: vehicles.plate,
    })
    .from(workOrders)
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .where(eq(workOrders.customerId, customerId))
    .orderBy(desc(workOrders.receivedAt));
/** Complaints and feedback recorded with this phone number at the point. */
export const ticketsOfPhone = (q: Q, pointId: string, phone: string) =>
  q
    .select({ id: tickets.id, number: tickets.number, title: tickets.title, status: tickets.status, receivedAt: tickets.receivedAt })
    .from(tickets)
    .where(and(eq(tickets.servicePointId, pointId), eq(tickets.customerPhone, phone)))
    .orderBy(desc(tickets.receivedAt));
/** The copies of a customer's name and number on tickets become the anonymous label. */
export const anonymizeTickets = (q: Q, ids: string[], label: string) =>
  ids.length ? q.update(tickets).set({ customerName: label, customerPhone: '', customerEmail: '' }).where(inArray(tickets.id, ids)) : Promise.resolve();
