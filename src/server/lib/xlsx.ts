import type ExcelJS from 'exceljs';
import { AppError } from '../http/errors.js';

/**
 * A new workbook. exceljs is loaded on first use, not at start (it is the heaviest import the server has: issue 14,
 * bench "start"); every feature makes its workbooks here.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  return new (await loadExcel()).Workbook();
}

/** The exceljs module itself, loaded on first use (streaming readers and writers). */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell's value as trimmed text (dates as YYYY-MM-DD, formulas by their result, rich text joined). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    return '';
  }
  return String(v).trim();
}

export interface SheetRow {
  rowNumber: number;
  /** Cell text by header (headers without '*' and spaces). */
  cells: Record<string, string>;
}

/**
 * Read the first sheet of an uploaded workbook. Columns are found by header text, so their order
 * does not matter; blank rows are skipped. Unreadable files and missing required columns are 400.
 */
export async function readSheet(buf: Buffer, required: string[], maxRows = 5000): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', '无法读取文件,请上传 .xlsx 格式的 Excel 文件', [{ path: 'file', message: '不是有效的 .xlsx 文件' }]);
  }
  const ws = wb.worksheets[0];
  const headerAt = new Map<number, string>();
  ws?.getRow(1).eachCell((cell, col) => headerAt.set(col, cellText(cell.value).replace(/[*\s]/g, '')));
  const headers = [...headerAt.values()];
  const missing = required.filter((h) => !headers.includes(h));
  if (missing.length)
    throw new AppError(
      'VALIDATION',
      `缺少必需的列:${missing.join('、')}`,
      missing.map((h) => ({ path: 'file', message: `缺少列「${h}」` })),
    );
  const rows: SheetRow[] = [];
  ws?.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    let any = false;
    for (const [col, h] of headerAt) {
      const text = cellText(row.getCell(col).value);
      if (text) any = true;
      cells[h] = text;
    }
    if (any) rows.push({ rowNumber, cells });
  });
  if (!rows.length) throw new AppError('VALIDATION', '文件中没有数据行', [{ path: 'file', message: '没有数据行' }]);
  if (rows.length > maxRows) throw new AppError('VALIDATION', `一次最多导入 ${maxRows} 行`, [{ path: 'file', message: '行数过多' }]);
  return { headers, rows };
}

/** A one-sheet workbook with a bold header row (templates and exports). */
export async function simpleWorkbook(sheetName: string, headers: string[], rows: (string | number | null)[][], widths: number[] = []) {
  const wb = await newWorkbook();
  wb.creator = 'Aftersales 售后服务管理系统';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(headers).font = { bold: true };
  rows.forEach((r) => ws.addRow(r));
  ws.columns = headers.map((_, i) => ({ width: widths[i] ?? 16 }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A row-level import error, in the same shape everywhere: path rows.N.field, message 第 N 行「列」:… */
export const rowError = (row: number, field: string, label: string, message: string) => ({
  path: `rows.${row}.${field}`,
  message: `第 ${row} 行「${label}」:${message}`,
});
