import { and, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assignments, employees, positions, warrantyRepairFacts, warrantyWatchNotices, workOrderLines, workOrders } from '../../db/schema.js';

type Q = Db | Tx;

/** The car's repairs the 三包 watch counts: confirmed, not cancelled, of type repair/warranty or with recorded facts. */
export async function repairsOfVehicle(q: Q, vehicleId: string) {
  const rows = await q
    .select({ order: workOrders, facts: warrantyRepairFacts })
    .from(workOrders)
    .leftJoin(warrantyRepairFacts, eq(warrantyRepairFacts.workOrderId, workOrders.id))
    .where(
      and(
        eq(workOrders.vehicleId, vehicleId),
        isNotNull(workOrders.confirmedAt),
        ne(workOrders.status, 'cancelled'),
        or(inArray(workOrders.type, ['repair', 'warranty']), isNotNull(warrantyRepairFacts.workOrderId)),
      ),
    );
  const ids = rows.map((r) => r.order.id);
  const lines = ids.length
    ? await q
        .select({ workOrderId: workOrderLines.workOrderId, code: workOrderLines.code, name: workOrderLines.name, qtyMilli: workOrderLines.qtyMilli })
        .from(workOrderLines)
        .where(and(inArray(workOrderLines.workOrderId, ids), eq(workOrderLines.kind, 'parts'), eq(workOrderLines.payer, 'warranty')))
    : [];
  return rows.map((r) => ({ ...r, parts: lines.filter((l) => l.workOrderId === r.order.id) }));
}

export async function findFacts(q: Q, workOrderId: string) {
  const [row] = await q.select().from(warrantyRepairFacts).where(eq(warrantyRepairFacts.workOrderId, workOrderId));
  return row;
}
export async function upsertFacts(q: Q, row: typeof warrantyRepairFacts.$inferInsert, at: Date) {
  const [out] = await q
    .insert(warrantyRepairFacts)
    .values(row)
    .onConflictDoUpdate({
      target: warrantyRepairFacts.workOrderId,
      set: {
        problemCode: row.problemCode,
        problemZh: row.problemZh,
        safetyFault: row.safetyFault,
        severeFailure: row.severeFailure,
        excludedHours: row.excludedHours,
        updatedAt: at,
        version: sql`${warrantyRepairFacts.version} + 1`,
      },
    })
    .returning();
  return out;
}

/** Record a notice once per car and key; true when it is new (the caller then notifies). */
export async function claimNotice(q: Q, row: typeof warrantyWatchNotices.$inferInsert): Promise<boolean> {
  const out = await q.insert(warrantyWatchNotices).values(row).onConflictDoNothing().returning({ id: warrantyWatchNotices.id });
  return out.length > 0;
}
export const noticesOf = (q: Q, vehicleId: string) => q.select().from(warrantyWatchNotices).where(eq(warrantyWatchNotices.vehicleId, vehicleId));

/** Who hears of a 三包 threshold at a point besides the advisor: the 索赔专员 and the station manager (服务经理/站长). */
export async function watchRecipients(q: Q, pointId: string) {
  const rows = await q
    .selectDistinct({ employeeId: employees.id })
    .from(assignments)
    .innerJoin(employees, and(eq(employees.id, assignments.employeeId), eq(employees.isActive, true)))
    .innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(
      and(
        eq(assignments.servicePointId, pointId),
        or(inArray(positions.templateKey, ['claims-specialist', 'service-manager']), eq(positions.titleZh, '索赔专员')),
      ),
    );
  return rows.map((r) => r.employeeId);
}

/** Work orders whose car is in the workshop now: confirmed (确定修理), not completed, not cancelled — one per car. */
export async function ordersInWorkshop(q: Q) {
  const rows = await q
    .select({
      id: workOrders.id,
      number: workOrders.number,
      vehicleId: workOrders.vehicleId,
      servicePointId: workOrders.servicePointId,
      advisorEmployeeId: workOrders.advisorEmployeeId,
    })
    .from(workOrders)
    .where(and(isNotNull(workOrders.confirmedAt), sql`${workOrders.completedAt} is null`, ne(workOrders.status, 'cancelled')))
    .orderBy(workOrders.confirmedAt);
  return [...new Map(rows.map((r) => [r.vehicleId, r])).values()];
}
