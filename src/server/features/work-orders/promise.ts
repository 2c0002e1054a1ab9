import type { Db, Tx } from '../../db/client.js';
import { promisedCompletion } from '../../../domain/work-orders/promise.js';
import { usableTimeZone } from '../../../domain/time/index.js';
import { findPoint } from '../service-points/index.js';
import { techniciansOfTrades } from '../org/index.js';
import * as repo from './promise.repo.js';
import type { WorkOrderRow } from './work-orders.repo.js';

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

/** 预计完工 for a work order from the board's open load of its trades, its own hours and its backordered parts. */
export async function suggestPromise(q: Q, w: WorkOrderRow, now: Date) {
  const lines = await repo.laborLinesOf(q, w.id);
  const trades = [...new Set(lines.map((l) => l.trade ?? 'mechanical'))];
  const ownMinutes = Math.round((lines.reduce((s, l) => s + (l.hoursMilli ?? 0), 0) * 60) / 1000);
  const queueMinutes = trades.length
    ? await repo.queuedMinutes(q, {
        pointId: w.servicePointId,
        exceptWorkOrderId: w.id,
        trades,
        jobStatuses: OPEN_JOBS,
        orderStatuses: ['confirmed', 'in_progress', 'waiting_parts'],
      })
    : 0;
  const techs = trades.length
    ? await techniciansOfTrades(
        q,
        w.servicePointId,
        trades.map((t) => (t === 'electrical' ? 'mechanical' : t)),
      )
    : [];
  const short = await repo.countShortParts(q, w.id);
  const hours = await repo.workshopHoursOf(q, w.servicePointId);
  const point = (await findPoint(q, w.servicePointId))!;
  const basis = { ownMinutes, queueMinutes, technicians: techs.length, partsShort: short > 0 };
  const r = promisedCompletion(
    { timeZone: usableTimeZone(point.timeZone), mode: 'everyday', openOnHolidays: true, holidays: [], hours: (hours ?? FALLBACK_HOURS) as never },
    { now, ...basis },
  );
  return { suggestedAt: r.at.toISOString(), workingMinutes: r.workingMinutes, basis };
}
