/** What the parts keeper's home page reads: orders with reserved parts not yet issued (the picking list's work). */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { vehicles, workOrderParts, workOrders } from '../../db/schema.js';

export const ordersToPick = (q: Db | Tx, pointId: string) =>
  q
    .select({
      workOrderId: workOrders.id,
      number: workOrders.number,
      status: workOrders.status,
      plate: vehicles.plate,
      lines: sql<number>`count(*)::int`,
    })
    .from(workOrderParts)
    .innerJoin(workOrders, eq(workOrders.id, workOrderParts.workOrderId))
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .where(
      and(
        eq(workOrderParts.servicePointId, pointId),
        sql`${workOrderParts.status} in ('reserved','short')`,
        sql`${workOrders.status} not in ('cancelled','closed')`,
      ),
    )
    .groupBy(workOrders.id, workOrders.number, workOrders.status, vehicles.plate)
    .limit(100);
