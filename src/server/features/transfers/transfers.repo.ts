import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { parts, stockItems, stockSharingSettings, stockTransferLines, stockTransfers } from '../../db/schema.js';

type Q = Db | Tx;
export type TransferRow = typeof stockTransfers.$inferSelect;
export type TransferLineRow = typeof stockTransferLines.$inferSelect;

export async function insertTransfer(q: Q, v: typeof stockTransfers.$inferInsert) {
  const [row] = await q.insert(stockTransfers).values(v).returning();
  return row;
}
export async function insertLines(q: Q, rows: (typeof stockTransferLines.$inferInsert)[]) {
  if (rows.length) await q.insert(stockTransferLines).values(rows);
}
export async function findTransfer(q: Q, id: string, lock = false) {
  const base = q.select().from(stockTransfers).where(eq(stockTransfers.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
/** Optimistic update: undefined when the version moved on. */
export async function updateTransfer(q: Q, id: string, version: number, patch: Partial<typeof stockTransfers.$inferInsert>, at: Date) {
  const [row] = await q
    .update(stockTransfers)
    .set({ ...patch, updatedAt: at, version: sql`${stockTransfers.version} + 1` })
    .where(and(eq(stockTransfers.id, id), eq(stockTransfers.version, version)))
    .returning();
  return row;
}
/** Lines with the supplier's part number, name and unit, in order. */
export const linesOf = (q: Q, transferIds: string[]) =>
  transferIds.length
    ? q
        .select({ line: stockTransferLines, partNo: parts.partNo, name: parts.name, unit: parts.unit })
        .from(stockTransferLines)
        .innerJoin(parts, eq(parts.id, stockTransferLines.fromPartId))
        .where(inArray(stockTransferLines.transferId, transferIds))
        .orderBy(asc(stockTransferLines.sortOrder))
    : Promise.resolve([]);
export async function setShipped(q: Q, lineId: string, shippedMilli: number, unitCostFen: number) {
  await q.update(stockTransferLines).set({ shippedMilli, unitCostFen }).where(eq(stockTransferLines.id, lineId));
}
export async function addReceived(q: Q, lineId: string, qtyMilli: number) {
  await q
    .update(stockTransferLines)
    .set({ receivedMilli: sql`${stockTransferLines.receivedMilli} + ${qtyMilli}` })
    .where(eq(stockTransferLines.id, lineId));
}
/** Transfers from or to any of the points, newest first. */
export async function listTransfers(q: Q, f: { pointIds: string[]; status?: string; limit: number; offset: number }) {
  const conds = [or(inArray(stockTransfers.fromPointId, f.pointIds), inArray(stockTransfers.toPointId, f.pointIds))!];
  if (f.status) conds.push(eq(stockTransfers.status, f.status));
  const where = and(...conds);
  const rows = await q
    .select()
    .from(stockTransfers)
    .where(where)
    .orderBy(desc(stockTransfers.createdAt), desc(stockTransfers.number))
    .limit(f.limit)
    .offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(stockTransfers).where(where);
  return { rows, total };
}
/** Transfers waiting in 待我审批 whose supplier is one of the points. */
export const pendingApproval = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select()
        .from(stockTransfers)
        .where(and(inArray(stockTransfers.fromPointId, pointIds), eq(stockTransfers.status, 'pending_approval')))
        .orderBy(asc(stockTransfers.updatedAt))
    : Promise.resolve([] as TransferRow[]);
/** Parts of a point by number. */
export const partsByNos = (q: Q, pointId: string, partNos: string[]) =>
  partNos.length
    ? q
        .select()
        .from(parts)
        .where(and(eq(parts.servicePointId, pointId), inArray(parts.partNo, partNos)))
    : Promise.resolve([] as (typeof parts.$inferSelect)[]);
/** On hand and free stock of one part number at each of the points (points without the part are absent). */
export const stockByPoint = (q: Q, pointIds: string[], partNo: string) =>
  pointIds.length
    ? q
        .select({
          pointId: parts.servicePointId,
          onHand: sql<number>`coalesce(sum(${stockItems.onHandMilli}), 0)::int`,
          free: sql<number>`coalesce(sum(${stockItems.onHandMilli} - ${stockItems.reservedMilli}), 0)::int`,
        })
        .from(parts)
        .leftJoin(stockItems, eq(stockItems.partId, parts.id))
        .where(and(inArray(parts.servicePointId, pointIds), eq(parts.partNo, partNo)))
        .groupBy(parts.servicePointId)
    : Promise.resolve([]);
export const sharingSettings = (q: Q) => q.select().from(stockSharingSettings);
export async function findSharing(q: Q, pointId: string) {
  const [row] = await q.select().from(stockSharingSettings).where(eq(stockSharingSettings.servicePointId, pointId));
  return row;
}
/** Insert (version 0 = none yet) or update at the expected version; undefined when stale. */
export async function upsertSharing(q: Q, pointId: string, mode: string, version: number, at: Date) {
  if (version === 0) {
    const [row] = await q.insert(stockSharingSettings).values({ servicePointId: pointId, mode }).onConflictDoNothing().returning();
    return row;
  }
  const [row] = await q
    .update(stockSharingSettings)
    .set({ mode, updatedAt: at, version: sql`${stockSharingSettings.version} + 1` })
    .where(and(eq(stockSharingSettings.servicePointId, pointId), eq(stockSharingSettings.version, version)))
    .returning();
  return row;
}
