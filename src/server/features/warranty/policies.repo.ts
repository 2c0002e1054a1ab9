import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { servicePoints, vehicles, warrantyPolicies } from '../../db/schema.js';

type Q = Db | Tx;
export type PolicyRow = typeof warrantyPolicies.$inferSelect;

/** The ids on a point's path, root first ('/a/b/c/' → [a, b, c]). */
export const ancestorIdsOf = (path: string) => path.split('/').filter(Boolean);

/** Every policy visible from a point (kept at it or above it), nearest first per family. */
export async function policiesVisibleAt(q: Q, pointPath: string) {
  const ids = ancestorIdsOf(pointPath);
  if (!ids.length) return [];
  return q
    .select({ policy: warrantyPolicies, pointName: servicePoints.nameZh, pointPath: servicePoints.path })
    .from(warrantyPolicies)
    .innerJoin(servicePoints, eq(servicePoints.id, warrantyPolicies.servicePointId))
    .where(inArray(warrantyPolicies.servicePointId, ids))
    .orderBy(asc(warrantyPolicies.modelFamily));
}

export async function findPolicy(q: Q, id: string, lock = false) {
  const base = q.select().from(warrantyPolicies).where(eq(warrantyPolicies.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function insertPolicy(q: Q, row: typeof warrantyPolicies.$inferInsert) {
  const [created] = await q.insert(warrantyPolicies).values(row).returning();
  return created;
}
export async function updatePolicy(q: Q, id: string, version: number, patch: Partial<typeof warrantyPolicies.$inferInsert>, at: Date) {
  const [row] = await q
    .update(warrantyPolicies)
    .set({ ...patch, updatedAt: at, version: sql`${warrantyPolicies.version} + 1` })
    .where(and(eq(warrantyPolicies.id, id), eq(warrantyPolicies.version, version)))
    .returning();
  return row;
}

/**
 * The car, its point and the policy of its model family nearest one kept at the point or above it, in one statement: the
 * candidates kept on the point's path come joined, the nearest is picked here.
 */
export async function vehicleWithPolicy(q: Q, vehicleId: string) {
  const rows = await q
    .select({ vehicle: vehicles, point: { id: servicePoints.id, path: servicePoints.path, timeZone: servicePoints.timeZone }, policy: warrantyPolicies })
    .from(vehicles)
    .innerJoin(servicePoints, eq(servicePoints.id, vehicles.servicePointId))
    .leftJoin(
      warrantyPolicies,
      and(
        eq(warrantyPolicies.modelFamily, vehicles.modelFamily),
        sql`${vehicles.modelFamily} <> ''`,
        sql`${warrantyPolicies.servicePointId}::text = any(string_to_array(${servicePoints.path}, '/'))`,
      ),
    )
    .where(eq(vehicles.id, vehicleId));
  if (!rows.length) return undefined;
  const ids = ancestorIdsOf(rows[0].point.path);
  const policies = rows.flatMap((r) => (r.policy ? [r.policy] : [])).sort((a, b) => ids.indexOf(b.servicePointId) - ids.indexOf(a.servicePointId));
  return { vehicle: rows[0].vehicle, point: rows[0].point, policy: policies[0] as PolicyRow | undefined };
}

/** Policies kept at points under `scopePath` (what an HQ user maintains). */
export const policiesUnder = (q: Q, scopePath: string) =>
  q
    .select({ policy: warrantyPolicies, pointName: servicePoints.nameZh, pointPath: servicePoints.path })
    .from(warrantyPolicies)
    .innerJoin(servicePoints, eq(servicePoints.id, warrantyPolicies.servicePointId))
    .where(like(servicePoints.path, `${scopePath}%`))
    .orderBy(asc(warrantyPolicies.modelFamily));
