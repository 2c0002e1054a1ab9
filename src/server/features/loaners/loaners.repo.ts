/** Queries of the loaner fleet and its bookings. */
import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { customers, loanerBookings, loanerCars, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
export type LoanerRow = typeof loanerCars.$inferSelect;
export type BookingRow = typeof loanerBookings.$inferSelect;

export async function insertLoaner(q: Q, v: typeof loanerCars.$inferInsert) {
  const [row] = await q.insert(loanerCars).values(v).returning();
  return row;
}
/** The loaner, locked FOR UPDATE when asked: bookings of one car are decided one at a time. */
export async function findLoaner(q: Q, id: string, lock = false) {
  const base = q.select().from(loanerCars).where(eq(loanerCars.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updateLoaner(q: Q, id: string, patch: Partial<typeof loanerCars.$inferInsert>, at: Date, version?: number) {
  const [row] = await q
    .update(loanerCars)
    .set({ ...patch, updatedAt: at, version: sql`${loanerCars.version} + 1` })
    .where(and(eq(loanerCars.id, id), version === undefined ? undefined : eq(loanerCars.version, version)))
    .returning();
  return row;
}
export const listLoaners = (q: Q, pointIds: string[]) =>
  pointIds.length
    ? q.select().from(loanerCars).where(inArray(loanerCars.servicePointId, pointIds)).orderBy(asc(loanerCars.plate))
    : Promise.resolve([] as LoanerRow[]);

export async function insertBooking(q: Q, v: typeof loanerBookings.$inferInsert) {
  const [row] = await q.insert(loanerBookings).values(v).returning();
  return row;
}
export async function findBooking(q: Q, id: string, lock = false) {
  const base = q.select().from(loanerBookings).where(eq(loanerBookings.id, id));
  const [row] = lock ? await base.for('update') : await base;
  return row;
}
export async function updateBooking(q: Q, id: string, version: number, patch: Partial<typeof loanerBookings.$inferInsert>, at: Date) {
  const [row] = await q
    .update(loanerBookings)
    .set({ ...patch, updatedAt: at, version: sql`${loanerBookings.version} + 1` })
    .where(and(eq(loanerBookings.id, id), eq(loanerBookings.version, version)))
    .returning();
  return row;
}
/** Bookings of one car that still hold it (booked or out). */
export const liveBookingsOf = (q: Q, loanerId: string) =>
  q
    .select()
    .from(loanerBookings)
    .where(and(eq(loanerBookings.loanerId, loanerId), inArray(loanerBookings.status, ['booked', 'out'])));
export const listBookings = (q: Q, f: { pointIds: string[]; from?: Date; to?: Date; workOrderId?: string; statuses?: string[] }) =>
  f.pointIds.length
    ? q
        .select()
        .from(loanerBookings)
        .where(
          and(
            inArray(loanerBookings.servicePointId, f.pointIds),
            f.to ? lt(loanerBookings.startAt, f.to) : undefined,
            f.from ? gt(loanerBookings.endAt, f.from) : undefined,
            f.workOrderId ? eq(loanerBookings.workOrderId, f.workOrderId) : undefined,
            f.statuses?.length ? inArray(loanerBookings.status, f.statuses) : undefined,
          ),
        )
        .orderBy(asc(loanerBookings.startAt))
        .limit(500)
    : Promise.resolve([] as BookingRow[]);

export async function namesOf(q: Q, rows: BookingRow[]) {
  const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  const [ls, cs, ws] = await Promise.all([
    uniq(rows.map((r) => r.loanerId)).length
      ? q
          .select()
          .from(loanerCars)
          .where(inArray(loanerCars.id, uniq(rows.map((r) => r.loanerId))))
      : [],
    uniq(rows.map((r) => r.customerId)).length
      ? q
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(inArray(customers.id, uniq(rows.map((r) => r.customerId))))
      : [],
    uniq(rows.map((r) => r.workOrderId)).length
      ? q
          .select({ id: workOrders.id, number: workOrders.number })
          .from(workOrders)
          .where(inArray(workOrders.id, uniq(rows.map((r) => r.workOrderId))))
      : [],
  ]);
  return { loaner: new Map(ls.map((x) => [x.id, x])), customer: new Map(cs.map((x) => [x.id, x.name])), order: new Map(ws.map((x) => [x.id, x.number])) };
}
export async function customerOf(q: Q, id: string) {
  const [row] = await q.select({ id: customers.id, servicePointId: customers.servicePointId }).from(customers).where(eq(customers.id, id));
  return row;
}
