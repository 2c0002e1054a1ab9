/**
 * Field KPIs (RULES.md field-service measures) of a period by region (the site's city), point or engineer, with the
 * drill-down region → point → engineer as filters. The counters are summed in SQL (kpis.repo.ts), so nothing is
 * capped; the formulas are domain/field/kpi definitions.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { emptyFieldCounters, FIELD_KPIS, fieldKpiValues, type FieldCounters } from '../../../domain/field/kpi.js';
import { periodRange, usableTimeZone } from '../../../domain/time/index.js';
import { invalid } from '../../http/errors.js';
import { newWorkbook } from '../../lib/xlsx.js';
import { regionName } from '../divisions/index.js';
import { listPointsByIds, visiblePoint } from '../service-points/index.js';
import { scopePointIds } from './archive.service.js';
import * as repo from './field.repo.js';
import { fieldCountersBy } from './kpis.repo.js';

export type KpiGroup = 'point' | 'region' | 'engineer';
export interface KpiQuery {
  from: string;
  to: string;
  groupBy: KpiGroup;
  region?: string;
  servicePointId?: string;
}
const GROUP_ZH: Record<KpiGroup, string> = { region: '地区', point: '服务网点', engineer: '工程师' };

const line = (key: string, label: string, c: FieldCounters) =>
  ({ key, label, counters: c, ...fieldKpiValues(c) }) as { key: string; label: string; counters: FieldCounters } & Record<string, number | null>;

export function createKpiService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  async function kpis(actor: Actor, f: KpiQuery) {
    if (f.to < f.from) throw invalid([{ path: 'to', message: '结束日期不能早于开始日期' }]);
    const point = await visiblePoint(db, actor, undefined);
    const range = periodRange(usableTimeZone(point.timeZone), f.from, f.to);
    const pointIds = await scopePointIds(db, actor);
    if (f.servicePointId && !pointIds.includes(f.servicePointId)) throw invalid([{ path: 'servicePointId', message: '服务网点不存在或不在您的范围内' }]);
    const filter = { pointIds, start: range.start, end: range.end, from: f.from, to: f.to, now: now(), region: f.region, servicePointId: f.servicePointId };
    const total = (await fieldCountersBy(db, 'total', filter)).get('all');
    const groups = await fieldCountersBy(db, f.groupBy, filter);
    const keys = [...groups.keys()];
    const points = new Map((await listPointsByIds(db, f.groupBy === 'point' ? keys : [])).map((p) => [p.id, p.nameZh]));
    const engineers = new Map((await repo.engineersOfIds(db, f.groupBy === 'engineer' ? keys.filter((k) => k !== '—') : [])).map((e) => [e.id, e.name]));
    const label = (k: string) =>
      f.groupBy === 'point' ? (points.get(k) ?? k) : f.groupBy === 'engineer' ? (engineers.get(k) ?? '未派工') : k === '—' ? '未填地区' : (regionName(k) ?? k);
    return {
      from: f.from,
      to: f.to,
      groupBy: f.groupBy,
      region: f.region ?? null,
      regionLabel: f.region ? (f.region === '—' ? '未填地区' : (regionName(f.region.slice(0, 4).padEnd(6, '0')) ?? f.region)) : null,
      servicePointId: f.servicePointId ?? null,
      servicePointLabel: f.servicePointId ? ((await listPointsByIds(db, [f.servicePointId]))[0]?.nameZh ?? null) : null,
      definitions: FIELD_KPIS.map(({ value: _value, ...d }) => d),
      total: line('all', '合计', total ?? emptyFieldCounters()),
      rows: keys.map((k) => line(k, label(k), groups.get(k)!)).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
    };
  }
  return {
    kpis,
    /** The report as an .xlsx: the figures per row with the formulas, values as numbers Excel can sum (% for ratios). */
    async workbook(actor: Actor, f: KpiQuery) {
      const r = await kpis(actor, f);
      const wb = await newWorkbook();
      wb.creator = 'Aftersales 售后服务管理系统';
      const ws = wb.addWorksheet('现场服务指标', { views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }] });
      const scope = [r.regionLabel, r.servicePointLabel].filter(Boolean).join(' / ');
      ws.getCell('A1').value = `现场服务指标 ${r.from} – ${r.to}${scope ? ` · ${scope}` : ''}(按${GROUP_ZH[f.groupBy]})`;
      ws.getCell('A1').font = { bold: true, size: 14 };
      const unit = { count: '', ratio: '(%)', minutes: '(分钟)', score: '(分)' } as const;
      ws.getRow(3).values = [GROUP_ZH[f.groupBy], ...FIELD_KPIS.map((k) => `${k.nameZh}${unit[k.unit]}`)];
      ws.getRow(3).font = { bold: true };
      const cell = (u: keyof typeof unit, v: number | null) => (v === null ? null : u === 'ratio' ? Math.round(v * 10000) / 100 : Math.round(v * 100) / 100);
      for (const row of [...r.rows, r.total]) ws.addRow([row.label, ...FIELD_KPIS.map((k) => cell(k.unit, row[k.key] as number | null))]);
      ws.getRow(ws.rowCount).font = { bold: true };
      ws.getColumn(1).width = 22;
      for (let i = 2; i <= FIELD_KPIS.length + 1; i++) ws.getColumn(i).width = 14;
      const defs = wb.addWorksheet('公式');
      defs.getRow(1).values = ['指标', 'KPI', '公式', 'Formula'];
      defs.getRow(1).font = { bold: true };
      for (const k of FIELD_KPIS) defs.addRow([k.nameZh, k.nameEn, k.formulaZh, k.formulaEn]);
      defs.columns = [{ width: 18 }, { width: 22 }, { width: 60 }, { width: 60 }];
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
export type KpiService = ReturnType<typeof createKpiService>;
