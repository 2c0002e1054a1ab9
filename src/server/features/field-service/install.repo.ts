/** Queries of installation (install templates and orders) and maintenance plans. */
import { and, asc, desc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { fieldInstallOrders, fieldInstallTemplates, fieldMaintenancePlans, fieldVisits } from '../../db/schema.js';

type Q = Db | Tx;
export type InstallTemplateRow = typeof fieldInstallTemplates.$inferSelect;
export type InstallOrderRow = typeof fieldInstallOrders.$inferSelect;
export type MaintenancePlanRow = typeof fieldMaintenancePlans.$inferSelect;

const one = async <T>(p: Promise<T[]>) => (await p)[0];

export const templateOf = (q: Q, productId: string) => one(q.select().from(fieldInstallTemplates).where(eq(fieldInstallTemplates.productId, productId)));
export const insertTemplate = (q: Q, v: typeof fieldInstallTemplates.$inferInsert) => one(q.insert(fieldInstallTemplates).values(v).returning());
export const updateTemplate = (q: Q, id: string, version: number, patch: Partial<typeof fieldInstallTemplates.$inferInsert>, at: Date) =>
  one(
    q
      .update(fieldInstallTemplates)
      .set({ ...patch, updatedAt: at, version: sql`${fieldInstallTemplates.version} + 1` })
      .where(and(eq(fieldInstallTemplates.id, id), eq(fieldInstallTemplates.version, version)))
      .returning(),
  );

export const insertOrder = (q: Q, v: typeof fieldInstallOrders.$inferInsert) => one(q.insert(fieldInstallOrders).values(v).returning());
export async function findOrder(q: Q, id: string, lock = false) {
  const base = q.select().from(fieldInstallOrders).where(eq(fieldInstallOrders.id, id));
  return (lock ? await base.for('update') : await base)[0];
}
export const liveOrderOfUnit = (q: Q, unitId: string) =>
  one(
    q
      .select()
      .from(fieldInstallOrders)
      .where(and(eq(fieldInstallOrders.unitId, unitId), sql`${fieldInstallOrders.status} <> 'cancelled'`)),
  );
export const updateOrder = (q: Q, id: string, version: number, patch: Partial<typeof fieldInstallOrders.$inferInsert>, at: Date) =>
  one(
    q
      .update(fieldInstallOrders)
      .set({ ...patch, updatedAt: at, version: sql`${fieldInstallOrders.version} + 1` })
      .where(and(eq(fieldInstallOrders.id, id), eq(fieldInstallOrders.version, version)))
      .returning(),
  );
export const listOrders = (q: Q, f: { pointIds: string[]; status?: string }) =>
  f.pointIds.length
    ? q
        .select()
        .from(fieldInstallOrders)
        .where(and(inArray(fieldInstallOrders.servicePointId, f.pointIds), f.status ? eq(fieldInstallOrders.status, f.status) : undefined))
        .orderBy(desc(fieldInstallOrders.plannedDate), asc(fieldInstallOrders.number))
        .limit(500)
    : Promise.resolve([]);

// ---- maintenance plans
export const insertPlan = (q: Q, v: typeof fieldMaintenancePlans.$inferInsert) => one(q.insert(fieldMaintenancePlans).values(v).returning());
export async function findPlan(q: Q, id: string, lock = false) {
  const base = q.select().from(fieldMaintenancePlans).where(eq(fieldMaintenancePlans.id, id));
  return (lock ? await base.for('update') : await base)[0];
}
export const updatePlan = (q: Q, id: string, version: number, patch: Partial<typeof fieldMaintenancePlans.$inferInsert>, at: Date) =>
  one(
    q
      .update(fieldMaintenancePlans)
      .set({ ...patch, updatedAt: at, version: sql`${fieldMaintenancePlans.version} + 1` })
      .where(and(eq(fieldMaintenancePlans.id, id), eq(fieldMaintenancePlans.version, version)))
      .returning(),
  );
export const activePlans = (q: Q, pointIds?: string[]) =>
  q
    .select()
    .from(fieldMaintenancePlans)
    .where(and(eq(fieldMaintenancePlans.active, true), pointIds ? inArray(fieldMaintenancePlans.servicePointId, pointIds) : undefined))
    .orderBy(asc(fieldMaintenancePlans.createdAt));

/** Maintenance visits planned in [from, to], and every one still open or assigned planned before `overdueBefore`. */
export const maintenanceVisits = (q: Q, f: { pointIds: string[]; from: string; to: string; overdueBefore: string; overdueOnly: boolean }) => {
  const overdue = and(inArray(fieldVisits.status, ['open', 'assigned']), lt(fieldVisits.plannedDate, f.overdueBefore));
  return f.pointIds.length
    ? q
        .select()
        .from(fieldVisits)
        .where(
          and(
            inArray(fieldVisits.servicePointId, f.pointIds),
            eq(fieldVisits.kind, 'maintenance'),
            f.overdueOnly ? overdue : or(overdue, and(gte(fieldVisits.plannedDate, f.from), lte(fieldVisits.plannedDate, f.to))),
          ),
        )
        .orderBy(asc(fieldVisits.plannedDate), asc(fieldVisits.number))
        .limit(1000)
    : Promise.resolve([]);
};
