/** Fault statistics as an .xlsx workbook: the rows by source, and the monthly trend of the top keys. */
import { newWorkbook } from '../../lib/xlsx.js';
import { FAULT_SOURCES, type FaultStats } from '../../../contracts/knowledge.js';
import { localDate } from '../../../domain/time/index.js';

const SOURCE_ZH: Record<string, string> = { repair: '维修', comeback: '返修', claim: '索赔', visit: '外出服务', complaint: '投诉' };
const BY_ZH: Record<FaultStats['by'], string> = { model: '车型/产品', vinBatch: '生产批次(VIN 段)', part: '配件', faultCode: '故障码' };

export async function faultStatsWorkbook(s: FaultStats, scopeName: string, timeZone: string) {
  const wb = await newWorkbook();
  wb.creator = 'Aftersales 售后服务管理系统';
  const sources = FAULT_SOURCES.filter((x) => s.sources.includes(x));
  const ws = wb.addWorksheet('故障统计', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = `${scopeName} 故障统计 ${s.from} – ${s.to}(按${BY_ZH[s.by]})`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value =
    `合计 ${s.total} 起;从首次反馈到发布解决方案:${s.timeToFix.count} 项,平均 ${s.timeToFix.averageDays ?? '—'} 天,最长 ${s.timeToFix.maxDays ?? '—'} 天`;
  ws.getRow(3).values = [BY_ZH[s.by], '车型', '合计', ...sources.map((x) => SOURCE_ZH[x]), '首次出现'];
  ws.getRow(3).font = { bold: true };
  ws.columns = [{ width: 24 }, { width: 14 }, { width: 8 }, ...sources.map(() => ({ width: 10 })), { width: 22 }];
  for (const r of s.rows) ws.addRow([r.key, r.model, r.total, ...sources.map((x) => r.bySource[x] ?? 0), localDate(timeZone, new Date(r.firstAt))]);
  const tr = wb.addWorksheet('月度趋势', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const keys = [...new Set(s.trend.map((t) => t.key))];
  tr.getRow(1).values = ['月份', ...keys];
  tr.getRow(1).font = { bold: true };
  tr.getColumn(1).width = 10;
  for (const m of s.months) tr.addRow([m, ...keys.map((k) => s.trend.find((t) => t.month === m && t.key === k)?.count ?? 0)]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
