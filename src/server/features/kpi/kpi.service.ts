/**
 * The KPI pack over the user's data scope: the scope point's subtree summed from the rollups for the period, the
 * previous period and the same period last year, the scope point's targets, the drill-down one level down (child
 * points, or the advisors and technicians of a station) and the trend by day or month.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { KpiQuery, KpiTargets, KpiView } from '../../../contracts/kpi.js';
import {
  buckets,
  customPeriodProblem,
  elapsedDays,
  emptyTotals,
  KPIS,
  kpiValues,
  periodOf,
  previousPeriod,
  samePeriodLastYear,
  sumTotals,
  targetMet,
  targetProblem,
  type KpiTotals,
  type Period,
} from '../../../domain/kpi/index.js';
import { localDate } from '../../../domain/time/index.js';
import { invalid } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { listPointsUnder, visiblePoint } from '../service-points/index.js';
import * as repo from './kpi.repo.js';

type Row = Awaited<ReturnType<typeof repo.sumsByPoint>>[number];

/** `readDb`: where the rollup sums are read (a streaming replica when DATABASE_READ_URL is set; ADR 022). */
export function createKpiPackService(deps: { db: Db; readDb?: Db; now: () => Date }) {
  const { db, now } = deps;
  const read = deps.readDb ?? db;

  async function scopeOf(actor: Actor, q: KpiQuery) {
    const point = await visiblePoint(db, actor, q.servicePointId);
    let period: Period;
    if (q.period === 'custom') {
      if (!q.from || !q.to)
        throw invalid([
          ...(!q.from ? [{ path: 'from', message: '自定义期间须填开始日期' }] : []),
          ...(!q.to ? [{ path: 'to', message: '自定义期间须填结束日期' }] : []),
        ]);
      const problem = customPeriodProblem(q.from, q.to);
      if (problem) throw invalid([problem]);
      period = { kind: 'custom', from: q.from, to: q.to };
    } else period = periodOf(q.period, q.date ?? localDate(point.timeZone, now()));
    const all = await listPointsUnder(db, point.path);
    return { point, period, all, today: localDate(point.timeZone, now()) };
  }

  /** Trend rows by bucket label: a day's label is the date (periods up to 62 days) … */
  async function trendByDay(ids: string[], period: Period) {
    const rows = await repo.sumsByDay(read, ids, period.from, period.to);
    return new Map(rows.map((r) => [r.day, [r]]));
  }
  /** … a month's is YYYY-MM, summed from the monthly rows and the edge days (ADR 024). */
  async function trendByMonth(ids: string[], period: Period) {
    const rows = await repo.sumsByMonth(read, ids, period.from, period.to);
    return new Map(rows.map((r) => [r.month.slice(0, 7), [r]]));
  }

  /** The per-person values: only the KPIs defined for the person's role. */
  function personValues(role: 'advisor' | 'technician', t: KpiTotals) {
    return Object.fromEntries(KPIS.map((k) => [k.key, k.perPerson === role ? k.value(t) : null]));
  }

  return {
    async view(actor: Actor, q: KpiQuery): Promise<KpiView> {
      const { point, period, all, today } = await scopeOf(actor, q);
      const ids = all.map((p) => p.id);
      const prev = previousPeriod(period);
      const lastYear = samePeriodLastYear(period);
      const bucketList = buckets(period);
      const byMonth = bucketList[0]?.label.length === 7; // month buckets are labelled YYYY-MM, day buckets by the date
      const [cur, before, ly, targets, trendRows] = await Promise.all([
        repo.sumsByPoint(read, ids, period.from, period.to),
        repo.sumsByPoint(read, ids, prev.from, prev.to),
        // A year's previous period is last year: read it once.
        prev.from === lastYear.from && prev.to === lastYear.to ? null : repo.sumsByPoint(read, ids, lastYear.from, lastYear.to),
        repo.targetsOf(db, point.id),
        byMonth ? trendByMonth(ids, period) : trendByDay(ids, period),
      ]);
      const days = elapsedDays(period, today);
      const values = (rows: Row[], p: Period) => kpiValues(sumTotals(rows), elapsedDays(p, today));
      const [v, pv, lv] = [values(cur, period), values(before, prev), values(ly ?? before, lastYear)];
      const target = new Map(targets.map((t) => [t.kpi, t.value]));
      const kpis = KPIS.map((k) => {
        const { value: _, perPerson: __, ...def } = k;
        const value = v[k.key];
        return {
          ...def,
          value,
          previous: pv[k.key],
          lastYear: lv[k.key],
          target: target.get(k.key) ?? null,
          targetMet: targetMet(k, value, target.get(k.key)),
        };
      });

      const byPoint = new Map<string, Row>(cur.map((r) => [r.servicePointId, r]));
      const children = all
        .filter((p) => p.parentId === point.id)
        .map((c) => ({
          id: c.id,
          code: c.code,
          nameZh: c.nameZh,
          kind: c.kind,
          values: kpiValues(sumTotals(all.filter((p) => p.path.startsWith(c.path)).flatMap((p) => byPoint.get(p.id) ?? [])), days),
        }));
      const people = children.length
        ? []
        : (await repo.sumsByPerson(read, point.id, period.from, period.to)).map((r) => {
            const role = r.role === 'technician' ? 'technician' : 'advisor';
            return {
              employeeId: r.employeeId,
              name: r.name,
              role: role as 'advisor' | 'technician',
              values: personValues(role, { ...emptyTotals(), ...sumTotals([r]) }),
            };
          });
      const trend = bucketList.map((b) => ({ label: b.label, values: kpiValues(sumTotals(trendRows.get(b.label) ?? []), elapsedDays(b, today)) }));
      return {
        point: { id: point.id, code: point.code, nameZh: point.nameZh, kind: point.kind, parentId: point.parentId },
        period,
        previous: { from: prev.from, to: prev.to },
        lastYear: { from: lastYear.from, to: lastYear.to },
        kpis,
        children,
        people,
        trend,
      };
    },

    /**
     * This month's KPI values of every point's subtree at once (the network overview): `points` is a whole scope (each
     * point's descendants are in it); one grouped query per distinct current month (one, unless the points' zones
     * straddle a month's start), each row added to its point and every ancestor in the list.
     */
    async monthOfEach(points: { id: string; parentId: string | null; timeZone: string }[]): Promise<Map<string, Record<string, number | null>>> {
      const at = now();
      const monthOf = new Map(points.map((p) => [p.id, periodOf('month', localDate(p.timeZone, at))]));
      const parent = new Map(points.map((p) => [p.id, p.parentId]));
      const out = new Map<string, Record<string, number | null>>();
      for (const month of new Set([...monthOf.values()].map((m) => m.from))) {
        const m = periodOf('month', month);
        const totals = new Map(points.map((p) => [p.id, emptyTotals()]));
        for (const row of await repo.sumsByPoint(read, [...monthOf.keys()], m.from, m.to))
          for (let id: string | null | undefined = row.servicePointId; id && totals.has(id); id = parent.get(id)) {
            const t = totals.get(id)!;
            for (const k of Object.keys(t) as (keyof KpiTotals)[]) t[k] += Number(row[k] ?? 0);
          }
        for (const p of points) if (monthOf.get(p.id)!.from === month) out.set(p.id, kpiValues(totals.get(p.id)!, elapsedDays(m, localDate(p.timeZone, at))));
      }
      return out;
    },
    async targets(actor: Actor, pointId: string | undefined): Promise<KpiTargets> {
      const point = await visiblePoint(db, actor, pointId);
      const rows = await repo.targetsOf(db, point.id);
      return { servicePointId: point.id, targets: Object.fromEntries(rows.map((r) => [r.kpi, r.value])) };
    },

    /** Set targets of a point in the actor's scope; any bad value (below zero, unknown KPI, ratio > 1) changes nothing. */
    async setTargets(actor: Actor, input: { servicePointId: string; targets: Record<string, number | null> }): Promise<KpiTargets> {
      const point = await visiblePoint(db, actor, input.servicePointId);
      const problems = Object.entries(input.targets).flatMap(([key, value]) => {
        const p = value === null ? (KPIS.some((k) => k.key === key) ? null : '未知指标') : targetProblem(key, value);
        return p ? [{ path: `targets.${key}`, message: p }] : [];
      });
      if (problems.length) throw invalid(problems);
      const at = now();
      await db.transaction(async (tx) => {
        const before = Object.fromEntries((await repo.targetsOf(tx, point.id)).map((r) => [r.kpi, r.value]));
        for (const [key, value] of Object.entries(input.targets)) await repo.setTarget(tx, point.id, key, value, at);
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'kpi.targets',
          entityType: 'service_point',
          entityId: point.id,
          summary: `${point.nameZh} KPI 目标:${Object.keys(input.targets).join('、')}`,
          before,
          after: input.targets,
        });
      });
      return this.targets(actor, point.id);
    },
  };
}
export type KpiPackService = ReturnType<typeof createKpiPackService>;
