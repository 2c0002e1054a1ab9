import type { Db, Tx } from '../../db/client.js';
import { promisedCompletion } from '../../../domain/work-orders/promise.js';
import { usableTimeZone } from '../../../domain/time/index.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './promise.repo.js';
import type { WorkOrderRow } from './work-orders.repo.js';
import type { HookFacts } from './hooks.js';

type Q = Db | Tx;
const OPEN_JOBS = ['pending', 'assigned', 'in_progress', 'paused', 'rework'];
const FALLBACK_HOURS = Object.fromEntries(
  [1, 2, 3, 4, 5, 6, 7].map((d) => [
    d,
    [
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '18:00' },
    ],
  ]),
);

/**
 * 预计完工 for a work order from the board's open load of its trades, its own hours and its backordered parts. `facts`:
 * what the confirmation read already (the lines, the point), so that it is not read again.
 */
export async function suggestPromise(q: Q, w: WorkOrderRow, now: Date, facts: HookFacts = {}) {
  const lines = facts.lines ? facts.lines.filter((l) => l.kind === 'labor') : await repo.laborLinesOf(q, w.id);
  const trades = [...new Set(lines.map((l) => l.trade ?? 'mechanical'))];
  const ownMinutes = Math.round((lines.reduce((s, l) => s + (l.hoursMilli ?? 0), 0) * 60) / 1000);
  const b = await repo.promiseBasis(q, {
    pointId: w.servicePointId,
    workOrderId: w.id,
    trades,
    technicianTrades: trades.map((t) => (t === 'electrical' ? 'mechanical' : t)),
    jobStatuses: OPEN_JOBS,
    orderStatuses: ['confirmed', 'in_progress', 'waiting_parts'],
  });
  const point = facts.point ?? (await findPoint(q, w.servicePointId))!;
  const basis = { ownMinutes, queueMinutes: b.queueMinutes, technicians: b.technicians, partsShort: b.partsShort > 0 };
  const r = promisedCompletion(
    { timeZone: usableTimeZone(point.timeZone), mode: 'everyday', openOnHolidays: true, holidays: [], hours: (b.hours ?? FALLBACK_HOURS) as never },
    { now, ...basis },
  );
  return { suggestedAt: r.at.toISOString(), workingMinutes: r.workingMinutes, basis };
}
