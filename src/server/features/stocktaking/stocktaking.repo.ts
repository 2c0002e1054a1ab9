import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { parts, stockCountLines, stockCounts, stockItems, warehouseLocations } from '../../db/schema.js';

type Q = Db | Tx;
export type CountRow = typeof stockCounts.$inferSelect;
export type CountLineRow = typeof stockCountLines.$inferSelect;
const OPEN = ['counting', 'pending_approval'];

export async function insertCount(q: Q, v: typeof stockCounts.$inferInsert) {
  const [row] = await q.insert(stockCounts).values(v).returning();
  return row;
}
export async function insertLines(q: Q, rows: (typeof stockCountLines.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) await q.insert(stockCountLines).values(rows.slice(i, i + 500));
}
export async function findCount(q: Q, id: string, lock = false) {
  const base = q.select().from(stockCounts).where(eq(stockCounts.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updateCount(q: Q, id: string, version: number, patch: Partial<typeof stockCounts.$inferInsert>, at: Date) {
  const [row] = await q
    .update(stockCounts)
    .set({ ...patch, updatedAt: at, version: sql`${stockCounts.version} + 1` })
    .where(and(eq(stockCounts.id, id), eq(stockCounts.version, version)))
    .returning();
  return row;
}
export async function listCounts(q: Q, f: { pointId: string; status?: string; limit: number; offset: number }) {
  const conds = [eq(stockCounts.servicePointId, f.pointId)];
  if (f.status) conds.push(eq(stockCounts.status, f.status));
  const where = and(...conds);
  const rows = await q.select().from(stockCounts).where(where).orderBy(desc(stockCounts.createdAt), desc(stockCounts.number)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(stockCounts).where(where);
  return { rows, total };
}
/** Lines of counts with part and location, by location code then part number. */
export const linesOf = (q: Q, countIds: string[]) =>
  countIds.length
    ? q
        .select({ line: stockCountLines, partNo: parts.partNo, name: parts.name, unit: parts.unit, locationCode: warehouseLocations.code })
        .from(stockCountLines)
        .innerJoin(parts, eq(parts.id, stockCountLines.partId))
        .innerJoin(warehouseLocations, eq(warehouseLocations.id, stockCountLines.locationId))
        .where(inArray(stockCountLines.countId, countIds))
        .orderBy(asc(warehouseLocations.code), asc(parts.partNo))
    : Promise.resolve([]);
export const locationsOfPoint = (q: Q, pointId: string) =>
  q.select().from(warehouseLocations).where(eq(warehouseLocations.servicePointId, pointId)).orderBy(asc(warehouseLocations.id));
/** Lock the locations (id order) so that two counts of one location cannot start at once. */
export const lockLocations = (q: Q, ids: string[]) =>
  ids.length
    ? q
        .select({ id: warehouseLocations.id })
        .from(warehouseLocations)
        .where(inArray(warehouseLocations.id, ids))
        .orderBy(asc(warehouseLocations.id))
        .for('update')
    : Promise.resolve([]);
/** Open counts (counting or waiting for approval) that cover any of the locations. */
export const openCountsAt = (q: Q, locationIds: string[]) =>
  locationIds.length
    ? q
        .selectDistinct({ locationId: stockCountLines.locationId, number: stockCounts.number })
        .from(stockCountLines)
        .innerJoin(stockCounts, eq(stockCounts.id, stockCountLines.countId))
        .where(and(inArray(stockCountLines.locationId, locationIds), inArray(stockCounts.status, OPEN)))
    : Promise.resolve([]);
/** Stock rows at the locations with the part's cost (the count sheet's book side). */
export const stockAt = (q: Q, locationIds: string[]) =>
  locationIds.length
    ? q
        .select({ item: stockItems, costPriceFen: parts.costPriceFen })
        .from(stockItems)
        .innerJoin(parts, eq(parts.id, stockItems.partId))
        .where(inArray(stockItems.locationId, locationIds))
    : Promise.resolve([]);
export async function stockRow(q: Q, partId: string, locationId: string) {
  const [row] = await q
    .select({ onHandMilli: stockItems.onHandMilli, costPriceFen: parts.costPriceFen })
    .from(stockItems)
    .innerJoin(parts, eq(parts.id, stockItems.partId))
    .where(and(eq(stockItems.partId, partId), eq(stockItems.locationId, locationId)));
  return row;
}
export async function setCounted(q: Q, id: string, v: Pick<CountLineRow, 'countedMilli' | 'bookAtEntryMilli' | 'unitCostFen' | 'countedAt' | 'countedByName'>) {
  await q.update(stockCountLines).set(v).where(eq(stockCountLines.id, id));
}
export async function setBooked(q: Q, id: string, bookedMilli: number) {
  await q.update(stockCountLines).set({ bookedMilli }).where(eq(stockCountLines.id, id));
}
export const pendingApproval = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select()
        .from(stockCounts)
        .where(and(inArray(stockCounts.servicePointId, pointIds), eq(stockCounts.status, 'pending_approval')))
        .orderBy(asc(stockCounts.updatedAt))
    : Promise.resolve([] as CountRow[]);
