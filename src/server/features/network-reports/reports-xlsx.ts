import { newWorkbook } from '../../lib/xlsx.js';
import type { Report } from '../../../contracts/network-reports.js';
import { formatFigure } from './reports-print.js';

/** The report as .xlsx: one sheet, each section's figures and its commentary. */
export async function reportWorkbook(r: Report) {
  const wb = await newWorkbook();
  wb.creator = 'Aftersales 售后服务管理系统';
  const ws = wb.addWorksheet('报告');
  ws.columns = [{ width: 24 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }];
  ws.addRow([r.title]).font = { bold: true, size: 14 };
  ws.addRow([`期间 ${r.periodFrom} 至 ${r.periodTo}`]);
  for (const s of r.sections) {
    ws.addRow([]);
    ws.addRow([s.titleZh]).font = { bold: true };
    if (s.kpis.length) {
      ws.addRow(['指标', '本期', '上期', '去年同期', '目标']).font = { bold: true };
      for (const k of s.kpis) {
        const f = r.figures[k.key];
        ws.addRow([
          k.nameZh,
          formatFigure(k.unit, f?.value),
          formatFigure(k.unit, f?.previous),
          formatFigure(k.unit, f?.lastYear),
          formatFigure(k.unit, f?.target),
        ]);
      }
    }
    const text = ws.addRow([s.text]);
    text.alignment = { wrapText: true, vertical: 'top' };
    ws.mergeCells(text.number, 1, text.number, 5);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
