import { and, asc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { parts, stockItems, stockMovements, vehicles, warehouseLocations, workOrderLines, workOrderParts, workOrders } from '../../db/schema.js';
import { escapeLike as esc } from '../../lib/text.js';

type Q = Db | Tx;
export type LocationRow = typeof warehouseLocations.$inferSelect;
export type StockRow = typeof stockItems.$inferSelect;
export type PartRow = typeof parts.$inferSelect;
export type WopRow = typeof workOrderParts.$inferSelect;

// ---- locations ----
export const listLocations = (q: Q, pointId: string) =>
  q.select().from(warehouseLocations).where(eq(warehouseLocations.servicePointId, pointId)).orderBy(asc(warehouseLocations.code));
export async function findLocation(q: Q, id: string) {
  const [row] = await q.select().from(warehouseLocations).where(eq(warehouseLocations.id, id));
  return row;
}
export async function findLocationByCode(q: Q, pointId: string, code: string) {
  const [row] = await q
    .select()
    .from(warehouseLocations)
    .where(and(eq(warehouseLocations.servicePointId, pointId), eq(warehouseLocations.code, code)));
  return row;
}
export async function insertLocation(q: Q, v: typeof warehouseLocations.$inferInsert) {
  const [row] = await q.insert(warehouseLocations).values(v).returning();
  return row;
}
export async function updateLocation(q: Q, id: string, version: number, patch: { code?: string; name?: string }, at: Date) {
  const [row] = await q
    .update(warehouseLocations)
    .set({ ...patch, updatedAt: at, version: sql`${warehouseLocations.version} + 1` })
    .where(and(eq(warehouseLocations.id, id), eq(warehouseLocations.version, version)))
    .returning();
  return row;
}
/** Whether a location holds stock or appears in the stock ledger (then it is kept for the history). */
export async function isLocationUsed(q: Q, id: string) {
  const [s] = await q.select({ id: stockItems.id }).from(stockItems).where(eq(stockItems.locationId, id)).limit(1);
  const [m] = s ? [s] : await q.select({ id: stockMovements.id }).from(stockMovements).where(eq(stockMovements.locationId, id)).limit(1);
  return !!m;
}
export const deleteLocation = (q: Q, id: string) => q.delete(warehouseLocations).where(eq(warehouseLocations.id, id));

// ---- parts and stock rows ----
/**
 * The part, optionally locked to serialize cost changes. NO KEY UPDATE, not UPDATE: a transaction that updates a
 * stock row it already changed re-checks the row's foreign key with KEY SHARE on the part, which FOR UPDATE would block (deadlock).
 */
export async function findPart(q: Q, id: string, lock = false) {
  const base = q.select().from(parts).where(eq(parts.id, id));
  const [row] = lock ? await base.for('no key update') : await base;
  return row;
}
export const partsByIds = (q: Q, ids: string[]) => (ids.length ? q.select().from(parts).where(inArray(parts.id, ids)) : Promise.resolve([] as PartRow[]));
export async function setPartCost(q: Q, id: string, costPriceFen: number, at: Date) {
  await q
    .update(parts)
    .set({ costPriceFen, updatedAt: at, version: sql`${parts.version} + 1` })
    .where(eq(parts.id, id));
}
/** Create the (part, location) stock row if missing; it is locked with the others by lockStock. */
export async function ensureStockItem(q: Q, v: { servicePointId: string; partId: string; locationId: string }) {
  await q
    .insert(stockItems)
    .values(v)
    .onConflictDoNothing({ target: [stockItems.partId, stockItems.locationId] });
}
/**
 * Every stock row of the parts, locked FOR UPDATE in id order (one stable order for every writer: no deadlocks).
 * The parts rows are locked first: stock rows are only created under that lock, so once it is held the set of rows
 * read here is complete (a row committed while we waited would otherwise be missing from this statement's snapshot).
 */
export async function lockStock(q: Q, partIds: string[]): Promise<StockRow[]> {
  if (!partIds.length) return [];
  await q.select({ id: parts.id }).from(parts).where(inArray(parts.id, partIds)).orderBy(asc(parts.id)).for('no key update');
  return q.select().from(stockItems).where(inArray(stockItems.partId, partIds)).orderBy(asc(stockItems.id)).for('update');
}
export const stockOfParts = (q: Q, partIds: string[]) =>
  partIds.length
    ? q
        .select({ item: stockItems, code: warehouseLocations.code })
        .from(stockItems)
        .innerJoin(warehouseLocations, eq(warehouseLocations.id, stockItems.locationId))
        .where(inArray(stockItems.partId, partIds))
        .orderBy(asc(warehouseLocations.code))
    : Promise.resolve([]);
/** Change a locked stock row by deltas (relative: the CHECK constraints still guard the result). */
export async function changeStock(q: Q, id: string, onHandDelta: number, reservedDelta: number, at: Date) {
  await q
    .update(stockItems)
    .set({
      onHandMilli: sql`${stockItems.onHandMilli} + ${onHandDelta}`,
      reservedMilli: sql`${stockItems.reservedMilli} + ${reservedDelta}`,
      updatedAt: at,
      version: sql`${stockItems.version} + 1`,
    })
    .where(eq(stockItems.id, id));
}
export async function insertMovement(q: Q, v: typeof stockMovements.$inferInsert) {
  await q.insert(stockMovements).values(v);
}
export async function listStockParts(q: Q, f: { pointId: string; q?: string; limit: number; offset: number }) {
  const conds: SQL[] = [eq(parts.servicePointId, f.pointId)];
  if (f.q) conds.push(or(ilike(parts.partNo, `%${esc(f.q)}%`), ilike(parts.name, `%${esc(f.q)}%`))!);
  const where = and(...conds);
  const rows = await q.select().from(parts).where(where).orderBy(asc(parts.partNo)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(parts).where(where);
  return { rows, total };
}

// ---- work-order parts lines ----
export const orderLines = (q: Q, workOrderId: string) =>
  q
    .select()
    .from(workOrderLines)
    .where(and(eq(workOrderLines.workOrderId, workOrderId), eq(workOrderLines.kind, 'parts')))
    .orderBy(asc(workOrderLines.sortOrder));
export async function wopOfOrder(q: Q, workOrderId: string, lock = false) {
  const base = q.select().from(workOrderParts).where(eq(workOrderParts.workOrderId, workOrderId)).orderBy(asc(workOrderParts.workOrderLineId));
  return lock ? base.for('update') : base;
}
export async function insertWop(q: Q, rows: (typeof workOrderParts.$inferInsert)[]) {
  if (rows.length) await q.insert(workOrderParts).values(rows).onConflictDoNothing();
}
export async function updateWop(
  q: Q,
  lineId: string,
  patch: Partial<Pick<WopRow, 'reservedMilli' | 'issuedMilli' | 'returnedMilli' | 'isFilledAtPick' | 'status' | 'releaseReason'>>,
) {
  await q
    .update(workOrderParts)
    .set({ ...patch, version: sql`${workOrderParts.version} + 1` })
    .where(eq(workOrderParts.workOrderLineId, lineId));
}
/** Short lines (backorders) of a part, oldest confirmed first, locked for the caller that fills them. */
export const shortLinesOfPart = (q: Q, partId: string) =>
  q
    .select({ wop: workOrderParts, number: workOrders.number })
    .from(workOrderParts)
    .innerJoin(workOrders, eq(workOrders.id, workOrderParts.workOrderId))
    .innerJoin(workOrderLines, eq(workOrderLines.id, workOrderParts.workOrderLineId))
    .where(and(eq(workOrderParts.partId, partId), eq(workOrderParts.status, 'short')))
    .orderBy(asc(workOrders.confirmedAt), asc(workOrders.number), asc(workOrderLines.sortOrder))
    .for('update', { of: workOrderParts });
/** Backordered quantity per part (short lines). */
export async function backorderedByPart(q: Q, partIds: string[]) {
  if (!partIds.length) return new Map<string, number>();
  const rows = await q
    .select({
      partId: workOrderParts.partId,
      short: sql<number>`sum(${workOrderParts.requestedMilli} - ${workOrderParts.issuedMilli} - ${workOrderParts.reservedMilli})::int`,
    })
    .from(workOrderParts)
    .where(and(inArray(workOrderParts.partId, partIds), eq(workOrderParts.status, 'short')))
    .groupBy(workOrderParts.partId);
  return new Map(rows.map((r) => [r.partId, r.short]));
}
/** Short lines across the work orders of the points, oldest first. */
export const listBackorders = (q: Q, pointIds: string[]) =>
  q
    .select({
      wop: workOrderParts,
      number: workOrders.number,
      status: workOrders.status,
      confirmedAt: workOrders.confirmedAt,
      plate: vehicles.plate,
      partNo: parts.partNo,
      name: parts.name,
    })
    .from(workOrderParts)
    .innerJoin(workOrders, eq(workOrders.id, workOrderParts.workOrderId))
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .innerJoin(parts, eq(parts.id, workOrderParts.partId))
    .innerJoin(workOrderLines, eq(workOrderLines.id, workOrderParts.workOrderLineId))
    .where(and(inArray(workOrderParts.servicePointId, pointIds), eq(workOrderParts.status, 'short')))
    .orderBy(asc(workOrders.confirmedAt), asc(workOrders.number), asc(workOrderLines.sortOrder));
/** Parts lines of an order with their stock row count, for the picking list. */
export const pickingRows = (q: Q, workOrderId: string) =>
  q
    .select({ wop: workOrderParts, partNo: parts.partNo, name: parts.name, unit: parts.unit })
    .from(workOrderParts)
    .innerJoin(parts, eq(parts.id, workOrderParts.partId))
    .innerJoin(workOrderLines, eq(workOrderLines.id, workOrderParts.workOrderLineId))
    .where(eq(workOrderParts.workOrderId, workOrderId))
    .orderBy(asc(workOrderLines.sortOrder));
export const plateOf = async (q: Q, vehicleId: string) =>
  (await q.select({ plate: vehicles.plate }).from(vehicles).where(eq(vehicles.id, vehicleId)))[0]?.plate ?? '';

// ---- KPIs (from the stock ledger) ----
/** Stock value at an instant: the sum of every movement before it at its cost (the perpetual ledger). */
export async function ledgerValueBefore(q: Q, pointId: string, at: Date) {
  const [r] = await q
    .select({ v: sql<number>`coalesce(round(sum(${stockMovements.qtyMilli}::bigint * ${stockMovements.unitCostFen}) / 1000.0), 0)::float8` })
    .from(stockMovements)
    .where(and(eq(stockMovements.servicePointId, pointId), lt(stockMovements.at, at)));
  return Number(r.v);
}
/** Cost of parts issued in [from, to), net of unused parts returned. */
export async function issueCost(q: Q, pointId: string, from: Date, to: Date) {
  const [r] = await q
    .select({ v: sql<number>`coalesce(round(-sum(${stockMovements.qtyMilli}::bigint * ${stockMovements.unitCostFen}) / 1000.0), 0)::float8` })
    .from(stockMovements)
    .where(
      and(
        eq(stockMovements.servicePointId, pointId),
        inArray(stockMovements.kind, ['issue', 'return']),
        gte(stockMovements.at, from),
        lt(stockMovements.at, to),
      ),
    );
  return Number(r.v);
}
/** Lines whose first pick fell in [from, to), with whether they were filled from stock. */
export async function firstPicks(q: Q, pointId: string, from: Date, to: Date) {
  const first = q
    .select({ lineId: stockMovements.workOrderLineId, at: sql<Date>`min(${stockMovements.at})`.as('first_at') })
    .from(stockMovements)
    .where(and(eq(stockMovements.servicePointId, pointId), eq(stockMovements.kind, 'issue')))
    .groupBy(stockMovements.workOrderLineId)
    .as('first');
  return q
    .select({ isFilledAtPick: workOrderParts.isFilledAtPick })
    .from(first)
    .innerJoin(workOrderParts, eq(workOrderParts.workOrderLineId, first.lineId))
    .where(and(gte(first.at, from), lt(first.at, to)));
}
