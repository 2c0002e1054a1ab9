import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { appointments, customers, employees, laborOperations, laborRates, parts, vehicles, workOrderLines, workOrders } from '../../db/schema.js';
import { escapeLike as esc } from '../../lib/text.js';

type Q = Db | Tx;
export type WorkOrderRow = typeof workOrders.$inferSelect;
export type LineRow = typeof workOrderLines.$inferSelect;

export async function insertWorkOrder(q: Q, v: typeof workOrders.$inferInsert) {
  const [row] = await q.insert(workOrders).values(v).returning();
  return row;
}
export async function findWorkOrder(q: Q, id: string, lock = false) {
  const base = q.select().from(workOrders).where(eq(workOrders.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updateWorkOrder(q: Q, id: string, version: number, patch: Partial<typeof workOrders.$inferInsert>, at: Date) {
  const [row] = await q
    .update(workOrders)
    .set({ ...patch, updatedAt: at, version: sql`${workOrders.version} + 1` })
    .where(and(eq(workOrders.id, id), eq(workOrders.version, version)))
    .returning();
  return row;
}
export const linesOf = (q: Q, ids: string[]) =>
  ids.length
    ? q.select().from(workOrderLines).where(inArray(workOrderLines.workOrderId, ids)).orderBy(asc(workOrderLines.sortOrder))
    : Promise.resolve([] as LineRow[]);
/**
 * Replace the lines (one multi-row insert); the lines before (the delete returns them) and the new rows. Only through
 * the service (the stored totals move with them).
 */
export async function replaceLines(q: Q, workOrderId: string, rows: (typeof workOrderLines.$inferInsert)[]) {
  const before = await q.delete(workOrderLines).where(eq(workOrderLines.workOrderId, workOrderId)).returning();
  const saved: LineRow[] = rows.length ? await q.insert(workOrderLines).values(rows).returning() : [];
  return { before: before.sort((a, b) => a.sortOrder - b.sortOrder), saved };
}
/** Set 预计完工 on an order this transaction holds locked (no other writer: no version test, the version still moves). */
export async function setPromisedAt(q: Q, id: string, promisedAt: Date, at: Date) {
  const [row] = await q
    .update(workOrders)
    .set({ promisedAt, updatedAt: at, version: sql`${workOrders.version} + 1` })
    .where(eq(workOrders.id, id))
    .returning();
  return row;
}
/** Set the stored totals (totals.ts computes them). */
export const setTotals = (q: Q, id: string, t: { laborFen: number; partsFen: number; amountFen: number; customerPayableFen: number }) =>
  q.update(workOrders).set(t).where(eq(workOrders.id, id));
/** Add a difference to the stored totals (a line changed in place). */
export const addToTotals = (q: Q, id: string, d: { laborFen: number; partsFen: number; amountFen: number; customerPayableFen: number }) =>
  q
    .update(workOrders)
    .set({
      laborFen: sql`${workOrders.laborFen} + ${d.laborFen}`,
      partsFen: sql`${workOrders.partsFen} + ${d.partsFen}`,
      amountFen: sql`${workOrders.amountFen} + ${d.amountFen}`,
      customerPayableFen: sql`${workOrders.customerPayableFen} + ${d.customerPayableFen}`,
    })
    .where(eq(workOrders.id, id));
/** Mark a line as paid by a visit card (次卡) unless another card already paid it; the line, or undefined. */
export async function markLineVisitCard(q: Q, lineId: string, visitCardId: string) {
  const [row] = await q
    .update(workOrderLines)
    .set({ visitCardId, fixedAmountFen: 0 })
    .where(and(eq(workOrderLines.id, lineId), isNull(workOrderLines.visitCardId)))
    .returning();
  return row;
}

/** Customers, vehicles and advisors of a set of work orders, for presentation. */
export async function partiesOf(q: Q, rows: WorkOrderRow[]) {
  const comebackIds = rows.flatMap((r) => (r.comebackOfId ? [r.comebackOfId] : []));
  const [cs, vs, es, cb] = await Promise.all([
    rows.length
      ? q
          .select({ id: customers.id, name: customers.name, phone: customers.phone })
          .from(customers)
          .where(
            inArray(
              customers.id,
              rows.map((r) => r.customerId),
            ),
          )
      : [],
    rows.length
      ? q
          .select({ id: vehicles.id, plate: vehicles.plate, vin: vehicles.vin, model: vehicles.model, modelFamily: vehicles.modelFamily })
          .from(vehicles)
          .where(
            inArray(
              vehicles.id,
              rows.map((r) => r.vehicleId),
            ),
          )
      : [],
    rows.some((r) => r.advisorEmployeeId)
      ? q
          .select({ id: employees.id, name: employees.name })
          .from(employees)
          .where(
            inArray(
              employees.id,
              rows.flatMap((r) => (r.advisorEmployeeId ? [r.advisorEmployeeId] : [])),
            ),
          )
      : [],
    comebackIds.length ? q.select({ id: workOrders.id, number: workOrders.number }).from(workOrders).where(inArray(workOrders.id, comebackIds)) : [],
  ]);
  return {
    customers: new Map(cs.map((c) => [c.id, c])),
    vehicles: new Map(vs.map((v) => [v.id, v])),
    employees: new Map(es.map((e) => [e.id, e.name])),
    comebacks: new Map(cb.map((w) => [w.id, w.number])),
  };
}

export async function listWorkOrders(q: Q, f: { pointIds: string[]; statuses?: string[]; q?: string; vehicleId?: string; limit: number; offset: number }) {
  const conds: SQL[] = [inArray(workOrders.servicePointId, f.pointIds)];
  if (f.statuses?.length) conds.push(inArray(workOrders.status, f.statuses));
  if (f.vehicleId) conds.push(eq(workOrders.vehicleId, f.vehicleId));
  if (f.q) {
    // Resolve the text to vehicles first (plate, VIN or its tail through the reverse-VIN index), then use the
    // (vehicle_id, received_at) index: never scan every work order for a plate.
    const t = f.q.toUpperCase().replace(/[\s·.-]/g, '');
    const matches = await q
      .select({ id: vehicles.id })
      .from(vehicles)
      .where(
        and(
          inArray(vehicles.servicePointId, f.pointIds),
          or(
            eq(vehicles.plate, t),
            eq(vehicles.vin, t),
            ilike(vehicles.plate, `%${esc(t)}%`),
            t.length >= 4 ? sql`reverse(${vehicles.vin}) like ${esc([...t].reverse().join('')) + '%'}` : sql`false`,
          ),
        ),
      )
      .limit(50);
    const ids = matches.map((m) => m.id);
    conds.push(or(eq(workOrders.number, t), sql`${workOrders.number} like ${esc(t) + '%'}`, ...(ids.length ? [inArray(workOrders.vehicleId, ids)] : []))!);
  }
  const where = and(...conds);
  const rows = await q.select().from(workOrders).where(where).orderBy(desc(workOrders.receivedAt)).limit(f.limit).offset(f.offset);
  const [{ total }] = await q.select({ total: sql<number>`count(*)::int` }).from(workOrders).where(where);
  return { rows, total };
}

export const workOrdersByIds = (q: Q, ids: string[]) =>
  ids.length ? q.select().from(workOrders).where(inArray(workOrders.id, ids)) : Promise.resolve([] as WorkOrderRow[]);
/** Number, delivery time, customer's name and phone and the plate of work orders (what a follow-up caller needs). */
export const callSheetsOf = (q: Q, ids: string[]) =>
  ids.length
    ? q
        .select({
          id: workOrders.id,
          number: workOrders.number,
          deliveredAt: workOrders.deliveredAt,
          customerName: customers.name,
          phone: customers.phone,
          plate: vehicles.plate,
        })
        .from(workOrders)
        .innerJoin(customers, eq(customers.id, workOrders.customerId))
        .innerJoin(vehicles, eq(vehicles.id, workOrders.vehicleId))
        .where(inArray(workOrders.id, ids))
    : Promise.resolve([]);
/** Arrivals of a point in [from, to). */
/**
 * Work orders received in [from, to) by local day at the point (`timeZone`), and how many of them came by
 * appointment: counted in SQL, so a busy week costs one row per day, not one per order.
 */
export const arrivalsByDay = (q: Q, pointId: string, timeZone: string, from: Date, to: Date) =>
  q
    .select({
      day: sql<string>`((${workOrders.receivedAt} at time zone ${timeZone})::date)::text`,
      n: sql<number>`count(*)::int`,
      withAppointment: sql<number>`(count(*) filter (where ${workOrders.appointmentId} is not null))::int`,
    })
    .from(workOrders)
    .where(and(eq(workOrders.servicePointId, pointId), gte(workOrders.receivedAt, from), lt(workOrders.receivedAt, to)))
    // By position: the day expression carries a parameter, and two copies of it would not be the same expression.
    .groupBy(sql`1`);
/** How many work orders of a point are in each of `statuses`. */
export const countByStatus = (q: Q, pointId: string, statuses: string[]) =>
  q
    .select({ status: workOrders.status, n: sql<number>`count(*)::int` })
    .from(workOrders)
    .where(and(eq(workOrders.servicePointId, pointId), inArray(workOrders.status, statuses)))
    .groupBy(workOrders.status);
/** The last `limit` delivered (or settled, closed) work orders of a vehicle, newest first. */
export const lastDeliveredOf = (q: Q, vehicleId: string, limit: number) =>
  q
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.vehicleId, vehicleId), isNotNull(workOrders.deliveredAt), inArray(workOrders.status, ['delivered', 'settled', 'closed'])))
    .orderBy(desc(workOrders.deliveredAt))
    .limit(limit);

// ---- what reception reads and writes of other areas, in the work order's transaction ----
export async function findVehicle(q: Q, id: string, lock = false) {
  const base = q.select().from(vehicles).where(eq(vehicles.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export const setVehicleMileage = (q: Q, id: string, mileageKm: number, at: Date) =>
  q.update(vehicles).set({ mileageKm, updatedAt: at }).where(eq(vehicles.id, id));
/** The booking channel of each appointment among `ids`. */
export const appointmentChannelsOf = async (q: Q, ids: string[]) =>
  new Map(
    ids.length
      ? (await q.select({ id: appointments.id, channel: appointments.channel }).from(appointments).where(inArray(appointments.id, ids))).map((a) => [
          a.id,
          a.channel,
        ])
      : [],
  );
/** The appointment a work order is opened from, locked (one order per appointment). */
export async function findAppointmentForReception(q: Q, id: string) {
  const [row] = await q.select().from(appointments).where(eq(appointments.id, id)).for('update');
  return row;
}
export async function orderOfAppointment(q: Q, appointmentId: string) {
  const [row] = await q.select({ id: workOrders.id, number: workOrders.number }).from(workOrders).where(eq(workOrders.appointmentId, appointmentId));
  return row;
}
/** A booked appointment becomes 'arrived' when its work order is opened (an arrived one keeps its arrival time). */
export const markAppointmentArrived = (q: Q, appointmentId: string, at: Date) =>
  q
    .update(appointments)
    .set({ status: 'arrived', arrivedAt: at, updatedAt: at, version: sql`${appointments.version} + 1` })
    .where(and(eq(appointments.id, appointmentId), eq(appointments.status, 'booked')));
export const saleRatesOf = (q: Q, pointId: string, grade: string) =>
  q
    .select()
    .from(laborRates)
    .where(and(eq(laborRates.servicePointId, pointId), eq(laborRates.skillGrade, grade)));
export async function findLaborOperation(q: Q, id: string) {
  const [row] = await q.select().from(laborOperations).where(eq(laborOperations.id, id));
  return row;
}
export async function findPart(q: Q, id: string) {
  const [row] = await q.select().from(parts).where(eq(parts.id, id));
  return row;
}
/** Labor operations and parts by id, each in one statement (the lines of an order, however many). */
export const laborOperationsByIds = async (q: Q, ids: string[]) =>
  new Map(
    ids.length
      ? (
          await q
            .select()
            .from(laborOperations)
            .where(inArray(laborOperations.id, [...new Set(ids)]))
        ).map((r) => [r.id, r])
      : [],
  );
export const partsByIds = async (q: Q, ids: string[]) =>
  new Map(
    ids.length
      ? (
          await q
            .select()
            .from(parts)
            .where(inArray(parts.id, [...new Set(ids)]))
        ).map((r) => [r.id, r])
      : [],
  );
/** Add lines after the existing ones (approved 增项 items joining an order past draft); only with the totals (totals.ts). */
export async function appendLines(q: Q, workOrderId: string, rows: Omit<typeof workOrderLines.$inferInsert, 'workOrderId' | 'sortOrder'>[]) {
  if (!rows.length) return;
  const [{ max }] = await q
    .select({ max: sql<number>`coalesce(max(${workOrderLines.sortOrder}), -1)::int` })
    .from(workOrderLines)
    .where(eq(workOrderLines.workOrderId, workOrderId));
  await q.insert(workOrderLines).values(rows.map((r, i) => ({ ...r, workOrderId, sortOrder: max + 1 + i })));
}
