import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assignments, employees, positions, servicePoints, techRequests, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
export type TechRequestRow = typeof techRequests.$inferSelect;

export async function insertRequest(q: Q, v: typeof techRequests.$inferInsert) {
  const [row] = await q.insert(techRequests).values(v).returning();
  return row;
}
export async function findRequest(q: Q, id: string, lock = false) {
  const base = q.select().from(techRequests).where(eq(techRequests.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updateRequest(q: Q, id: string, version: number, patch: Partial<typeof techRequests.$inferInsert>, at: Date) {
  const [row] = await q
    .update(techRequests)
    .set({ ...patch, updatedAt: at, version: sql`${techRequests.version} + 1` })
    .where(and(eq(techRequests.id, id), eq(techRequests.version, version)))
    .returning();
  return row;
}
/** Requests raised within a scope (path prefix), or waiting at one point, newest first. */
export async function listRequests(q: Q, f: { path: string; handlingPointId?: string; raisedByUserId?: string; status?: string; workOrderId?: string }) {
  const rows = await q
    .select({ r: techRequests })
    .from(techRequests)
    .innerJoin(servicePoints, eq(servicePoints.id, techRequests.servicePointId))
    .where(
      and(
        sql`${servicePoints.path} like ${`${f.path}%`}`,
        f.handlingPointId ? eq(techRequests.handlingPointId, f.handlingPointId) : undefined,
        f.raisedByUserId ? eq(techRequests.raisedByUserId, f.raisedByUserId) : undefined,
        f.status ? eq(techRequests.status, f.status) : undefined,
        f.workOrderId ? eq(techRequests.workOrderId, f.workOrderId) : undefined,
      ),
    )
    .orderBy(desc(techRequests.raisedAt))
    .limit(200);
  return rows.map((x) => x.r);
}
export const orderNumbers = async (q: Q, ids: string[]) =>
  new Map(
    ids.length
      ? (
          await q
            .select({ id: workOrders.id, number: workOrders.number })
            .from(workOrders)
            .where(inArray(workOrders.id, [...new Set(ids)]))
        ).map((o) => [o.id, o.number])
      : [],
  );
export const pointsByIds = async (q: Q, ids: string[]) =>
  new Map(
    ids.length
      ? (
          await q
            .select({ id: servicePoints.id, name: servicePoints.nameZh, kind: servicePoints.kind, path: servicePoints.path })
            .from(servicePoints)
            .where(inArray(servicePoints.id, [...new Set(ids)]))
        ).map((p) => [p.id, p])
      : [],
  );

/** The active employees at a point holding a position with technical support (tech.support): told of new work. */
export async function supportStaffAt(q: Q, pointId: string) {
  const rows = await q
    .selectDistinct({ id: employees.id })
    .from(employees)
    .innerJoin(assignments, eq(assignments.employeeId, employees.id))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(and(eq(positions.servicePointId, pointId), eq(employees.isActive, true), sql`${positions.permissions} @> '["tech.support"]'::jsonb`));
  return rows.map((r) => r.id);
}
