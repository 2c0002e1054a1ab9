/** What the technician's home page reads of the board: their unfinished jobs. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { vehicles, workOrders, workshopJobs } from '../../db/schema.js';

export const jobsOfTechnician = (q: Db | Tx, employeeId: string) =>
  q
    .select({
      id: workshopJobs.id,
      workOrderId: workshopJobs.workOrderId,
      number: workOrders.number,
      plate: vehicles.plate,
      trade: workshopJobs.trade,
      status: workshopJobs.status,
      standardMinutes: workshopJobs.standardMinutes,
      plannedStartAt: workshopJobs.plannedStartAt,
    })
    .from(workshopJobs)
    .innerJoin(workOrders, eq(workOrders.id, workshopJobs.workOrderId))
    .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .where(and(eq(workshopJobs.technicianEmployeeId, employeeId), sql`${workshopJobs.status} not in ('finished','cancelled')`))
    .orderBy(asc(workshopJobs.plannedStartAt))
    .limit(50);
