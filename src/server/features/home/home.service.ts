import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { addDays, dayRange, lastDays, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { visiblePoint } from '../service-points/index.js';
import { countBookedOn } from '../appointments/index.js';
import { arrivalsByDay, countByStatus, type WorkOrdersApi } from '../work-orders/index.js';
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
      const { end: to } = dayRange(tz, todayIso);
      const weekFrom = dayRange(tz, addDays(todayIso, -6)).start;
      // The week by local day, counted and summed in SQL (stored order totals): nothing is priced here.
      const arrivals = new Map((await arrivalsByDay(db, point.id, tz, weekFrom, to)).map((r) => [r.day, r]));
      const byStatus = await countByStatus(db, point.id, OPEN_STATUSES);
      const jobs = await repo.openJobLoad(db, point.id);
      const booked = await countBookedOn(db, point.id, todayIso);
      const collected = new Map((await repo.collectedByDay(db, point.id, tz, weekFrom, to)).map((r) => [r.day, r.fen]));
      const revenue = new Map((await repo.revenueByDay(db, point.id, tz, weekFrom, to)).map((r) => [r.day, r]));
      const trend = lastDays(todayIso, 7).map((d) => ({
        date: d,
        arrivals: arrivals.get(d)?.n ?? 0,
        laborFen: revenue.get(d)?.laborFen ?? 0,
        partsFen: revenue.get(d)?.partsFen ?? 0,
        collectedFen: collected.get(d) ?? 0,
      }));
      const todayRow = trend[6];
      return {
        date: todayIso,
        arrivals: todayRow.arrivals,
        arrivalsWithAppointment: arrivals.get(todayIso)?.withAppointment ?? 0,
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
