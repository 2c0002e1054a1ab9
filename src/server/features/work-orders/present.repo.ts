/**
 * What presenting work orders reads besides the lines, in two statements whatever the number of orders: the parties,
 * the comeback's number, the booking channel and the last passed QC per order; the zone and guarantee settings per point.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { appointments, customers, employees, servicePoints, vehicles, workOrders, workshopSettings } from '../../db/schema.js';
import type { GuaranteeSettings } from '../../../domain/work-orders/guarantee.js';

type Q = Db | Tx;

export interface OrderFacts {
  customerName: string;
  customerPhone: string;
  plate: string;
  vin: string;
  model: string;
  advisorName: string | null;
  comebackOfNumber: string | null;
  channel: string | null;
  passedQc: { certificateNo: string | null; mileageOut: number | null } | null;
}

/** Parties, comeback number, booking channel and last passed QC of each order, by id (one statement). */
export async function orderFactsOf(q: Q, ids: string[]): Promise<Map<string, OrderFacts>> {
  if (!ids.length) return new Map();
  const rows = await q
    .select({
      id: workOrders.id,
      customerName: customers.name,
      customerPhone: customers.phone,
      plate: vehicles.plate,
      vin: vehicles.vin,
      model: vehicles.model,
      advisorName: employees.name,
      comebackOfNumber: sql<string | null>`(select cb.number from work_orders cb where cb.id = ${workOrders.comebackOfId})`,
      channel: appointments.channel,
      passedQc: sql<OrderFacts['passedQc']>`(select json_build_object('certificateNo', qi.certificate_no, 'mileageOut', qi.mileage_out)
        from qc_inspections qi where qi.work_order_id = ${workOrders.id} and qi.is_passed order by qi.at desc limit 1)`,
    })
    .from(workOrders)
    .leftJoin(customers, eq(customers.id, workOrders.customerId))
    .leftJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
    .leftJoin(employees, eq(employees.id, workOrders.advisorEmployeeId))
    .leftJoin(appointments, eq(appointments.id, workOrders.appointmentId))
    .where(inArray(workOrders.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        customerName: r.customerName ?? '',
        customerPhone: r.customerPhone ?? '',
        plate: r.plate ?? '',
        vin: r.vin ?? '',
        model: r.model ?? '',
        advisorName: r.advisorName,
        comebackOfNumber: r.comebackOfNumber,
        channel: r.channel,
        passedQc: typeof r.passedQc === 'string' ? JSON.parse(r.passedQc) : r.passedQc,
      },
    ]),
  );
}

export interface PointFacts {
  timeZone: string | null;
  guarantee: GuaranteeSettings;
}

/** The zone and the guarantee settings of each point (one statement). */
export async function pointFactsOf(q: Q, pointIds: string[]): Promise<Map<string, PointFacts>> {
  if (!pointIds.length) return new Map();
  const rows = await q
    .select({ id: servicePoints.id, timeZone: servicePoints.timeZone, guarantee: workshopSettings.guarantee })
    .from(servicePoints)
    .leftJoin(workshopSettings, eq(workshopSettings.servicePointId, servicePoints.id))
    .where(inArray(servicePoints.id, pointIds));
  return new Map(rows.map((r) => [r.id, { timeZone: r.timeZone, guarantee: (r.guarantee ?? {}) as GuaranteeSettings }]));
}
