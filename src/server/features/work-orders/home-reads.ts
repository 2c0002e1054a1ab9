/** What the home pages read of the work orders: promised times due, and the cashier's queue (cars past QC waiting for settlement). */
import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { vehicles, workOrders } from '../../db/schema.js';

const BEFORE_DELIVERY = ['confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready'];

/** Orders not yet delivered whose promised time is before `until` (today's end), earliest first. */
export const promisedDueBy = (q: Db | Tx, pointId: string, until: Date) =>
  q
    .select({
      id: workOrders.id,
      number: workOrders.number,
      status: workOrders.status,
      promisedAt: workOrders.promisedAt,
      advisorEmployeeId: workOrders.advisorEmployeeId,
      plate: vehicles.plate,
    })
    .from(workOrders)
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .where(
      and(
        eq(workOrders.servicePointId, pointId),
        inArray(workOrders.status, BEFORE_DELIVERY),
        isNotNull(workOrders.promisedAt),
        lte(workOrders.promisedAt, until),
      ),
    )
    .orderBy(asc(workOrders.promisedAt))
    .limit(100);

/** Orders in the given statuses with their plate, oldest first. */
export const ordersInStatus = (q: Db | Tx, pointId: string, statuses: string[]) =>
  q
    .select({ id: workOrders.id, number: workOrders.number, status: workOrders.status, deliveredAt: workOrders.deliveredAt, plate: vehicles.plate })
    .from(workOrders)
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .where(and(eq(workOrders.servicePointId, pointId), inArray(workOrders.status, statuses)))
    .orderBy(asc(workOrders.receivedAt))
    .limit(100);
