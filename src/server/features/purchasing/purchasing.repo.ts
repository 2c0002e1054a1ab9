import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { partPlanning, parts, purchaseOrderLines, purchaseOrders, purchaseReceipts, purchasingSettings, vendors } from '../../db/schema.js';

import { escapeLike } from '../../lib/text.js';

type Q = Db | Tx;
export type VendorRow = typeof vendors.$inferSelect;
export type PoRow = typeof purchaseOrders.$inferSelect;
export type PoLineRow = typeof purchaseOrderLines.$inferSelect;

// ---- vendors ----
export const listVendors = (q: Q, pointId: string) => q.select().from(vendors).where(eq(vendors.servicePointId, pointId)).orderBy(asc(vendors.code));
export async function findVendor(q: Q, id: string) {
  const [row] = await q.select().from(vendors).where(eq(vendors.id, id));
  return row;
}
export async function findVendorByCode(q: Q, pointId: string, code: string) {
  const [row] = await q
    .select()
    .from(vendors)
    .where(and(eq(vendors.servicePointId, pointId), eq(vendors.code, code)));
  return row;
}
export async function updateVendor(q: Q, id: string, version: number, patch: Partial<typeof vendors.$inferInsert>, at: Date) {
  const [row] = await q
    .update(vendors)
    .set({ ...patch, updatedAt: at, version: sql`${vendors.version} + 1` })
    .where(and(eq(vendors.id, id), eq(vendors.version, version)))
    .returning();
  return row;
}
/** Parts of a point by part number or name (the planner's table), optionally of one vendor; at most `limit`. */
export async function searchPartIds(q: Q, f: { pointId: string; text?: string; vendorId?: string; limit: number }) {
  const like = f.text ? `%${escapeLike(f.text)}%` : undefined;
  const rows = await q
    .select({ id: parts.id })
    .from(parts)
    .leftJoin(partPlanning, eq(partPlanning.partId, parts.id))
    .where(
      and(
        eq(parts.servicePointId, f.pointId),
        eq(parts.isActive, true),
        like ? sql`(${parts.partNo} ilike ${like} or ${parts.name} ilike ${like})` : undefined,
        f.vendorId ? eq(partPlanning.vendorId, f.vendorId) : undefined,
      ),
    )
    .orderBy(asc(parts.partNo))
    .limit(f.limit);
  return rows.map((r) => r.id);
}
export async function insertVendor(q: Q, v: typeof vendors.$inferInsert) {
  const [row] = await q.insert(vendors).values(v).returning();
  return row;
}

// ---- settings and planning ----
export async function settingsOf(q: Q, pointId: string) {
  const [row] = await q.select().from(purchasingSettings).where(eq(purchasingSettings.servicePointId, pointId));
  return {
    historyDays: row?.historyDays ?? 180,
    safetyFactor: Number(row?.safetyFactor ?? 1.65),
    reviewDays: row?.reviewDays ?? 14,
    defaultLeadTimeDays: row?.defaultLeadTimeDays ?? 7,
  };
}
export async function findPlanning(q: Q, partId: string) {
  const [row] = await q.select().from(partPlanning).where(eq(partPlanning.partId, partId));
  return row;
}
export async function upsertPlanning(q: Q, v: typeof partPlanning.$inferInsert, at: Date) {
  const { partId, servicePointId, ...patch } = v;
  const [row] = await q
    .insert(partPlanning)
    .values(v)
    .onConflictDoUpdate({ target: partPlanning.partId, set: { ...patch, updatedAt: at, version: sql`${partPlanning.version} + 1` } })
    .returning();
  return row;
}

// ---- purchase orders ----
export async function insertPo(q: Q, v: typeof purchaseOrders.$inferInsert) {
  const [row] = await q.insert(purchaseOrders).values(v).returning();
  return row;
}
export async function insertPoLines(q: Q, rows: (typeof purchaseOrderLines.$inferInsert)[]) {
  if (rows.length) await q.insert(purchaseOrderLines).values(rows);
}
export async function findPo(q: Q, id: string, lock = false) {
  const base = q.select().from(purchaseOrders).where(eq(purchaseOrders.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updatePo(q: Q, id: string, version: number, patch: Partial<typeof purchaseOrders.$inferInsert>, at: Date) {
  const [row] = await q
    .update(purchaseOrders)
    .set({ ...patch, updatedAt: at, version: sql`${purchaseOrders.version} + 1` })
    .where(and(eq(purchaseOrders.id, id), eq(purchaseOrders.version, version)))
    .returning();
  return row;
}
export const linesOf = (q: Q, poIds: string[]) =>
  poIds.length
    ? q
        .select({ line: purchaseOrderLines, partNo: parts.partNo, name: parts.name, unit: parts.unit })
        .from(purchaseOrderLines)
        .innerJoin(parts, eq(parts.id, purchaseOrderLines.partId))
        .where(inArray(purchaseOrderLines.purchaseOrderId, poIds))
        .orderBy(asc(purchaseOrderLines.sortOrder))
    : Promise.resolve([]);
export async function addReceived(q: Q, lineId: string, qtyMilli: number) {
  await q
    .update(purchaseOrderLines)
    .set({ receivedMilli: sql`${purchaseOrderLines.receivedMilli} + ${qtyMilli}` })
    .where(eq(purchaseOrderLines.id, lineId));
}
export async function insertReceipt(q: Q, v: typeof purchaseReceipts.$inferInsert) {
  await q.insert(purchaseReceipts).values(v);
}
export async function listPos(q: Q, f: { pointId: string; status?: string; limit: number; offset: number }) {
  const conds: SQL[] = [eq(purchaseOrders.servicePointId, f.pointId)];
  if (f.status) conds.push(eq(purchaseOrders.status, f.status));
  const where = and(...conds);
  const rows = await q
    .select()
    .from(purchaseOrders)
    .where(where)
    .orderBy(desc(purchaseOrders.createdAt), desc(purchaseOrders.number))
    .limit(f.limit)
    .offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(purchaseOrders).where(where);
  return { rows, total };
}
export const pendingApproval = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select({ po: purchaseOrders, vendorName: vendors.name })
        .from(purchaseOrders)
        .innerJoin(vendors, eq(vendors.id, purchaseOrders.vendorId))
        .where(and(inArray(purchaseOrders.servicePointId, pointIds), eq(purchaseOrders.status, 'pending_approval')))
    : Promise.resolve([]);
/** Per order of the point: vendor, when it was sent and its first receipt (purchase lead times). */
export const orderLeadTimes = (q: Q, pointId: string) =>
  q
    .select({
      vendorId: purchaseOrders.vendorId,
      sentAt: purchaseOrders.sentAt,
      firstReceiptAt: sql<Date | null>`(select min(r.at) from purchase_receipts r where r.purchase_order_id = "purchase_orders"."id")`.mapWith(
        (v: string | Date | null) => (v === null ? null : new Date(v)),
      ),
    })
    .from(purchaseOrders)
    .where(eq(purchaseOrders.servicePointId, pointId));
