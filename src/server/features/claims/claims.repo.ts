/** Claims, their lines, pre-authorisations and the reads the pre-checks need: queries only. */
import { and, asc, desc, eq, inArray, isNull, like, lte, max, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { escapeLike } from '../../lib/text.js';
import { claimPreauths, extraWorkRequests, servicePoints, vehicles, warrantyClaimLines, warrantyClaims, workOrderLines, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
export type ClaimRow = typeof warrantyClaims.$inferSelect;
export type ClaimLineRow = typeof warrantyClaimLines.$inferSelect;
export type PreauthRow = typeof claimPreauths.$inferSelect;

export async function insertClaim(q: Q, v: typeof warrantyClaims.$inferInsert) {
  const [row] = await q.insert(warrantyClaims).values(v).returning();
  return row;
}
export async function findClaim(q: Q, id: string, lock = false) {
  const base = q.select().from(warrantyClaims).where(eq(warrantyClaims.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function claimOfOrder(q: Q, workOrderId: string) {
  const [row] = await q.select().from(warrantyClaims).where(eq(warrantyClaims.workOrderId, workOrderId));
  return row;
}
/** Update when the version still matches; undefined when someone else changed it first. */
export async function updateClaim(q: Q, id: string, version: number, patch: Partial<typeof warrantyClaims.$inferInsert>, at: Date) {
  const [row] = await q
    .update(warrantyClaims)
    .set({ ...patch, updatedAt: at, version: sql`${warrantyClaims.version} + 1` })
    .where(and(eq(warrantyClaims.id, id), eq(warrantyClaims.version, version)))
    .returning();
  return row;
}
export async function listClaims(q: Q, f: { pointIds: string[]; statuses?: string[]; submittedBefore?: Date; text?: string; limit?: number }) {
  if (!f.pointIds.length) return [];
  return q
    .select()
    .from(warrantyClaims)
    .where(
      and(
        inArray(warrantyClaims.servicePointId, f.pointIds),
        f.statuses?.length ? inArray(warrantyClaims.status, f.statuses) : undefined,
        f.submittedBefore ? lte(warrantyClaims.submittedAt, f.submittedBefore) : undefined,
        f.text ? or(like(warrantyClaims.number, `${escapeLike(f.text)}%`), like(warrantyClaims.vin, `%${escapeLike(f.text.toUpperCase())}`)) : undefined,
      ),
    )
    .orderBy(desc(warrantyClaims.createdAt))
    .limit(f.limit ?? 500);
}

export const linesOfClaims = (q: Q, claimIds: string[]) =>
  claimIds.length
    ? q.select().from(warrantyClaimLines).where(inArray(warrantyClaimLines.claimId, claimIds)).orderBy(asc(warrantyClaimLines.lineNo))
    : Promise.resolve([] as ClaimLineRow[]);
export async function replaceLines(q: Q, claimId: string, rows: Omit<typeof warrantyClaimLines.$inferInsert, 'claimId'>[]) {
  await q.delete(warrantyClaimLines).where(eq(warrantyClaimLines.claimId, claimId));
  if (rows.length) await q.insert(warrantyClaimLines).values(rows.map((r) => ({ ...r, claimId })));
}
export const setLines = (q: Q, ids: string[], patch: Partial<typeof warrantyClaimLines.$inferInsert>) =>
  ids.length ? q.update(warrantyClaimLines).set(patch).where(inArray(warrantyClaimLines.id, ids)) : Promise.resolve();

/** Order numbers, plates and station names for presentation. */
export async function contextOf(q: Q, claims: Pick<ClaimRow, 'workOrderId' | 'vehicleId' | 'servicePointId'>[]) {
  const orderIds = [...new Set(claims.map((c) => c.workOrderId))];
  const vehicleIds = [...new Set(claims.map((c) => c.vehicleId))];
  const pointIds = [...new Set(claims.map((c) => c.servicePointId))];
  const [orders, cars, points] = await Promise.all([
    orderIds.length ? q.select({ id: workOrders.id, number: workOrders.number }).from(workOrders).where(inArray(workOrders.id, orderIds)) : [],
    vehicleIds.length ? q.select({ id: vehicles.id, plate: vehicles.plate }).from(vehicles).where(inArray(vehicles.id, vehicleIds)) : [],
    pointIds.length ? q.select({ id: servicePoints.id, nameZh: servicePoints.nameZh }).from(servicePoints).where(inArray(servicePoints.id, pointIds)) : [],
  ]);
  return {
    orderNumber: new Map(orders.map((o) => [o.id, o.number])),
    plate: new Map(cars.map((v) => [v.id, v.plate])),
    stationName: new Map(points.map((p) => [p.id, p.nameZh])),
  };
}

export async function vehicleOf(q: Q, id: string) {
  const [row] = await q.select().from(vehicles).where(eq(vehicles.id, id));
  return row;
}
/** The highest mileage recorded at the car's other visits received before `before`. */
export async function previousMileage(q: Q, vehicleId: string, workOrderId: string, before: Date) {
  const [row] = await q
    .select({ km: max(workOrders.mileageIn) })
    .from(workOrders)
    .where(and(eq(workOrders.vehicleId, vehicleId), ne(workOrders.id, workOrderId), lte(workOrders.receivedAt, before), ne(workOrders.status, 'cancelled')));
  return row?.km ?? null;
}
/** Other claims of a VIN and cause part that were not rejected. */
export const claimsOfVinPart = (q: Q, vin: string, causePartNo: string, exceptId: string) =>
  q
    .select({ number: warrantyClaims.number, completedAt: warrantyClaims.completedAt, servicePointId: warrantyClaims.servicePointId })
    .from(warrantyClaims)
    .where(
      and(eq(warrantyClaims.vin, vin), eq(warrantyClaims.causePartNo, causePartNo), ne(warrantyClaims.id, exceptId), ne(warrantyClaims.status, 'rejected')),
    );

// ---- pre-authorisations ------------------------------------------------------------------------------------

export async function insertPreauth(q: Q, v: typeof claimPreauths.$inferInsert) {
  const [row] = await q.insert(claimPreauths).values(v).returning();
  return row;
}
export async function findPreauth(q: Q, id: string, lock = false) {
  const base = q.select().from(claimPreauths).where(eq(claimPreauths.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updatePreauth(q: Q, id: string, version: number, patch: Partial<typeof claimPreauths.$inferInsert>, at: Date) {
  const [row] = await q
    .update(claimPreauths)
    .set({ ...patch, updatedAt: at, version: sql`${claimPreauths.version} + 1` })
    .where(and(eq(claimPreauths.id, id), eq(claimPreauths.version, version)))
    .returning();
  return row;
}
export const listPreauths = (q: Q, pointIds: string[], statuses?: string[]) =>
  pointIds.length
    ? q
        .select()
        .from(claimPreauths)
        .where(and(inArray(claimPreauths.servicePointId, pointIds), statuses?.length ? inArray(claimPreauths.status, statuses) : undefined))
        .orderBy(desc(claimPreauths.createdAt))
        .limit(500)
    : Promise.resolve([] as PreauthRow[]);

/** Approved claims of some points decided before `before` and not yet on a statement. */
export const approvedUnsettled = (q: Q, pointId: string, before: Date) =>
  q
    .select()
    .from(warrantyClaims)
    .where(
      and(
        eq(warrantyClaims.servicePointId, pointId),
        eq(warrantyClaims.status, 'approved'),
        isNull(warrantyClaims.statementId),
        lte(warrantyClaims.decidedAt, before),
      ),
    )
    .orderBy(asc(warrantyClaims.decidedAt));

/** 增项 requests of some orders (their photos are evidence for the claim). */
export const extraWorkOfOrders = (q: Q, orderIds: string[]) =>
  orderIds.length
    ? q
        .select({ id: extraWorkRequests.id, workOrderId: extraWorkRequests.workOrderId })
        .from(extraWorkRequests)
        .where(inArray(extraWorkRequests.workOrderId, orderIds))
    : Promise.resolve([]);

/**
 * Warranty orders of some points (type warranty or with a line the manufacturer pays): `claimable` — settled,
 * delivered or closed and without a claim yet; `open` — not yet settled (a pre-authorisation is asked before the work).
 */
export async function warrantyOrders(q: Q, f: { pointIds: string[]; stage: 'claimable' | 'open'; text?: string; limit?: number }) {
  if (!f.pointIds.length) return [];
  const withWarrantyLine = sql`exists (select 1 from ${workOrderLines} where ${workOrderLines.workOrderId} = ${workOrders.id} and ${workOrderLines.payer} = 'warranty')`;
  const statuses = f.stage === 'claimable' ? ['settled', 'delivered', 'closed'] : ['draft', 'confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready'];
  return q
    .select({
      id: workOrders.id,
      number: workOrders.number,
      status: workOrders.status,
      type: workOrders.type,
      servicePointId: workOrders.servicePointId,
      completedAt: workOrders.completedAt,
      plate: vehicles.plate,
      vin: vehicles.vin,
      model: vehicles.model,
    })
    .from(workOrders)
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .leftJoin(warrantyClaims, eq(warrantyClaims.workOrderId, workOrders.id))
    .where(
      and(
        inArray(workOrders.servicePointId, f.pointIds),
        inArray(workOrders.status, statuses),
        or(eq(workOrders.type, 'warranty'), withWarrantyLine),
        f.stage === 'claimable' ? isNull(warrantyClaims.id) : undefined,
        f.text
          ? or(
              like(workOrders.number, `%${escapeLike(f.text)}%`),
              like(vehicles.plate, `%${escapeLike(f.text)}%`),
              like(vehicles.vin, `%${escapeLike(f.text.toUpperCase())}`),
            )
          : undefined,
      ),
    )
    .orderBy(desc(workOrders.completedAt), desc(workOrders.number))
    .limit(f.limit ?? 50);
}
