import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { laborOperations, laborRates, parts, servicePackageItems, servicePackages } from '../../db/schema.js';
import { escapeLike as esc } from '../../lib/text.js';
import { searchKeyOf, searchKeyQuery } from '../../../domain/catalogs/search-key.js';

type Q = Db | Tx;
export type PackageRow = typeof servicePackages.$inferSelect;
export type PackageItemRow = typeof servicePackageItems.$inferSelect;

const keyed = <T extends { name?: string }>(v: T) => (v.name === undefined ? v : { ...v, searchKey: searchKeyOf(v.name) });

/** Packages of a point by name, code or pinyin key (保养, by, xby), optionally those usable for a model family. */
export async function listPackages(q: Q, f: { pointId: string; q?: string; modelFamily?: string; limit: number; offset: number }) {
  const conds: SQL[] = [eq(servicePackages.servicePointId, f.pointId)];
  if (f.q) {
    const key = searchKeyQuery(f.q);
    conds.push(
      or(
        ilike(servicePackages.name, `%${esc(f.q)}%`),
        ilike(servicePackages.code, `%${esc(f.q)}%`),
        key ? ilike(servicePackages.searchKey, `%${key}%`) : undefined,
      )!,
    );
  }
  if (f.modelFamily !== undefined) conds.push(or(eq(servicePackages.modelFamily, ''), eq(servicePackages.modelFamily, f.modelFamily))!);
  const where = and(...conds);
  const rows = await q.select().from(servicePackages).where(where).orderBy(asc(servicePackages.code)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(servicePackages).where(where);
  return { rows, total };
}
export async function findPackage(q: Q, id: string) {
  const [row] = await q.select().from(servicePackages).where(eq(servicePackages.id, id));
  return row;
}
export async function findPackageByCode(q: Q, pointId: string, code: string) {
  const [row] = await q
    .select()
    .from(servicePackages)
    .where(and(eq(servicePackages.servicePointId, pointId), eq(servicePackages.code, code)));
  return row;
}
export async function insertPackage(q: Q, v: typeof servicePackages.$inferInsert) {
  const [row] = await q.insert(servicePackages).values(keyed(v)).returning();
  return row;
}
export async function updatePackage(q: Q, id: string, version: number, patch: Partial<typeof servicePackages.$inferInsert>, at: Date) {
  const [row] = await q
    .update(servicePackages)
    .set({ ...keyed(patch), updatedAt: at, version: sql`${servicePackages.version} + 1` })
    .where(and(eq(servicePackages.id, id), eq(servicePackages.version, version)))
    .returning();
  return row;
}
export async function replaceItems(q: Q, packageId: string, items: Omit<typeof servicePackageItems.$inferInsert, 'packageId'>[]) {
  await q.delete(servicePackageItems).where(eq(servicePackageItems.packageId, packageId));
  if (items.length) await q.insert(servicePackageItems).values(items.map((i) => ({ ...i, packageId })));
}
export const itemsOf = (q: Q, packageIds: string[]) =>
  packageIds.length
    ? q.select().from(servicePackageItems).where(inArray(servicePackageItems.packageId, packageIds)).orderBy(asc(servicePackageItems.sortOrder))
    : Promise.resolve([] as PackageItemRow[]);

/** The catalog rows the items name, and the point's sale rates (mid grade), to price a package's items at list price. */
export async function catalogOf(q: Q, pointId: string, laborIds: string[], partIds: string[]) {
  const [labor, partRows, rates] = await Promise.all([
    laborIds.length ? q.select().from(laborOperations).where(inArray(laborOperations.id, laborIds)) : [],
    partIds.length ? q.select().from(parts).where(inArray(parts.id, partIds)) : [],
    q
      .select()
      .from(laborRates)
      .where(and(eq(laborRates.servicePointId, pointId), eq(laborRates.skillGrade, 'mid'))),
  ]);
  return { labor: new Map(labor.map((l) => [l.id, l])), parts: new Map(partRows.map((p) => [p.id, p])), rates };
}
export async function findLaborForCard(q: Q, id: string) {
  const [row] = await q.select().from(laborOperations).where(eq(laborOperations.id, id));
  return row;
}
/** Codes and ids of the point's labor operations and parts (demo packages). */
export async function catalogCodes(q: Q, pointId: string) {
  const [labor, partRows] = await Promise.all([
    q.select({ id: laborOperations.id, code: laborOperations.code }).from(laborOperations).where(eq(laborOperations.servicePointId, pointId)),
    q.select({ id: parts.id, partNo: parts.partNo }).from(parts).where(eq(parts.servicePointId, pointId)),
  ]);
  return { labor, parts: partRows };
}
