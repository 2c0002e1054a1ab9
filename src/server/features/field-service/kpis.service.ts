/** Field KPIs (RULES.md field-service measures) of a period by point, region (the site's city) or engineer. */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { fieldKpis } from '../../../domain/field/kpi.js';
import { periodRange, usableTimeZone } from '../../../domain/time/index.js';
import { invalid } from '../../http/errors.js';
import { listPointsByIds, visiblePoint } from '../service-points/index.js';
import { scopePointIds } from './archive.service.js';
import * as repo from './field.repo.js';

export type KpiGroup = 'point' | 'region' | 'engineer';

export function createKpiService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async kpis(actor: Actor, f: { from: string; to: string; groupBy: KpiGroup }) {
      if (f.to < f.from) throw invalid([{ path: 'to', message: '结束日期不能早于开始日期' }]);
      const point = await visiblePoint(db, actor, undefined);
      const range = periodRange(usableTimeZone(point.timeZone), f.from, f.to);
      const pointIds = await scopePointIds(db, actor);
      const requests = (await repo.listRequests(db, { pointIds })).filter((r) => r.receivedAt >= range.start && r.receivedAt < range.end);
      const visits = (await repo.visitsOf(db, { pointIds })).filter((v) => v.plannedDate >= f.from && v.plannedDate <= f.to);
      const units = new Map(
        (await repo.unitsOfIds(db, [...new Set([...requests.flatMap((r) => (r.unitId ? [r.unitId] : [])), ...visits.map((v) => v.unitId)])])).map((u) => [
          u.id,
          u,
        ]),
      );
      const engineers = new Map(
        (await repo.engineersOfIds(db, [...new Set(visits.flatMap((v) => (v.engineerId ? [v.engineerId] : [])))])).map((e) => [e.id, e.name]),
      );
      const points = new Map((await listPointsByIds(db, pointIds)).map((p) => [p.id, p.nameZh]));
      const region = (unitId: string | null) => (unitId ? (units.get(unitId)?.regionCode?.slice(0, 4).padEnd(6, '0') ?? '—') : '—');
      const keyOfRequest = (r: repo.RequestRow) => (f.groupBy === 'point' ? r.servicePointId : f.groupBy === 'region' ? region(r.unitId) : null);
      const keyOfVisit = (v: repo.VisitRow) => (f.groupBy === 'point' ? v.servicePointId : f.groupBy === 'region' ? region(v.unitId) : (v.engineerId ?? '—'));
      const keys = new Set<string>([...visits.map(keyOfVisit), ...requests.flatMap((r) => (keyOfRequest(r) ? [keyOfRequest(r)!] : []))]);
      const label = (k: string) => (f.groupBy === 'point' ? (points.get(k) ?? k) : f.groupBy === 'engineer' ? (engineers.get(k) ?? '未派工') : k);
      const toKpi = (rs: repo.RequestRow[], vs: repo.VisitRow[]) =>
        fieldKpis(
          rs.map((r) => ({ id: r.id, receivedAt: r.receivedAt, contactedAt: r.contactedAt, closedAt: r.closedAt, rating: r.rating })),
          vs.map((v) => ({
            id: v.id,
            requestId: v.requestId,
            unitId: v.unitId,
            kind: v.kind,
            deadlineAt: v.deadlineAt,
            checkInAt: v.checkInAt,
            checkOutAt: v.checkOutAt,
            status: v.status,
          })),
          now(),
        );
      return {
        from: f.from,
        to: f.to,
        groupBy: f.groupBy,
        total: toKpi(requests, visits),
        rows: [...keys].sort().map((k) => ({
          key: k,
          label: label(k),
          // Request measures belong to points and regions; an engineer's row counts the requests of their visits.
          ...toKpi(
            f.groupBy === 'engineer'
              ? requests.filter((r) => visits.some((v) => v.requestId === r.id && keyOfVisit(v) === k))
              : requests.filter((r) => keyOfRequest(r) === k),
            visits.filter((v) => keyOfVisit(v) === k),
          ),
        })),
      };
    },
  };
}
export type KpiService = ReturnType<typeof createKpiService>;
