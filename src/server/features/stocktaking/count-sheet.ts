/** The count sheet (盘点表) by location: A4 HTML for the clipboard walk (hono/html escapes every value) and .xlsx. */
import { html } from 'hono/html';
import type { StockCountDetail } from '../../../contracts/stock-ops.js';
import { COUNT_STATUS_LABELS } from '../../../domain/parts/stocktaking.js';
import { formatLocalDateTime } from '../../../domain/time/index.js';
import { newWorkbook } from '../../lib/xlsx.js';

const money = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2));
const qty = (n: number | null) => (n === null ? '' : String(n));
type Point = { code: string; nameZh: string; timeZone: string };

function byLocation(c: StockCountDetail) {
  const groups = new Map<string, StockCountDetail['lines']>();
  for (const l of c.lines) groups.set(l.locationCode, [...(groups.get(l.locationCode) ?? []), l]);
  return [...groups.entries()];
}

export function countSheetHtml(c: StockCountDetail, point: Point) {
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>盘点表 ${c.number}</title>
<style>
@page { size: A4; margin: 14mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 3mm; }
h2 { font-size: 11pt; margin: 4mm 0 1mm; }
table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; }
td.n { text-align: right; }
td.blank { width: 20mm; }
.meta { display: flex; justify-content: space-between; }
.sign { margin-top: 10mm; display: flex; justify-content: space-between; }
</style></head><body>
<h1>${point.nameZh} 盘点表</h1>
<div class="meta"><span>单号:${c.number}</span><span>状态:${COUNT_STATUS_LABELS[c.status]}</span><span>创建:${formatLocalDateTime(point.timeZone, c.createdAt)} ${c.createdByName}</span></div>
<div class="meta"><span>库位:${c.allLocations ? '全部库位' : c.locationCodes.join('、')}</span><span>共 ${c.totals.lines} 行</span></div>
${byLocation(c).map(
  ([code, lines]) => html`<h2>库位 ${code}</h2>
<table><tr><th>序号</th><th>配件编号</th><th>配件名称</th><th>单位</th><th>账面数</th><th>实盘数</th><th>差异</th><th>差异金额(元)</th></tr>
${lines.map(
  (l, i) =>
    html`<tr><td>${i + 1}</td><td>${l.partNo}</td><td>${l.name}</td><td>${l.unit}</td><td class="n">${l.bookAtEntry ?? l.book}</td><td class="n blank">${qty(l.counted)}</td><td class="n">${qty(l.variance)}</td><td class="n">${money(l.varianceFen)}</td></tr>`,
)}</table>`,
)}
<div class="sign"><span>盘点人:</span><span>监盘人:</span><span>配件主管:</span></div>
</body></html>`;
}

export async function countSheetWorkbook(c: StockCountDetail, point: Point) {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet(c.number);
  ws.addRow([`${point.nameZh} 盘点表 ${c.number}`]).font = { bold: true, size: 14 };
  ws.addRow(['网点', `${point.nameZh}(${point.code})`, '状态', COUNT_STATUS_LABELS[c.status], '创建', formatLocalDateTime(point.timeZone, c.createdAt)]);
  ws.addRow([]);
  ws.addRow(['库位', '配件编号', '配件名称', '单位', '账面数', '实盘数', '差异', '单位成本(元)', '差异金额(元)']).font = { bold: true };
  for (const l of c.lines)
    ws.addRow([
      l.locationCode,
      l.partNo,
      l.name,
      l.unit,
      l.bookAtEntry ?? l.book,
      l.counted ?? '',
      l.variance ?? '',
      money(l.unitCostFen),
      money(l.varianceFen),
    ]);
  ws.addRow([]);
  ws.addRow(['合计', '', '', '', '', '', '', '盘盈', money(c.totals.gainFen)]).font = { bold: true };
  ws.addRow(['', '', '', '', '', '', '', '盘亏', money(c.totals.lossFen)]).font = { bold: true };
  [12, 16, 24, 6, 10, 10, 10, 12, 12].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
