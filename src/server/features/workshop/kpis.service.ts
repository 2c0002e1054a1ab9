/** Workshop measures (车间指标) over local dates: productivity, efficiency, first-time-fix rate. */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { firstTimeFix, workshopRatios } from '../../../domain/dispatch/qc.js';
import { countPauses } from '../../../domain/dispatch/pause.js';
import type { Kpis } from '../../../contracts/workshop.js';
import { invalid } from '../../http/errors.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './workshop.repo.js';
import { periodRange } from '../../../domain/time/index.js';
import { overlapMinutes } from './workshop.support.js';

const minutes = (a: Date, b: Date) => Math.max(0, b.getTime() - a.getTime()) / 60_000;

/** KPIs of one point; running clocks and attendance count up to now. */
export function createKpiService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async kpis(actor: Actor, f: { from: string; to: string; servicePointId?: string }): Promise<Kpis> {
      if (f.from > f.to) throw invalid([{ path: 'to', message: '结束日期不能早于开始日期' }]);
      const point = await visiblePoint(db, actor, f.servicePointId);
      const { start, end } = periodRange(point.timeZone, f.from, f.to);
      const at = now();
      const [present, clocks, finished, inspections] = await Promise.all([
        repo.attendanceBetween(db, point.id, f.from, f.to),
        repo.clocksBetween(db, point.id, start, end),
        repo.finishedBetween(db, point.id, start, end),
        repo.inspectionsAround(db, point.id, start, end),
      ]);
      const finishedClocks = await repo.clocksOfJobs(
        db,
        finished.map((j) => j.id),
      );
      const m = {
        attendanceMinutes: Math.round(present.reduce((s, p) => s + minutes(p.inAt, p.outAt ?? at), 0)),
        clockedMinutes: Math.round(clocks.reduce((s, c) => s + overlapMinutes(c.startedAt, c.endedAt ?? at, start, end), 0)),
        finishedStandardMinutes: finished.reduce((s, j) => s + j.standardMinutes, 0),
        finishedClockedMinutes: Math.round(finishedClocks.reduce((s, c) => s + minutes(c.startedAt, c.endedAt ?? at), 0)),
      };
      const cameBack = await repo.comebacksOf(db, [...new Set(inspections.map((i) => i.workOrderId))]);
      const ftf = firstTimeFix(inspections, { from: start, to: end }, cameBack);
      const pauses = countPauses(clocks.filter((c) => c.endedAt && c.endedAt >= start && c.endedAt < end).map((c) => ({ reason: c.pauseReason })));
      return { from: f.from, to: f.to, ...workshopRatios(m), ...m, ...ftf, pauses };
    },
  };
}
export type KpiService = ReturnType<typeof createKpiService>;
