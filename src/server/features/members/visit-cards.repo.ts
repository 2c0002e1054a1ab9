import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, laborOperations, settlements, visitCardUses, visitCards, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
export type VisitCardView = Awaited<ReturnType<typeof listVisitCards>>[number];

const view = (q: Q) =>
  q
    .select({ card: visitCards, customerName: customers.name, laborName: laborOperations.name })
    .from(visitCards)
    .innerJoin(customers, eq(customers.id, visitCards.customerId))
    .innerJoin(laborOperations, eq(laborOperations.id, visitCards.laborOperationId));

export const listVisitCards = (q: Q, f: { pointId: string; customerId?: string }) =>
  view(q)
    .where(and(eq(visitCards.servicePointId, f.pointId), f.customerId ? eq(visitCards.customerId, f.customerId) : undefined))
    .orderBy(desc(visitCards.createdAt))
    .limit(500);
export async function findVisitCard(q: Q, id: string) {
  const [row] = await view(q).where(eq(visitCards.id, id));
  return row;
}
export async function insertVisitCard(q: Q, v: typeof visitCards.$inferInsert) {
  const [row] = await q.insert(visitCards).values(v).returning();
  return row;
}
/** Take one use if any is left (a conditional update: parallel uses never go below 0). */
export async function takeUse(q: Q, id: string, at: Date) {
  const [row] = await q
    .update(visitCards)
    .set({ remainingCount: sql`${visitCards.remainingCount} - 1`, updatedAt: at, version: sql`${visitCards.version} + 1` })
    .where(and(eq(visitCards.id, id), gt(visitCards.remainingCount, 0)))
    .returning();
  return row;
}
/** Uses are only ever inserted (append-only). */
export async function insertUse(q: Q, v: typeof visitCardUses.$inferInsert) {
  const [row] = await q.insert(visitCardUses).values(v).returning();
  return row;
}
export const usesOf = (q: Q, id: string) =>
  q
    .select({ use: visitCardUses, workOrderNumber: workOrders.number })
    .from(visitCardUses)
    .innerJoin(workOrders, eq(workOrders.id, visitCardUses.workOrderId))
    .where(eq(visitCardUses.visitCardId, id))
    .orderBy(asc(visitCardUses.createdAt), desc(visitCardUses.remainingAfter));
/** Whether the order's settlement is open (its amounts are fixed until it is rejected). */
export async function hasOpenSettlement(q: Q, workOrderId: string) {
  const [row] = await q.select({ status: settlements.status }).from(settlements).where(eq(settlements.workOrderId, workOrderId));
  return !!row && row.status !== 'rejected';
}
