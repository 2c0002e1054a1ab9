import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { daysBetween, periodRange, usableTimeZone } from '../../../domain/time/index.js';
import { FAULT_SOURCES, type FaultSource, type FaultStats, type FaultStatsQuery } from '../../../contracts/knowledge.js';
import { invalid } from '../../http/errors.js';
import { visiblePoint } from '../service-points/index.js';
import * as repo from './fault-stats.repo.js';
import { faultStatsWorkbook } from './fault-stats-xlsx.js';

/** Rows shown (and exported), and keys drawn in the trend chart. */
const TOP_ROWS = 50;
const TREND_KEYS = 5;
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** Fault statistics over the actor's scope: repairs, comebacks, claims, field visits and complaints by a dimension. */
export function createFaultStatsService(deps: { db: Db }) {
  const { db } = deps;
  const svc = {
    async stats(actor: Actor, f: FaultStatsQuery): Promise<FaultStats> {
      if (f.from > f.to) throw invalid([{ path: 'to', message: '结束日期不能早于开始日期' }]);
      if (daysBetween(f.from, f.to) > 3 * 366) throw invalid([{ path: 'from', message: '统计区间最长三年' }]);
      const point = await visiblePoint(db, actor, actor.servicePointId);
      const timeZone = usableTimeZone(point.timeZone);
      const { start, end } = periodRange(timeZone, f.from, f.to);
      const sources = (f.sources ? (f.sources.split(',').filter(Boolean) as FaultSource[]) : [...FAULT_SOURCES]).filter((s, i, xs) => xs.indexOf(s) === i);
      const filter: repo.FaultFilter = { path: point.path, start, end, timeZone, by: f.by, sources, model: f.model || undefined };
      const counts = await repo.countsByKey(db, filter);
      const byKey = new Map<string, FaultStats['rows'][number]>();
      for (const c of counts) {
        const row = byKey.get(c.key) ?? { key: c.key, total: 0, bySource: {}, firstAt: c.first_at.toISOString(), model: c.model };
        row.bySource[c.source] = c.n;
        row.total += c.n;
        if (c.first_at.toISOString() < row.firstAt) row.firstAt = c.first_at.toISOString();
        byKey.set(c.key, row);
      }
      const rows = [...byKey.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)).slice(0, TOP_ROWS);
      const totals = await repo.totalsBySource(db, filter);
      const trend = await repo.monthly(
        db,
        filter,
        rows
          .filter((r) => r.key !== repo.UNRECORDED)
          .slice(0, TREND_KEYS)
          .map((r) => r.key),
      );
      const months: string[] = [];
      for (let m = f.from.slice(0, 7); m <= f.to.slice(0, 7); ) {
        months.push(m);
        const [y, mm] = m.split('-').map(Number);
        m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
      }
      const fix = await repo.timeToFix(db, filter);
      return {
        from: f.from,
        to: f.to,
        by: f.by,
        sources,
        total: totals.reduce((s, t) => s + t.n, 0),
        totalBySource: Object.fromEntries(totals.map((t) => [t.source, t.n])),
        rows,
        months,
        trend,
        timeToFix: { count: fix.count, averageDays: round1(fix.avgDays), maxDays: round1(fix.maxDays) },
      };
    },
    /** The same figures as a workbook, named after the scope and period. */
    async workbook(actor: Actor, f: FaultStatsQuery) {
      const s = await svc.stats(actor, f);
      const point = await visiblePoint(db, actor, actor.servicePointId);
      const bytes = await faultStatsWorkbook(s, point.nameZh, usableTimeZone(point.timeZone));
      return { bytes, fileName: `故障统计-${point.nameZh}-${f.from}-${f.to}.xlsx`, asciiName: `fault-stats-${point.code}-${f.from}.xlsx` };
    },
  };
  return svc;
}
export type FaultStatsService = ReturnType<typeof createFaultStatsService>;
