import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, settlements, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
export type SettlementRow = typeof settlements.$inferSelect;

export async function findSettlementOf(q: Q, workOrderId: string) {
  const [row] = await q.select().from(settlements).where(eq(settlements.workOrderId, workOrderId));
  return row;
}
export async function lockSettlement(q: Q, id: string) {
  const [row] = await q.select().from(settlements).where(eq(settlements.id, id)).for('update');
  return row;
}
export async function insertSettlement(q: Q, v: typeof settlements.$inferInsert) {
  const [row] = await q.insert(settlements).values(v).returning();
  return row;
}
/** Update when the version still matches; undefined when someone else changed it first. */
export async function updateSettlement(q: Q, id: string, version: number | null, patch: Partial<typeof settlements.$inferInsert>, at: Date) {
  const [row] = await q
    .update(settlements)
    .set({ ...patch, updatedAt: at, version: sql`${settlements.version} + 1` })
    .where(version === null ? eq(settlements.id, id) : and(eq(settlements.id, id), eq(settlements.version, version)))
    .returning();
  return row;
}
/** Person or company: only a company (fleet) customer may be put on account. */
export async function customerKindOf(q: Q, customerId: string) {
  const [row] = await q.select({ kind: customers.kind }).from(customers).where(eq(customers.id, customerId));
  return row?.kind ?? 'person';
}
/** Discount requests waiting for approval at these points, with the work order's number, oldest first. */
export const pendingDiscounts = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select({ s: settlements, orderNumber: workOrders.number })
        .from(settlements)
        .innerJoin(workOrders, eq(workOrders.id, settlements.workOrderId))
        .where(and(inArray(settlements.servicePointId, pointIds), eq(settlements.status, 'pending_approval')))
        .orderBy(settlements.updatedAt)
    : Promise.resolve([]);
export async function findByReceiptToken(q: Q, token: string) {
  const [row] = await q.select().from(settlements).where(eq(settlements.receiptToken, token));
  return row;
}
