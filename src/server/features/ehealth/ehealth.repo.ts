/** E-health records and the facts of a settled order: queries only. */
import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { ehealthRecords, servicePoints, settlements, vehicles, workOrderLines } from '../../db/schema.js';

type Q = Db | Tx;
export type RecordRow = typeof ehealthRecords.$inferSelect;

export const recordOfOrder = async (q: Q, workOrderId: string) =>
  (await q.select({ id: ehealthRecords.id }).from(ehealthRecords).where(eq(ehealthRecords.workOrderId, workOrderId)))[0];

export async function factsOf(q: Q, order: { id: string; vehicleId: string }) {
  const [v] = await q.select({ plate: vehicles.plate, vin: vehicles.vin }).from(vehicles).where(eq(vehicles.id, order.vehicleId));
  const [s] = await q
    .select({ number: settlements.number, settledAt: settlements.settledAt })
    .from(settlements)
    .where(and(eq(settlements.workOrderId, order.id), inArray(settlements.status, ['settled', 'on_account'])));
  const lines = await q.select().from(workOrderLines).where(eq(workOrderLines.workOrderId, order.id)).orderBy(workOrderLines.sortOrder);
  return { vehicle: v, settlement: s, lines };
}

export async function insertRecord(q: Q, v: typeof ehealthRecords.$inferInsert) {
  const [r] = await q.insert(ehealthRecords).values(v).onConflictDoNothing().returning();
  return r;
}
export async function findRecord(q: Q, id: string, lock = false) {
  const base = q.select().from(ehealthRecords).where(eq(ehealthRecords.id, id));
  const [r] = lock ? await base.for('update') : await base;
  return r;
}
export async function updateRecord(q: Q, id: string, patch: Partial<typeof ehealthRecords.$inferInsert>, at: Date) {
  const [r] = await q
    .update(ehealthRecords)
    .set({ ...patch, version: sql`${ehealthRecords.version} + 1`, updatedAt: at })
    .where(eq(ehealthRecords.id, id))
    .returning();
  return r;
}

export async function listRecords(q: Q, scopePath: string, f: { status?: string; limit: number; offset: number }) {
  const where = and(like(servicePoints.path, `${scopePath}%`), f.status ? eq(ehealthRecords.status, f.status) : undefined);
  const rows = await q
    .select({ r: ehealthRecords, pointName: servicePoints.nameZh })
    .from(ehealthRecords)
    .innerJoin(servicePoints, eq(servicePoints.id, ehealthRecords.servicePointId))
    .where(where)
    .orderBy(desc(ehealthRecords.createdAt))
    .limit(f.limit)
    .offset(f.offset);
  const [{ n }] = await q
    .select({ n: sql<number>`count(*)::int` })
    .from(ehealthRecords)
    .innerJoin(servicePoints, eq(servicePoints.id, ehealthRecords.servicePointId))
    .where(where);
  return { rows, total: n };
}
