import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { visiblePoint } from '../service-points/index.js';
import { listPointsByIds, listPointsUnder } from '../service-points/index.js';
import { departmentsOfPoints } from '../org/index.js';
import { clockCounters, countsBy, openByDepartment } from './ticket-clock.repo.js';
import { scoredSurveys } from './surveys.repo.js';
import type { TicketStats, TicketStatsQuery } from '../../../contracts/crm.js';

/** Pareto rows: counts by cause, largest first, with the cumulative share (0–1). */
export function pareto(counts: Map<string, number>) {
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, n]) => s + n, 0);
  let cum = 0;
  return rows.map(([cause, count]) => {
    cum += count;
    return { cause, count, cumulativeShare: total ? cum / total : 0 };
  });
}

const ratio = (hit: number, all: number) => (all ? hit / all : null);

/** The customer-relations supervisor's dashboard: SLA compliance, backlog, causes, CSI — counted in SQL on the stored deadlines. */
export function createTicketStatsService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    /** The period defaults to the 30 days up to `to` (or now). */
    async dashboard(actor: Actor, query: TicketStatsQuery): Promise<TicketStats> {
      const to = query.to ? new Date(query.to) : now();
      const q = { servicePointId: query.servicePointId, to, from: query.from ? new Date(query.from) : new Date(to.getTime() - 30 * 86400_000) };
      const pointIds = q.servicePointId
        ? [(await visiblePoint(db, actor, q.servicePointId)).id]
        : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const at = now();
      const [k, byStatus, byChannel, causes, openDepts, points] = await Promise.all([
        clockCounters(db, pointIds, q.from, q.to, at),
        countsBy(db, pointIds, q.from, q.to, 'status'),
        countsBy(db, pointIds, q.from, q.to, 'channel'),
        countsBy(db, pointIds, q.from, q.to, 'cause'),
        openByDepartment(db, pointIds),
        listPointsByIds(db, pointIds),
      ]);
      const depts = await departmentsOfPoints(db, pointIds);
      const deptName = new Map(depts.map((d) => [d.id, d.name]));
      const backlog = new Map<string, number>();
      for (const d of openDepts) {
        const name = d.departmentId ? (deptName.get(d.departmentId) ?? '其他') : '未分配部门';
        backlog.set(name, (backlog.get(name) ?? 0) + d.count);
      }
      const scored = await scoredSurveys(db, pointIds, q.from, q.to);
      const csiBy = (key: (s: (typeof scored)[number]) => string) => {
        const m = new Map<string, number[]>();
        for (const s of scored) m.set(key(s), [...(m.get(key(s)) ?? []), s.score!]);
        return [...m.entries()]
          .map(([name, v]) => ({ name, responses: v.length, csi: Math.round(v.reduce((a, b) => a + b, 0) / v.length) }))
          .sort((a, b) => b.csi - a.csi);
      };
      const pointName = new Map(points.map((p) => [p.id, p.nameZh]));
      return {
        period: { from: q.from.toISOString(), to: q.to.toISOString() },
        received: k.received,
        complaints: k.complaints,
        openCount: k.open,
        breachedOpen: k.breachedOpen,
        responseCompliance: ratio(k.respondedIn, k.respondedAll),
        resolutionCompliance: ratio(k.resolvedIn, k.resolvedAll),
        byStatus: Object.fromEntries(['new', 'assigned', 'in_progress', 'waiting_customer', 'resolved', 'closed'].map((s) => [s, byStatus.get(s) ?? 0])),
        byChannel: Object.fromEntries(byChannel),
        backlogByDepartment: [...backlog.entries()].map(([department, count]) => ({ department, count })).sort((a, b) => b.count - a.count),
        causePareto: pareto(causes),
        csi: {
          overall: scored.length ? Math.round(scored.reduce((s, x) => s + x.score!, 0) / scored.length) : null,
          byHandler: csiBy((s) => s.handler ?? '未指定'),
          byDepartment: csiBy((s) => (s.departmentId ? (deptName.get(s.departmentId) ?? '其他') : '未指定')),
          byPoint: csiBy((s) => pointName.get(s.pointId) ?? ''),
        },
      };
    },
  };
}
export type TicketStatsService = ReturnType<typeof createTicketStatsService>;
