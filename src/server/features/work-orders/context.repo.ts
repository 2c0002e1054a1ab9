/**
 * The reads a write starts from, each in one statement: the order (or the car at reception) locked, with its point,
 * the point's guarantee terms and the car's model family. Separately they were three or four round trips per request
 * (issue 14 point 4); the scope check on the point stays in the service (checkPointVisible).
 */
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { laborOperations, laborRates, servicePoints, vehicles, workOrders, workshopSettings } from '../../db/schema.js';
import type { GuaranteeSettings } from '../../../domain/work-orders/guarantee.js';

type Q = Db | Tx;
export type PointRow = typeof servicePoints.$inferSelect;

/** The order (locked FOR UPDATE OF the order only), its point, the point's guarantee settings, the car's model family. */
export async function findOrderWithPoint(q: Q, id: string, lock = false) {
  const base = q
    .select({ order: workOrders, point: servicePoints, guarantee: workshopSettings.guarantee, modelFamily: vehicles.modelFamily })
    .from(workOrders)
    .innerJoin(servicePoints, eq(servicePoints.id, workOrders.servicePointId))
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .leftJoin(workshopSettings, eq(workshopSettings.servicePointId, workOrders.servicePointId))
    .where(eq(workOrders.id, id));
  const [row] = lock ? await base.for('update', { of: workOrders }) : await base;
  return row && { ...row, guarantee: (row.guarantee ?? {}) as GuaranteeSettings };
}

/** The car (locked FOR UPDATE OF the car only), its point and the point's guarantee settings: what reception starts from. */
export async function findVehicleWithPoint(q: Q, id: string) {
  const [row] = await q
    .select({ vehicle: vehicles, point: servicePoints, guarantee: workshopSettings.guarantee })
    .from(vehicles)
    .innerJoin(servicePoints, eq(servicePoints.id, vehicles.servicePointId))
    .leftJoin(workshopSettings, eq(workshopSettings.servicePointId, vehicles.servicePointId))
    .where(eq(vehicles.id, id))
    .for('update', { of: vehicles });
  return row && { ...row, guarantee: (row.guarantee ?? {}) as GuaranteeSettings };
}

/**
 * The signature on a draft in one statement: the order as signed, the signature time it had, its point's path and zone
 * and guarantee settings. Undefined when the order is missing, not a draft or of another version (the caller reads
 * why); a concurrent writer's version makes the re-checked row fail the version test, so the old values returned are
 * those of the row signed.
 */
export async function signDraft(q: Q, id: string, version: number, signature: string, at: Date) {
  const before = q
    .select({
      id: workOrders.id,
      signedAtBefore: sql<Date | null>`${workOrders.signedAt}`.as('signed_at_before'),
      pointPath: sql<string>`${servicePoints.path}`.as('point_path'),
      pointTimeZone: sql<string>`${servicePoints.timeZone}`.as('point_time_zone'),
      guarantee: sql<GuaranteeSettings | null>`${workshopSettings.guarantee}`.as('point_guarantee'),
    })
    .from(workOrders)
    .innerJoin(servicePoints, eq(servicePoints.id, workOrders.servicePointId))
    .leftJoin(workshopSettings, eq(workshopSettings.servicePointId, workOrders.servicePointId))
    .where(eq(workOrders.id, id))
    .as('before');
  const [row] = await q
    .update(workOrders)
    .set({ customerSignature: signature, signedAt: at, updatedAt: at, version: sql`${workOrders.version} + 1` })
    .from(before)
    .where(and(eq(workOrders.id, before.id), eq(workOrders.version, version), eq(workOrders.status, 'draft')))
    .returning({
      ...getTableColumns(workOrders),
      signedAtBefore: before.signedAtBefore,
      pointPath: before.pointPath,
      pointTimeZone: before.pointTimeZone,
      guarantee: before.guarantee,
    });
  if (!row) return undefined;
  const { signedAtBefore, pointPath, pointTimeZone, guarantee, ...order } = row;
  return {
    order,
    signedAtBefore: signedAtBefore === null ? null : new Date(signedAtBefore),
    point: { id: order.servicePointId, path: pointPath, timeZone: pointTimeZone },
    guarantee: (guarantee ?? {}) as GuaranteeSettings,
  };
}

/** Labor operations by id with the point's sale rate of their trade at `grade` (null when the trade has none): one statement. */
export const laborOperationsWithRates = async (q: Q, ids: string[], pointId: string, grade: string) =>
  new Map(
    ids.length
      ? (
          await q
            .select({ op: laborOperations, rateFen: laborRates.rateFen })
            .from(laborOperations)
            .leftJoin(laborRates, and(eq(laborRates.servicePointId, pointId), eq(laborRates.trade, laborOperations.trade), eq(laborRates.skillGrade, grade)))
            .where(inArray(laborOperations.id, [...new Set(ids)]))
        ).map((r) => [r.op.id, { ...r.op, rateFen: r.rateFen }])
      : [],
  );
