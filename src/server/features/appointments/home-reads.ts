/** What the advisor's home page reads of the bookings: the day's appointments with car and customer. */
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { appointments, customers, vehicles } from '../../db/schema.js';

export const appointmentsOfDay = (q: Db | Tx, pointId: string, localDate: string) =>
  q
    .select({
      id: appointments.id,
      startAt: appointments.startAt,
      status: appointments.status,
      advisorEmployeeId: appointments.advisorEmployeeId,
      concern: appointments.concern,
      plate: vehicles.plate,
      customerName: customers.name,
    })
    .from(appointments)
    .innerJoin(vehicles, eq(vehicles.id, appointments.vehicleId))
    .innerJoin(customers, eq(customers.id, appointments.customerId))
    .where(and(eq(appointments.servicePointId, pointId), eq(appointments.localDate, localDate), ne(appointments.status, 'cancelled')))
    .orderBy(asc(appointments.startAt));
