import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  fieldCertificates,
  fieldEngineers,
  fieldProducts,
  fieldRegionRules,
  fieldRequests,
  fieldUnits,
  fieldVanStock,
  fieldVisitParts,
  fieldVisits,
  users,
} from '../../db/schema.js';

type Q = Db | Tx;
export type ProductRow = typeof fieldProducts.$inferSelect;
export type UnitRow = typeof fieldUnits.$inferSelect;
export type RequestRow = typeof fieldRequests.$inferSelect;
export type VisitRow = typeof fieldVisits.$inferSelect;
export type EngineerRow = typeof fieldEngineers.$inferSelect;
export type CertificateRow = typeof fieldCertificates.$inferSelect;
export type VanRow = typeof fieldVanStock.$inferSelect;

const one = async <T>(p: Promise<T[]>) => (await p)[0];
const bump = (t: { version: unknown }) => sql`${t.version} + 1`;

// ---- products and units
export const insertProduct = (q: Q, v: typeof fieldProducts.$inferInsert) => one(q.insert(fieldProducts).values(v).returning());
export const findProduct = (q: Q, id: string) => one(q.select().from(fieldProducts).where(eq(fieldProducts.id, id)));
export const listProducts = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q.select().from(fieldProducts).where(inArray(fieldProducts.servicePointId, pointIds)).orderBy(asc(fieldProducts.model))
    : Promise.resolve([]);
export const updateProduct = (q: Q, id: string, version: number, patch: Partial<typeof fieldProducts.$inferInsert>, at: Date) =>
  one(
    q
      .update(fieldProducts)
      .set({ ...patch, updatedAt: at, version: bump(fieldProducts) })
      .where(and(eq(fieldProducts.id, id), eq(fieldProducts.version, version)))
      .returning(),
  );

export const insertUnit = (q: Q, v: typeof fieldUnits.$inferInsert) => one(q.insert(fieldUnits).values(v).returning());
export const updateUnit = (q: Q, id: string, patch: Partial<typeof fieldUnits.$inferInsert>, at: Date) =>
  one(
    q
      .update(fieldUnits)
      .set({ ...patch, updatedAt: at, version: bump(fieldUnits) })
      .where(eq(fieldUnits.id, id))
      .returning(),
  );
export const findUnit = (q: Q, id: string) => one(q.select().from(fieldUnits).where(eq(fieldUnits.id, id)));
export const findUnitBySerial = (q: Q, productId: string, serial: string) =>
  one(
    q
      .select()
      .from(fieldUnits)
      .where(and(eq(fieldUnits.productId, productId), eq(fieldUnits.serial, serial))),
  );
export const unitsOfIds = (q: Q, ids: string[]) => (ids.length ? q.select().from(fieldUnits).where(inArray(fieldUnits.id, ids)) : Promise.resolve([]));
export const productsOfIds = (q: Q, ids: string[]) => (ids.length ? q.select().from(fieldProducts).where(inArray(fieldProducts.id, ids)) : Promise.resolve([]));
/** Units by serial, customer, phone or site (contains, case-insensitive); newest first. */
export function searchUnits(q: Q, f: { pointIds: string[]; text?: string; productId?: string; limit?: number }) {
  if (!f.pointIds.length) return Promise.resolve([]);
  const like = f.text ? `%${f.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return q
    .select()
    .from(fieldUnits)
    .where(
      and(
        inArray(fieldUnits.servicePointId, f.pointIds),
        f.productId ? eq(fieldUnits.productId, f.productId) : undefined,
        like
          ? or(
              ilike(fieldUnits.serial, like),
              ilike(fieldUnits.customerName, like),
              ilike(fieldUnits.customerPhone, like),
              ilike(fieldUnits.siteName, like),
              ilike(fieldUnits.siteAddress, like),
            )
          : undefined,
      ),
    )
    .orderBy(desc(fieldUnits.createdAt))
    .limit(f.limit ?? 200);
}
export const regionRules = (q: Q, pointId: string) => q.select().from(fieldRegionRules).where(eq(fieldRegionRules.servicePointId, pointId));

// ---- requests and visits
export const insertRequest = (q: Q, v: typeof fieldRequests.$inferInsert) => one(q.insert(fieldRequests).values(v).returning());
export async function findRequest(q: Q, id: string, lock = false) {
  const base = q.select().from(fieldRequests).where(eq(fieldRequests.id, id));
  return (lock ? await base.for('update') : await base)[0];
}
export const updateRequest = (q: Q, id: string, version: number, patch: Partial<typeof fieldRequests.$inferInsert>, at: Date) =>
  one(
    q
      .update(fieldRequests)
      .set({ ...patch, updatedAt: at, version: bump(fieldRequests) })
      .where(and(eq(fieldRequests.id, id), eq(fieldRequests.version, version)))
      .returning(),
  );
export const listRequests = (q: Q, f: { pointIds: string[]; statuses?: string[]; unitId?: string }) =>
  f.pointIds.length
    ? q
        .select()
        .from(fieldRequests)
        .where(
          and(
            inArray(fieldRequests.servicePointId, f.pointIds),
            f.statuses?.length ? inArray(fieldRequests.status, f.statuses) : undefined,
            f.unitId ? eq(fieldRequests.unitId, f.unitId) : undefined,
          ),
        )
        .orderBy(desc(fieldRequests.receivedAt))
        .limit(200)
    : Promise.resolve([]);
export const requestsOfIds = (q: Q, ids: string[]) => (ids.length ? q.select().from(fieldRequests).where(inArray(fieldRequests.id, ids)) : Promise.resolve([]));

export const insertVisit = (q: Q, v: typeof fieldVisits.$inferInsert) => one(q.insert(fieldVisits).values(v).returning());
export async function findVisit(q: Q, id: string, lock = false) {
  const base = q.select().from(fieldVisits).where(eq(fieldVisits.id, id));
  return (lock ? await base.for('update') : await base)[0];
}
export const updateVisit = (q: Q, id: string, version: number, patch: Partial<typeof fieldVisits.$inferInsert>, at: Date) =>
  one(
    q
      .update(fieldVisits)
      .set({ ...patch, updatedAt: at, version: bump(fieldVisits) })
      .where(and(eq(fieldVisits.id, id), eq(fieldVisits.version, version)))
      .returning(),
  );
export const visitsOf = (q: Q, f: { pointIds?: string[]; requestIds?: string[]; unitId?: string; date?: string; engineerId?: string }) =>
  q
    .select()
    .from(fieldVisits)
    .where(
      and(
        f.pointIds ? inArray(fieldVisits.servicePointId, f.pointIds.length ? f.pointIds : ['00000000-0000-0000-0000-000000000000']) : undefined,
        f.requestIds ? inArray(fieldVisits.requestId, f.requestIds.length ? f.requestIds : ['00000000-0000-0000-0000-000000000000']) : undefined,
        f.unitId ? eq(fieldVisits.unitId, f.unitId) : undefined,
        f.date ? eq(fieldVisits.plannedDate, f.date) : undefined,
        f.engineerId ? eq(fieldVisits.engineerId, f.engineerId) : undefined,
      ),
    )
    .orderBy(asc(fieldVisits.plannedDate), asc(fieldVisits.routeOrder), asc(fieldVisits.deadlineAt), asc(fieldVisits.createdAt))
    .limit(500);
export const partsOfVisits = (q: Q, ids: string[]) =>
  ids.length ? q.select().from(fieldVisitParts).where(inArray(fieldVisitParts.visitId, ids)) : Promise.resolve([]);
export const insertVisitPart = (q: Q, v: typeof fieldVisitParts.$inferInsert) => q.insert(fieldVisitParts).values(v);

// ---- engineers
export const insertEngineer = (q: Q, v: typeof fieldEngineers.$inferInsert) => one(q.insert(fieldEngineers).values(v).returning());
export const findEngineer = (q: Q, id: string) => one(q.select().from(fieldEngineers).where(eq(fieldEngineers.id, id)));
export const engineerOfUser = (q: Q, userId: string) => one(q.select().from(fieldEngineers).where(eq(fieldEngineers.userId, userId)));
export const listEngineers = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q
        .select()
        .from(fieldEngineers)
        .where(and(inArray(fieldEngineers.servicePointId, pointIds), eq(fieldEngineers.active, true)))
        .orderBy(asc(fieldEngineers.name))
    : Promise.resolve([]);
export const engineersOfIds = (q: Q, ids: string[]) =>
  ids.length ? q.select().from(fieldEngineers).where(inArray(fieldEngineers.id, ids)) : Promise.resolve([]);
export const insertCertificate = (q: Q, v: typeof fieldCertificates.$inferInsert) => q.insert(fieldCertificates).values(v);
export const certificatesOf = (q: Q, engineerIds: string[]) =>
  engineerIds.length ? q.select().from(fieldCertificates).where(inArray(fieldCertificates.engineerId, engineerIds)) : Promise.resolve([]);
export const vanStockOf = (q: Q, engineerIds: string[]) =>
  engineerIds.length
    ? q.select().from(fieldVanStock).where(inArray(fieldVanStock.engineerId, engineerIds)).orderBy(asc(fieldVanStock.partCode))
    : Promise.resolve([]);
/** Add to (or take from) the van; the row is created on first receipt. Undefined when it would go below 0. */
export async function moveVanStock(q: Q, v: { servicePointId: string; engineerId: string; partCode: string; partName: string; delta: number }, at: Date) {
  if (v.delta >= 0) {
    return one(
      q
        .insert(fieldVanStock)
        .values({ servicePointId: v.servicePointId, engineerId: v.engineerId, partCode: v.partCode, partName: v.partName, qty: v.delta })
        .onConflictDoUpdate({
          target: [fieldVanStock.engineerId, fieldVanStock.partCode],
          set: { qty: sql`${fieldVanStock.qty} + ${v.delta}`, updatedAt: at, version: bump(fieldVanStock) },
        })
        .returning(),
    );
  }
  return one(
    q
      .update(fieldVanStock)
      .set({ qty: sql`${fieldVanStock.qty} + ${v.delta}`, updatedAt: at, version: bump(fieldVanStock) })
      .where(and(eq(fieldVanStock.engineerId, v.engineerId), eq(fieldVanStock.partCode, v.partCode), sql`${fieldVanStock.qty} + ${v.delta} >= 0`))
      .returning(),
  );
}
export const userByName = (q: Q, username: string) =>
  one(q.select({ id: users.id, servicePointId: users.servicePointId }).from(users).where(sql`lower(${users.username}) = lower(${username})`));
/** Of these points, those with at least one active field engineer (only they can take visits). */
export async function pointsWithEngineers(q: Q, pointIds: string[]) {
  if (!pointIds.length) return new Set<string>();
  const rows = await q
    .selectDistinct({ id: fieldEngineers.servicePointId })
    .from(fieldEngineers)
    .where(and(inArray(fieldEngineers.servicePointId, pointIds), eq(fieldEngineers.active, true)));
  return new Set(rows.map((r) => r.id));
}
