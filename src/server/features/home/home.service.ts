import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { addDays, dayRange, lastDays, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { visiblePoint } from '../service-points/index.js';
import { countBookedOn } from '../appointments/index.js';
import { countByStatus, receivedBetween, workOrdersByIds, type WorkOrdersApi } from '../work-orders/index.js';
import * as repo from './home.repo.js';
import type { HomeToday } from '../../../contracts/home.js';

const OPEN_STATUSES = ['draft', 'confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready', 'delivered', 'settled'];

/** The manager's home page: today's arrivals, work orders by state, board load, revenue and the week's trend. */
export function createHomeService(deps: { db: Db; now: () => Date; orders: WorkOrdersApi }) {
  const { db, now } = deps;
  return {
    async today(actor: Actor, servicePointId?: string): Promise<HomeToday> {
      const point = await visiblePoint(db, actor, servicePointId);
      const tz = usableTimeZone(point.timeZone);
      const todayIso = localDate(tz, now());
      const { start: from, end: to } = dayRange(tz, todayIso);
      const weekFrom = dayRange(tz, addDays(todayIso, -6)).start;
      const received = await receivedBetween(db, point.id, weekFrom, to);
      const byStatus = await countByStatus(db, point.id, OPEN_STATUSES);
      const jobs = await repo.openJobLoad(db, point.id);
      const booked = await countBookedOn(db, point.id, todayIso);
      const settled = await repo.settledBetween(db, point.id, weekFrom, to);
      const orders = await workOrdersByIds(
        db,
        settled.map((s) => s.workOrderId),
      );
      // The orders' stored totals (written with their lines): no line of the week is read or priced here.
      const totals = new Map(orders.map((o) => [o.id, o]));
      const days = lastDays(todayIso, 7);
      const dayOf = (d: Date) => localDate(tz, d);
      const trend = days.map((d) => {
        const ids = settled.filter((s) => s.settledAt && dayOf(s.settledAt) === d).map((s) => s.workOrderId);
        const mine = [...new Set(ids)].flatMap((id) => totals.get(id) ?? []);
        return {
          date: d,
          arrivals: received.filter((r) => dayOf(r.receivedAt) === d).length,
          laborFen: mine.reduce((s, p) => s + p.laborFen, 0),
          partsFen: mine.reduce((s, p) => s + p.partsFen, 0),
          collectedFen: settled.filter((s) => s.settledAt && dayOf(s.settledAt) === d).reduce((s, x) => s + x.payableFen, 0),
        };
      });
      const todayRow = trend[6];
      const arrivalsToday = received.filter((r) => r.receivedAt >= from);
      return {
        date: todayIso,
        arrivals: arrivalsToday.length,
        arrivalsWithAppointment: arrivalsToday.filter((r) => r.appointmentId).length,
        appointmentsToday: booked,
        workOrdersByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
        boardLoad: Object.fromEntries(jobs.map((j) => [j.status, { jobs: j.n, standardMinutes: j.minutes }])),
        revenueToday: { laborFen: todayRow.laborFen, partsFen: todayRow.partsFen, collectedFen: todayRow.collectedFen },
        week: trend,
      };
    },
  };
}
export type HomeService = ReturnType<typeof createHomeService>;
