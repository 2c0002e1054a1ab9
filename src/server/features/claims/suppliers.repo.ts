/** Supplier recovery claims (二次索赔): queries only. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { componentSuppliers, supplierClaims, warrantyClaimLines } from '../../db/schema.js';

type Q = Db | Tx;
export type SupplierClaimRow = typeof supplierClaims.$inferSelect;

/** Claimed and recovered amounts per supplier of a manufacturer, over answered claims (the recovery rate). */
export async function recoveredBySupplier(q: Q, pointId: string) {
  const rows = await q
    .select({
      supplierId: supplierClaims.supplierId,
      claimedFen: sql<number>`coalesce(sum(${supplierClaims.claimedFen}), 0)::int`,
      recoveredFen: sql<number>`coalesce(sum(${supplierClaims.recoveredFen}), 0)::int`,
    })
    .from(supplierClaims)
    .where(and(eq(supplierClaims.servicePointId, pointId), inArray(supplierClaims.status, ['accepted', 'partly_accepted', 'refused'])))
    .groupBy(supplierClaims.supplierId);
  return new Map(rows.map((r) => [r.supplierId, { claimedFen: Number(r.claimedFen), recoveredFen: Number(r.recoveredFen) }]));
}

export async function insertSupplierClaim(q: Q, v: typeof supplierClaims.$inferInsert) {
  const [row] = await q.insert(supplierClaims).values(v).returning();
  return row;
}
export async function findSupplierClaim(q: Q, id: string, lock = false) {
  const base = q.select().from(supplierClaims).where(eq(supplierClaims.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updateSupplierClaim(q: Q, id: string, version: number, patch: Partial<typeof supplierClaims.$inferInsert>, at: Date) {
  const [row] = await q
    .update(supplierClaims)
    .set({ ...patch, updatedAt: at, version: sql`${supplierClaims.version} + 1` })
    .where(and(eq(supplierClaims.id, id), eq(supplierClaims.version, version)))
    .returning();
  return row;
}
export const supplierClaimsOf = (q: Q, pointId: string) =>
  q
    .select({
      claim: supplierClaims,
      supplierName: componentSuppliers.name,
      lineCount: sql<number>`(select count(*)::int from ${warrantyClaimLines} where ${warrantyClaimLines.supplierClaimId} = ${supplierClaims.id})`,
    })
    .from(supplierClaims)
    .innerJoin(componentSuppliers, eq(componentSuppliers.id, supplierClaims.supplierId))
    .where(eq(supplierClaims.servicePointId, pointId))
    .orderBy(desc(supplierClaims.createdAt))
    .limit(500);
