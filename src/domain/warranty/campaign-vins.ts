/**
 * A campaign's VIN list (召回 / 服务活动), validated row by row before anything is imported: the VIN's format and
 * ISO 3779 check digit (no override: a manufacturer's list is exact), duplicates in the file (with the first row),
 * VINs already on the campaign, and the optional station code. Pure and streaming: feed rows one at a time.
 */
import { validateVin } from '../identifiers/vin.js';

export interface VinRowError {
  row: number;
  field: 'vin' | 'station';
  message: string;
}

export interface VinListChecker {
  /** Check one row; returns its errors (none: the row is clean and remembered). */
  add(row: number, rawVin: string, stationCode?: string): VinRowError[];
  /** The clean rows so far (VIN and station code). */
  readonly clean: { vin: string; stationCode: string }[];
  readonly errorCount: number;
}

export function vinListChecker(o: { existing?: ReadonlySet<string>; stationCodes?: ReadonlySet<string> } = {}): VinListChecker {
  const firstRow = new Map<string, number>();
  const clean: { vin: string; stationCode: string }[] = [];
  let errorCount = 0;
  return {
    clean,
    get errorCount() {
      return errorCount;
    },
    add(row, rawVin, stationCode = '') {
      const errors: VinRowError[] = [];
      const code = stationCode.trim().toUpperCase();
      const v = validateVin(rawVin);
      if (!rawVin.trim()) errors.push({ row, field: 'vin', message: '缺少车架号 VIN' });
      else if (!v.ok) errors.push({ row, field: 'vin', message: v.code === 'VIN_CHECK_DIGIT' ? v.message.replace(/,如为进口车请确认后继续$/, '') : v.message });
      else {
        const seen = firstRow.get(v.vin);
        if (seen !== undefined) errors.push({ row, field: 'vin', message: `车架号 ${v.vin} 与第 ${seen} 行重复` });
        else if (o.existing?.has(v.vin)) errors.push({ row, field: 'vin', message: `车架号 ${v.vin} 已在本活动的清单中` });
        else firstRow.set(v.vin, row);
      }
      if (code && o.stationCodes && !o.stationCodes.has(code)) errors.push({ row, field: 'station', message: `服务站代码 ${code} 不存在或不在本网络内` });
      if (errors.length) errorCount += errors.length;
      else if (v.ok) clean.push({ vin: v.vin, stationCode: code });
      return errors;
    },
  };
}

/** Split one CSV line (commas, optional double quotes with "" escapes). */
export function csvCells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\t') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/** Whether a first row is a header (its first cell names the VIN column rather than holding a VIN). */
export const isHeaderRow = (cells: string[]) => /vin|车架号|车辆识别/i.test(cells[0] ?? '') && (cells[0] ?? '').length < 17;

/** Completion rate in per mille (‰), 0 when there is nothing to do. */
export const completionPermille = (done: number, total: number) => (total > 0 ? Math.round((done * 1000) / total) : 0);
