import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { laborOperations, laborRates, parts, servicePackageItems, servicePackages } from '../../db/schema.js';
import { escapeLike as esc } from '../../lib/text.js';
import { searchKeyOf, searchKeyQuery } from '../../../domain/catalogs/search-key.js';

type Q = Db | Tx;
export type LaborRow = typeof laborOperations.$inferSelect;
export type PartRow = typeof parts.$inferSelect;

/** The row with its pinyin search key when the name is written. */
const keyed = <T extends { name?: string }>(v: T) => (v.name === undefined ? v : { ...v, searchKey: searchKeyOf(v.name) });

/** Text search: code, name, pinyin key, or the name / key of a service package the item belongs to ("保养"). */
function textMatch(
  t: typeof laborOperations | typeof parts,
  codeCol: typeof laborOperations.code | typeof parts.partNo,
  text: string,
  item: 'labor' | 'parts',
) {
  const like = `%${esc(text)}%`;
  const key = searchKeyQuery(text);
  const conds: SQL[] = [ilike(codeCol, like), ilike(t.name, like)];
  const pkg = or(ilike(servicePackages.name, like), key ? ilike(servicePackages.searchKey, `%${key}%`) : undefined)!;
  if (key) conds.push(ilike(t.searchKey, `%${key}%`));
  const col = item === 'labor' ? servicePackageItems.laborOperationId : servicePackageItems.partId;
  conds.push(
    sql`${t.id} in (select ${col} from ${servicePackageItems} join ${servicePackages} on ${servicePackages.id} = ${servicePackageItems.packageId} where ${servicePackages.servicePointId} = ${t.servicePointId} and ${pkg})`,
  );
  return or(...conds)!;
}

/** Rows written before search keys existed get theirs (a few hundred at a time). */
export async function fillMissingSearchKeys(q: Q, pointId: string) {
  let filled = 0;
  for (const t of [laborOperations, parts] as const) {
    const rows = await q
      .select({ id: t.id, name: t.name })
      .from(t)
      .where(and(eq(t.servicePointId, pointId), eq(t.searchKey, '')))
      .limit(500);
    for (const r of rows)
      await q
        .update(t)
        .set({ searchKey: searchKeyOf(r.name) })
        .where(eq(t.id, r.id));
    filled += rows.length;
  }
  return filled;
}

export async function listLabor(q: Q, f: { pointId: string; q?: string; trade?: string; limit: number; offset: number }) {
  const conds: SQL[] = [eq(laborOperations.servicePointId, f.pointId)];
  if (f.trade) conds.push(eq(laborOperations.trade, f.trade));
  if (f.q) conds.push(textMatch(laborOperations, laborOperations.code, f.q, 'labor'));
  const where = and(...conds);
  const rows = await q.select().from(laborOperations).where(where).orderBy(asc(laborOperations.code)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(laborOperations).where(where);
  return { rows, total };
}
export async function findLabor(q: Q, id: string) {
  const [row] = await q.select().from(laborOperations).where(eq(laborOperations.id, id));
  return row;
}
export async function findLaborByCode(q: Q, pointId: string, code: string) {
  const [row] = await q
    .select()
    .from(laborOperations)
    .where(and(eq(laborOperations.servicePointId, pointId), eq(laborOperations.code, code)));
  return row;
}
export async function insertLabor(q: Q, v: typeof laborOperations.$inferInsert) {
  const [row] = await q.insert(laborOperations).values(keyed(v)).returning();
  return row;
}
export async function updateLabor(q: Q, id: string, version: number, patch: Partial<typeof laborOperations.$inferInsert>, at: Date) {
  const [row] = await q
    .update(laborOperations)
    .set({ ...keyed(patch), updatedAt: at, version: sql`${laborOperations.version} + 1` })
    .where(and(eq(laborOperations.id, id), eq(laborOperations.version, version)))
    .returning();
  return row;
}

export const listRates = (q: Q, pointId: string) => q.select().from(laborRates).where(eq(laborRates.servicePointId, pointId));
export async function putRate(q: Q, v: { servicePointId: string; trade: string; skillGrade: string; rateFen: number }, version: number) {
  if (version === 0) {
    const rows = await q.insert(laborRates).values(v).onConflictDoNothing().returning();
    return rows[0];
  }
  const [row] = await q
    .update(laborRates)
    .set({ rateFen: v.rateFen, version: sql`${laborRates.version} + 1` })
    .where(
      and(
        eq(laborRates.servicePointId, v.servicePointId),
        eq(laborRates.trade, v.trade),
        eq(laborRates.skillGrade, v.skillGrade),
        eq(laborRates.version, version),
      ),
    )
    .returning();
  return row;
}

export async function listParts(q: Q, f: { pointId: string; q?: string; limit: number; offset: number }) {
  const conds: SQL[] = [eq(parts.servicePointId, f.pointId)];
  if (f.q) conds.push(textMatch(parts, parts.partNo, f.q, 'parts'));
  const where = and(...conds);
  const rows = await q.select().from(parts).where(where).orderBy(asc(parts.partNo)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(parts).where(where);
  return { rows, total };
}
export async function findPart(q: Q, id: string) {
  const [row] = await q.select().from(parts).where(eq(parts.id, id));
  return row;
}
export async function findPartByNo(q: Q, pointId: string, partNo: string) {
  const [row] = await q
    .select()
    .from(parts)
    .where(and(eq(parts.servicePointId, pointId), eq(parts.partNo, partNo)));
  return row;
}
export async function insertPart(q: Q, v: typeof parts.$inferInsert) {
  const [row] = await q.insert(parts).values(keyed(v)).returning();
  return row;
}
export async function updatePart(q: Q, id: string, version: number, patch: Partial<typeof parts.$inferInsert>, at: Date) {
  const [row] = await q
    .update(parts)
    .set({ ...keyed(patch), updatedAt: at, version: sql`${parts.version} + 1` })
    .where(and(eq(parts.id, id), eq(parts.version, version)))
    .returning();
  return row;
}

/** Many catalog rows at once (a station's starting catalogs). */
export async function insertLaborOperations(q: Q, rows: (typeof laborOperations.$inferInsert)[]) {
  if (rows.length) await q.insert(laborOperations).values(rows.map(keyed));
}
export async function insertLaborRates(q: Q, rows: (typeof laborRates.$inferInsert)[]) {
  if (rows.length) await q.insert(laborRates).values(rows);
}
export async function insertParts(q: Q, rows: (typeof parts.$inferInsert)[]) {
  if (rows.length) await q.insert(parts).values(rows.map(keyed));
}
