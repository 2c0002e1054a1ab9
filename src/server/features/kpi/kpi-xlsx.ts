/** Any KPI view as an .xlsx workbook: the figures with comparisons and targets, the drill-down, the trend. */

import { newWorkbook } from '../../lib/xlsx.js';
import type { KpiView } from '../../../contracts/kpi.js';
import { KPIS, type KpiUnit } from '../../../domain/kpi/index.js';

/** A value in the unit shown: yuan for fen, percent for ratios, as numbers Excel can sum. */
function cell(unit: KpiUnit, v: number | null | undefined) {
  if (v === null || v === undefined) return null;
  if (unit === 'fen') return Math.round(v) / 100;
  if (unit === 'ratio') return Math.round(v * 10000) / 100;
  return Math.round(v * 100) / 100;
}
const UNIT_ZH: Record<KpiUnit, string> = { count: '台/个', fen: '元', ratio: '%', score: '分' };

export async function kpiWorkbook(v: KpiView) {
  const wb = await newWorkbook();
  wb.creator = 'Aftersales 售后服务管理系统';
  const ws = wb.addWorksheet('KPI', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = `${v.point.nameZh}(${v.point.code})KPI ${v.period.from} – ${v.period.to}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `上期 ${v.previous.from} – ${v.previous.to};去年同期 ${v.lastYear.from} – ${v.lastYear.to}`;
  ws.getRow(3).values = ['指标', '单位', '本期', '上期', '去年同期', '目标', '达标', '公式'];
  ws.getRow(3).font = { bold: true };
  ws.columns = [{ width: 18 }, { width: 8 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 12 }, { width: 8 }, { width: 50 }];
  for (const k of v.kpis) {
    const u = k.unit;
    ws.addRow([
      k.nameZh,
      UNIT_ZH[u],
      cell(u, k.value),
      cell(u, k.previous),
      cell(u, k.lastYear),
      cell(u, k.target),
      k.targetMet === null ? '' : k.targetMet ? '是' : '否',
      k.formulaZh,
    ]);
  }
  const drill = (title: string, rows: { name: string; values: Record<string, number | null> }[]) => {
    const s = wb.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    s.getRow(1).values = ['', ...KPIS.map((k) => `${k.nameZh}(${UNIT_ZH[k.unit]})`)];
    s.getRow(1).font = { bold: true };
    for (const r of rows) s.addRow([r.name, ...KPIS.map((k) => cell(k.unit, r.values[k.key]))]);
    s.getColumn(1).width = 24;
  };
  if (v.children.length)
    drill(
      '下级网点',
      v.children.map((c) => ({ name: `${c.nameZh}(${c.code})`, values: c.values })),
    );
  if (v.people.length)
    drill(
      '人员',
      v.people.map((p) => ({ name: `${p.name}(${p.role === 'advisor' ? '服务顾问' : '技师'})`, values: p.values })),
    );
  drill(
    '趋势',
    v.trend.map((t) => ({ name: t.label, values: t.values })),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
