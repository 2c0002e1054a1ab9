import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { assignments, employees, positions, workOrderLines, workOrderParts, workOrders, workshopJobs, workshopSettings } from '../../db/schema.js';
import { promisedCompletion } from '../../../domain/work-orders/promise.js';
import { findPoint } from '../service-points/index.js';
import type { WorkOrderRow } from './work-orders.repo.js';

type Q = Db | Tx;
const OPEN_JOBS = ['pending', 'assigned', 'in_progress', 'paused', 'rework'];
const FALLBACK_HOURS = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:00' }]]));

/** 预计完工 for a work order from the board's open load of its trades, its own hours and its backordered parts. */
export async function suggestPromise(q: Q, w: WorkOrderRow, now: Date) {
  const lines = await q.select({ trade: workOrderLines.trade, hoursMilli: workOrderLines.hoursMilli }).from(workOrderLines)
    .where(and(eq(workOrderLines.workOrderId, w.id), eq(workOrderLines.kind, 'labor')));
  const trades = [...new Set(lines.map((l) => l.trade ?? 'mechanical'))];
  const ownMinutes = Math.round(lines.reduce((s, l) => s + (l.hoursMilli ?? 0), 0) * 60 / 1000);
  const [queue] = trades.length ? await q.select({ minutes: sql<number>`coalesce(sum(${workshopJobs.standardMinutes}), 0)::int` }).from(workshopJobs)
    .innerJoin(workOrders, eq(workOrders.id, workshopJobs.workOrderId))
    .where(and(eq(workshopJobs.servicePointId, w.servicePointId), ne(workshopJobs.workOrderId, w.id), inArray(workshopJobs.trade, trades), inArray(workshopJobs.status, OPEN_JOBS),
      inArray(workOrders.status, ['confirmed', 'in_progress', 'waiting_parts']))) : [{ minutes: 0 }];
  const techs = trades.length ? await q.selectDistinct({ id: employees.id }).from(employees)
    .innerJoin(assignments, eq(assignments.employeeId, employees.id)).innerJoin(positions, eq(positions.id, assignments.positionId))
    .where(and(eq(employees.servicePointId, w.servicePointId), eq(employees.isActive, true), inArray(employees.trade, trades.map((t) => (t === 'electrical' ? 'mechanical' : t))), sql`${positions.permissions} ? 'workshop.work'`)) : [];
  const short = await q.select({ n: sql<number>`count(*)::int` }).from(workOrderParts).where(and(eq(workOrderParts.workOrderId, w.id), eq(workOrderParts.status, 'short')));
  const [settings] = await q.select({ hours: workshopSettings.hours }).from(workshopSettings).where(eq(workshopSettings.servicePointId, w.servicePointId));
  const point = (await findPoint(q, w.servicePointId))!;
  const basis = { ownMinutes, queueMinutes: queue.minutes, technicians: techs.length, partsShort: short[0].n > 0 };
  const r = promisedCompletion({ timeZone: point.timeZone, mode: 'everyday', openOnHolidays: true, holidays: [], hours: (settings?.hours ?? FALLBACK_HOURS) as never }, { now, ...basis });
  return { suggestedAt: r.at.toISOString(), workingMinutes: r.workingMinutes, basis };
}
