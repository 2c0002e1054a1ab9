import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { isOpen, type Priority, type TicketStatus } from '../../../domain/tickets/status.js';
import { visiblePoint } from '../service-points/index.js';
import { listPointsByIds, listPointsUnder } from '../service-points/index.js';
import { departmentsOfPoints } from '../org/index.js';
import { loadCalendar } from './sla-settings.js';
import { policyFor } from './ticket-support.js';
import { ticketClocks } from './tickets.present.js';
import { ticketsReceivedBetween, unresolvedTicketsOf } from './tickets.repo.js';
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

/** The customer-relations supervisor's dashboard: SLA compliance, backlog, causes, CSI. */
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
      const rows = await ticketsReceivedBetween(db, pointIds, q.from, q.to);
      const open = await unresolvedTicketsOf(db, pointIds);
      const points = await listPointsByIds(db, pointIds);
      const cals = new Map<string, Awaited<ReturnType<typeof loadCalendar>>>();
      for (const p of points) cals.set(p.id, await loadCalendar(db, p));
      const at = now();
      let respondedIn = 0,
        respondedAll = 0,
        resolvedIn = 0,
        resolvedAll = 0,
        breachedOpen = 0;
      for (const t of [...rows, ...open.filter((o) => !rows.some((r) => r.id === o.id))]) {
        const c = ticketClocks(cals.get(t.servicePointId)!, await policyFor(db, t.servicePointId, t.priority as Priority), t, at);
        const inPeriodRow = t.receivedAt >= q.from && t.receivedAt <= q.to;
        if (inPeriodRow && c.firstResponse.metAt) {
          respondedAll++;
          if (!c.firstResponse.isBreached) respondedIn++;
        }
        if (inPeriodRow && c.resolution.metAt) {
          resolvedAll++;
          if (!c.resolution.isBreached) resolvedIn++;
        }
        if (isOpen(t.status as TicketStatus) && (c.firstResponse.isBreached || c.resolution.isBreached)) breachedOpen++;
      }
      const depts = await departmentsOfPoints(db, pointIds);
      const deptName = new Map(depts.map((d) => [d.id, d.name]));
      const backlog = new Map<string, number>();
      for (const t of open) {
        const k = t.departmentId ? (deptName.get(t.departmentId) ?? '其他') : '未分配部门';
        backlog.set(k, (backlog.get(k) ?? 0) + 1);
      }
      const causes = new Map<string, number>();
      for (const t of rows.filter((r) => r.kind === 'complaint')) causes.set(t.causeCategory ?? '未分类', (causes.get(t.causeCategory ?? '未分类') ?? 0) + 1);
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
        received: rows.length,
        complaints: rows.filter((r) => r.kind === 'complaint').length,
        openCount: open.length,
        breachedOpen,
        responseCompliance: ratio(respondedIn, respondedAll),
        resolutionCompliance: ratio(resolvedIn, resolvedAll),
        byStatus: Object.fromEntries(
          ['new', 'assigned', 'in_progress', 'waiting_customer', 'resolved', 'closed'].map((s) => [s, rows.filter((r) => r.status === s).length]),
        ),
        byChannel: Object.fromEntries([...new Set(rows.map((r) => r.channel))].map((ch) => [ch, rows.filter((r) => r.channel === ch).length])),
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
