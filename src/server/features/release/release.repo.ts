import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, gatePasses, settlements, vehicles, workOrders } from '../../db/schema.js';
import { escapeLike as esc } from '../../lib/text.js';

type Q = Db | Tx;
export type GatePassRow = typeof gatePasses.$inferSelect;

const withOrder = (q: Q) =>
  q
    .select({
      pass: gatePasses,
      workOrderNumber: workOrders.number,
      model: vehicles.model,
      customerName: customers.name,
      accountName: sql<string>`coalesce(${settlements.onAccountName}, '')`,
    })
    .from(gatePasses)
    .innerJoin(workOrders, eq(workOrders.id, gatePasses.workOrderId))
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .innerJoin(customers, eq(customers.id, workOrders.customerId))
    .leftJoin(settlements, eq(settlements.workOrderId, gatePasses.workOrderId));
export type GatePassView = Awaited<ReturnType<typeof withOrder>>[number];

export async function findPass(q: Q, id: string, lock = false) {
  const base = q.select().from(gatePasses).where(eq(gatePasses.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function passOfOrder(q: Q, workOrderId: string) {
  const [row] = await q.select().from(gatePasses).where(eq(gatePasses.workOrderId, workOrderId));
  return row;
}
export async function viewOf(q: Q, id: string) {
  const [row] = await withOrder(q).where(eq(gatePasses.id, id));
  return row;
}
/** Passes of the points, newest first; `text` matches the pass number or the plate (plate without separators too). */
export function listPasses(q: Q, f: { pointIds: string[]; text?: string; status?: string }) {
  const conds: SQL[] = [inArray(gatePasses.servicePointId, f.pointIds)];
  if (f.text) {
    const plain = f.text.replace(/[\s·.-]/g, '');
    conds.push(
      or(
        ilike(gatePasses.number, `%${esc(f.text)}%`),
        ilike(gatePasses.plate, `%${esc(f.text)}%`),
        sql`replace(${gatePasses.plate}, '·', '') ilike ${`%${esc(plain)}%`}`,
      )!,
    );
  }
  if (f.status) conds.push(eq(gatePasses.status, f.status));
  return withOrder(q)
    .where(and(...conds))
    .orderBy(desc(gatePasses.issuedAt))
    .limit(100);
}
export async function insertPass(q: Q, v: typeof gatePasses.$inferInsert) {
  const [row] = await q.insert(gatePasses).values(v).returning();
  return row;
}
/** The gate check: only an issued pass at the expected version becomes exited (else undefined: someone was first). */
export async function markExited(q: Q, id: string, version: number, v: { exitedAt: Date; gateKeeperName: string }) {
  const [row] = await q
    .update(gatePasses)
    .set({ status: 'exited', ...v, updatedAt: v.exitedAt, version: sql`${gatePasses.version} + 1` })
    .where(and(eq(gatePasses.id, id), eq(gatePasses.version, version), eq(gatePasses.status, 'issued')))
    .returning();
  return row;
}
export async function settlementStatusOf(q: Q, workOrderId: string) {
  const [row] = await q.select({ status: settlements.status }).from(settlements).where(eq(settlements.workOrderId, workOrderId));
  return row?.status;
}
export async function plateOf(q: Q, vehicleId: string) {
  const [row] = await q.select({ plate: vehicles.plate }).from(vehicles).where(eq(vehicles.id, vehicleId));
  return row?.plate ?? '';
}
