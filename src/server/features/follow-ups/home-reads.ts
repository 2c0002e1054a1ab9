/** What the CRM's home page reads: follow-up calls due by a time. */
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { followUps, vehicles, workOrders } from '../../db/schema.js';

export const callsDueBy = (q: Db | Tx, pointIds: string[], until: Date) =>
  pointIds.length
    ? q
        .select({
          id: followUps.id,
          workOrderId: followUps.workOrderId,
          dueAt: followUps.dueAt,
          attempts: followUps.attempts,
          number: workOrders.number,
          plate: vehicles.plate,
        })
        .from(followUps)
        .innerJoin(workOrders, eq(workOrders.id, followUps.workOrderId))
        .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
        .where(and(inArray(followUps.servicePointId, pointIds), eq(followUps.status, 'pending'), lte(followUps.dueAt, until)))
        .orderBy(asc(followUps.dueAt))
        .limit(100)
    : Promise.resolve([]);
