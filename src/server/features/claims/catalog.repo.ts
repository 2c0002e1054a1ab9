/** The manufacturer's claim settings and catalog (fault codes, labor codes, parts, component suppliers): queries only. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { claimFaultCodes, claimLaborCodes, claimParts, claimSettings, componentSuppliers } from '../../db/schema.js';

type Q = Db | Tx;
export type SettingsRow = typeof claimSettings.$inferSelect;

/** Settings rows of the points on a path. */
export const settingsOfPoints = (q: Q, pointIds: string[]) =>
  pointIds.length ? q.select().from(claimSettings).where(inArray(claimSettings.servicePointId, pointIds)) : Promise.resolve([] as SettingsRow[]);

export async function upsertSettings(q: Q, pointId: string, version: number, v: Omit<typeof claimSettings.$inferInsert, 'servicePointId'>, at: Date) {
  if (version === 0) {
    const [row] = await q
      .insert(claimSettings)
      .values({ ...v, servicePointId: pointId })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await q
    .update(claimSettings)
    .set({ ...v, updatedAt: at, version: sql`${claimSettings.version} + 1` })
    .where(and(eq(claimSettings.servicePointId, pointId), eq(claimSettings.version, version)))
    .returning();
  return row;
}

export const faultCodesOf = (q: Q, pointId: string) =>
  q.select().from(claimFaultCodes).where(eq(claimFaultCodes.servicePointId, pointId)).orderBy(claimFaultCodes.code);
export const laborCodesOf = (q: Q, pointId: string) =>
  q.select().from(claimLaborCodes).where(eq(claimLaborCodes.servicePointId, pointId)).orderBy(claimLaborCodes.code);
export const partsOf = (q: Q, pointId: string) => q.select().from(claimParts).where(eq(claimParts.servicePointId, pointId)).orderBy(claimParts.partNo);
export const suppliersOf = (q: Q, pointId: string) =>
  q.select().from(componentSuppliers).where(eq(componentSuppliers.servicePointId, pointId)).orderBy(componentSuppliers.code);

export const laborCodesByCode = (q: Q, pointId: string, codes: string[]) =>
  codes.length
    ? q
        .select()
        .from(claimLaborCodes)
        .where(and(eq(claimLaborCodes.servicePointId, pointId), inArray(claimLaborCodes.code, codes)))
    : Promise.resolve([]);
export const partsByNo = (q: Q, pointId: string, partNos: string[]) =>
  partNos.length
    ? q
        .select()
        .from(claimParts)
        .where(and(eq(claimParts.servicePointId, pointId), inArray(claimParts.partNo, partNos)))
    : Promise.resolve([]);

export async function upsertFaultCode(q: Q, v: typeof claimFaultCodes.$inferInsert, at: Date) {
  const [row] = await q
    .insert(claimFaultCodes)
    .values(v)
    .onConflictDoUpdate({
      target: [claimFaultCodes.servicePointId, claimFaultCodes.code],
      set: { nameZh: v.nameZh, models: v.models, updatedAt: at, version: sql`${claimFaultCodes.version} + 1` },
    })
    .returning();
  return row;
}
export async function upsertLaborCode(q: Q, v: typeof claimLaborCodes.$inferInsert, at: Date) {
  const [row] = await q
    .insert(claimLaborCodes)
    .values(v)
    .onConflictDoUpdate({
      target: [claimLaborCodes.servicePointId, claimLaborCodes.code],
      set: {
        nameZh: v.nameZh,
        hoursMilli: v.hoursMilli,
        faultCodes: v.faultCodes,
        models: v.models,
        updatedAt: at,
        version: sql`${claimLaborCodes.version} + 1`,
      },
    })
    .returning();
  return row;
}
export async function upsertPart(q: Q, v: typeof claimParts.$inferInsert, at: Date) {
  const [row] = await q
    .insert(claimParts)
    .values(v)
    .onConflictDoUpdate({
      target: [claimParts.servicePointId, claimParts.partNo],
      set: { name: v.name, models: v.models, needsReturn: v.needsReturn, supplierId: v.supplierId, updatedAt: at, version: sql`${claimParts.version} + 1` },
    })
    .returning();
  return row;
}
export async function upsertSupplier(q: Q, v: typeof componentSuppliers.$inferInsert, at: Date) {
  const [row] = await q
    .insert(componentSuppliers)
    .values(v)
    .onConflictDoUpdate({
      target: [componentSuppliers.servicePointId, componentSuppliers.code],
      set: { name: v.name, contact: v.contact, updatedAt: at, version: sql`${componentSuppliers.version} + 1` },
    })
    .returning();
  return row;
}
export async function findSupplier(q: Q, id: string) {
  const [row] = await q.select().from(componentSuppliers).where(eq(componentSuppliers.id, id));
  return row;
}
