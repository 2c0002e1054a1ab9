import { and, desc, eq, like, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { escapeLike } from '../../lib/text.js';
import { customers, servicePoints, vehicles, warrantyReturnRequests } from '../../db/schema.js';

type Q = Db | Tx;
export type ReturnRow = typeof warrantyReturnRequests.$inferSelect;

export async function findReturn(q: Q, id: string, lock = false) {
  const base = q.select().from(warrantyReturnRequests).where(eq(warrantyReturnRequests.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function insertReturn(q: Q, row: typeof warrantyReturnRequests.$inferInsert) {
  const [out] = await q.insert(warrantyReturnRequests).values(row).returning();
  return out;
}
export async function updateReturn(q: Q, id: string, version: number, patch: Partial<typeof warrantyReturnRequests.$inferInsert>, at: Date) {
  const [row] = await q
    .update(warrantyReturnRequests)
    .set({ ...patch, updatedAt: at, version: sql`${warrantyReturnRequests.version} + 1` })
    .where(and(eq(warrantyReturnRequests.id, id), eq(warrantyReturnRequests.version, version)))
    .returning();
  return row;
}
/** Requests at points under `scopePath`, newest first, with the car and the customer. */
export async function listReturns(q: Q, scopePath: string, f: { status?: string; vehicleId?: string }) {
  return q
    .select({ r: warrantyReturnRequests, vin: vehicles.vin, plate: vehicles.plate, customerName: customers.name })
    .from(warrantyReturnRequests)
    .innerJoin(servicePoints, eq(servicePoints.id, warrantyReturnRequests.servicePointId))
    .innerJoin(vehicles, eq(vehicles.id, warrantyReturnRequests.vehicleId))
    .innerJoin(customers, eq(customers.id, warrantyReturnRequests.customerId))
    .where(
      and(
        like(servicePoints.path, `${scopePath}%`),
        f.status ? eq(warrantyReturnRequests.status, f.status) : undefined,
        f.vehicleId ? eq(warrantyReturnRequests.vehicleId, f.vehicleId) : undefined,
      ),
    )
    .orderBy(desc(warrantyReturnRequests.requestedAt))
    .limit(500);
}

/** Cars at points under `scopePath` whose plate contains the text or whose VIN ends with it (at most 20). */
export async function searchVehicles(q: Q, scopePath: string, text: string) {
  const pattern = escapeLike(text);
  return q
    .select({ id: vehicles.id, plate: vehicles.plate, vin: vehicles.vin, model: vehicles.model, customerName: customers.name })
    .from(vehicles)
    .innerJoin(servicePoints, eq(servicePoints.id, vehicles.servicePointId))
    .innerJoin(customers, eq(customers.id, vehicles.customerId))
    .where(and(like(servicePoints.path, `${scopePath}%`), or(like(vehicles.plate, `%${pattern}%`), like(vehicles.vin, `%${pattern}`))))
    .orderBy(vehicles.plate)
    .limit(20);
}
