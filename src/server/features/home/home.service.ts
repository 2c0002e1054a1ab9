import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { appointments, settlements, workOrders, workshopJobs } from '../../db/schema.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { dayNumber, isoDate } from '../../../domain/sla/holiday-year.js';
import { wallToEpoch } from '../../../domain/sla/tz.js';
import { visiblePoint } from '../service-points/index.js';
import type { WorkOrdersApi } from '../work-orders/index.js';
import type { HomeToday } from '../../../contracts/home.js';

const OPEN_STATUSES = ['draft', 'confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready', 'delivered', 'settled'];

/** The manager's home page: today's arrivals, work orders by state, board load, revenue and the week's trend. */
export function createHomeService(deps: { db: Db; now: () => Date; orders: WorkOrdersApi }) {
  const { db, now, orders: orderService } = deps;
  return {
    async today(actor: Actor, servicePointId?: string): Promise<HomeToday> {
      const point = await visiblePoint(db, actor, servicePointId);
      const todayIso = now().toLocaleDateString('sv-SE', { timeZone: point.timeZone });
      const today = dayNumber(todayIso)!;
      const startOf = (day: number) => new Date(wallToEpoch(point.timeZone, day, 0));
      const [from, to] = [startOf(today), startOf(today + 1)];
      const weekFrom = startOf(today - 6);
      const received = await db.select({ receivedAt: workOrders.receivedAt, appointmentId: workOrders.appointmentId }).from(workOrders)
        .where(and(eq(workOrders.servicePointId, point.id), gte(workOrders.receivedAt, weekFrom), lt(workOrders.receivedAt, to)));
      const byStatus = await db.select({ status: workOrders.status, n: sql<number>`count(*)::int` }).from(workOrders)
        .where(and(eq(workOrders.servicePointId, point.id), inArray(workOrders.status, OPEN_STATUSES))).groupBy(workOrders.status);
      const jobs = await db.select({ status: workshopJobs.status, n: sql<number>`count(*)::int`, minutes: sql<number>`coalesce(sum(${workshopJobs.standardMinutes}),0)::int` }).from(workshopJobs)
        .where(and(eq(workshopJobs.servicePointId, point.id), sql`${workshopJobs.status} not in ('finished','cancelled')`)).groupBy(workshopJobs.status);
      const booked = await db.select({ n: sql<number>`count(*)::int` }).from(appointments)
        .where(and(eq(appointments.servicePointId, point.id), eq(appointments.localDate, todayIso), sql`${appointments.status} <> 'cancelled'`, sql`${appointments.channel} <> 'walk-in'`));
      const settled = await db.select({ workOrderId: settlements.workOrderId, settledAt: settlements.settledAt, payableFen: settlements.payableFen }).from(settlements)
        .where(and(eq(settlements.servicePointId, point.id), eq(settlements.status, 'settled'), gte(settlements.settledAt, weekFrom), lt(settlements.settledAt, to)));
      const orders = settled.length ? await db.select().from(workOrders).where(inArray(workOrders.id, settled.map((s) => s.workOrderId))) : [];
      const presented = await orderService.present(db, orders);
      const days = Array.from({ length: 7 }, (_, i) => isoDate(today - 6 + i));
      const dayOf = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: point.timeZone });
      const trend = days.map((d) => {
        const ids = settled.filter((s) => s.settledAt && dayOf(s.settledAt) === d).map((s) => s.workOrderId);
        const mine = presented.filter((p) => ids.includes(p.id));
        return {
          date: d, arrivals: received.filter((r) => dayOf(r.receivedAt) === d).length,
          laborFen: mine.reduce((s, p) => s + p.quote.laborFen, 0), partsFen: mine.reduce((s, p) => s + p.quote.partsFen, 0),
          collectedFen: settled.filter((s) => s.settledAt && dayOf(s.settledAt) === d).reduce((s, x) => s + x.payableFen, 0),
        };
      });
      const todayRow = trend[6];
      const arrivalsToday = received.filter((r) => r.receivedAt >= from);
      return {
        date: todayIso,
        arrivals: arrivalsToday.length, arrivalsWithAppointment: arrivalsToday.filter((r) => r.appointmentId).length, appointmentsToday: booked[0].n,
        workOrdersByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
        boardLoad: Object.fromEntries(jobs.map((j) => [j.status, { jobs: j.n, standardMinutes: j.minutes }])),
        revenueToday: { laborFen: todayRow.laborFen, partsFen: todayRow.partsFen, collectedFen: todayRow.collectedFen },
        week: trend,
      };
    },
  };
}
export type HomeService = ReturnType<typeof createHomeService>;
