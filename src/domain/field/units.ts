/**
 * The equipment archive (逐号建档): every unit sold has its own record. Pure rules for a unit's coordinates,
 * warranty end and whether it is in warranty on a local date.
 */
import { addDays, daysBetween } from '../time/index.js';

export interface Coordinates {
  lat: number;
  lng: number;
}

/** Field-level problems with coordinates (WGS-84 degrees): latitude −90…90, longitude −180…180, both or neither. */
export function coordinateProblems(c: { lat?: number | null; lng?: number | null }): { path: 'lat' | 'lng'; message: string }[] {
  const out: { path: 'lat' | 'lng'; message: string }[] = [];
  const has = (v: number | null | undefined) => v !== null && v !== undefined;
  if (has(c.lat) !== has(c.lng)) {
    out.push({ path: has(c.lat) ? 'lng' : 'lat', message: '经纬度须同时填写' });
    return out;
  }
  if (has(c.lat) && (!Number.isFinite(c.lat) || c.lat! < -90 || c.lat! > 90)) out.push({ path: 'lat', message: '纬度须在 -90 到 90 之间' });
  if (has(c.lng) && (!Number.isFinite(c.lng) || c.lng! < -180 || c.lng! > 180)) out.push({ path: 'lng', message: '经度须在 -180 到 180 之间' });
  return out;
}

/** Days in each month of a year (proleptic Gregorian). */
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * 'YYYY-MM-DD' `months` calendar months after `start`, clamped to the month's end (2026-01-31 + 1 → 2026-02-28).
 */
export function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** The last day of warranty: start + months − 1 day (a 12-month warranty from 2026-03-01 ends 2027-02-28). */
export function warrantyEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** Whether a local date lies within [start, end] of the warranty (both inclusive); no start → not in warranty. */
export function inWarranty(start: string | null, end: string | null, on: string): boolean {
  if (!start || !end) return false;
  return daysBetween(start, on) >= 0 && daysBetween(on, end) >= 0;
}

/** A serial number as stored and compared: trimmed, upper case, inner spaces removed. */
export const normalizeSerial = (s: string) => s.trim().toUpperCase().replace(/\s+/g, '');
