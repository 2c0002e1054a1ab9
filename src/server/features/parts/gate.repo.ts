/** Queries of the parts gate: the picking queue and what each parts line of an order has issued. */
import { and, asc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { vehicles, workOrderParts, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
/** Orders past these keep nothing to pick or return. */
const FINISHED = ['cancelled', 'closed'];
/** Orders that may still bring issued parts back (退料) before they are settled. */
const RETURNABLE = ['confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready'];
const unissued = sql<number>`count(*) filter (where ${workOrderParts.status} in ('reserved', 'short'))::int`;

/** Work orders of the points with parts still to issue (whatever their status) or, while returnable, parts issued. */
export const pickingQueue = (q: Q, pointIds: string[]) =>
  q
    .select({
      workOrderId: workOrders.id,
      number: workOrders.number,
      status: workOrders.status,
      confirmedAt: workOrders.confirmedAt,
      plate: vehicles.plate,
      model: vehicles.model,
      unissuedLines: unissued,
      shortLines: sql<number>`count(*) filter (where ${workOrderParts.status} = 'short')::int`,
      partLines: sql<number>`count(*)::int`,
    })
    .from(workOrderParts)
    .innerJoin(workOrders, eq(workOrders.id, workOrderParts.workOrderId))
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .where(and(inArray(workOrderParts.servicePointId, pointIds), notInArray(workOrders.status, FINISHED)))
    .groupBy(workOrders.id, vehicles.id)
    .having(or(sql`${unissued} > 0`, inArray(workOrders.status, RETURNABLE)))
    .orderBy(asc(workOrders.confirmedAt), asc(workOrders.number));

/** Issued and returned quantity per parts line of an order (the lines billed at settlement). */
export const issuedOfOrder = (q: Q, workOrderId: string) =>
  q
    .select({ lineId: workOrderParts.workOrderLineId, issuedMilli: workOrderParts.issuedMilli, returnedMilli: workOrderParts.returnedMilli })
    .from(workOrderParts)
    .where(eq(workOrderParts.workOrderId, workOrderId));
