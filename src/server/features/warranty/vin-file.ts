/** Rows of an uploaded VIN list: .xlsx (streamed, first sheet) or CSV/TSV text (UTF-8, BOM allowed). */
import { loadExcel } from '../../lib/xlsx.js';
import { Readable } from 'node:stream';
import { csvCells } from '../../../domain/warranty/campaign-vins.js';

export const isXlsx = (buf: Buffer) => buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (typeof o.text === 'string') return o.text.trim();
    if (o.result !== undefined) return cellText(o.result);
    if (o.richText)
      return o.richText
        .map((t) => t.text)
        .join('')
        .trim();
    return '';
  }
  return String(v).trim();
};

/** Each non-empty row with its 1-based row number in the file. */
export async function* vinFileRows(buf: Buffer): AsyncGenerator<{ row: number; cells: string[] }> {
  if (isXlsx(buf)) {
    const Excel = await loadExcel();
    const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from(buf), {
      sharedStrings: 'cache',
      worksheets: 'emit',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    });
    for await (const ws of reader) {
      for await (const row of ws) {
        const values = (row.values as unknown[]).slice(1).map(cellText);
        if (values.some(Boolean)) yield { row: row.number, cells: values };
      }
      return; // the first sheet only
    }
    return;
  }
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  let row = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    row++;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) yield { row, cells: csvCells(line) };
    start = end + 1;
  }
}

/** Rows in a CSV file (for the progress total), without parsing them. */
export function csvLineCount(buf: Buffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 0x0a) n++;
  return buf.length && buf[buf.length - 1] !== 0x0a ? n + 1 : n;
}
