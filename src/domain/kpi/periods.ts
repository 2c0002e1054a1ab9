/** KPI periods as inclusive local dates (in the scope point's zone): day, ISO week, month, quarter, year, custom. */
import { addDays, daysBetween, weekdayOf } from '../time/index.js';

export const PERIOD_KINDS = ['day', 'week', 'month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymd = (date: string) => date.split('-').map(Number) as [number, number, number];

/** The period of `kind` containing `date` (custom needs from/to). */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, date: string): Period {
  const [y, m] = ymd(date);
  switch (kind) {
    case 'day':
      return { kind, from: date, to: date };
    case 'week': {
      const from = addDays(date, 1 - weekdayOf(date));
      return { kind, from, to: addDays(from, 6) };
    }
    case 'month':
      return { kind, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(daysInMonth(y, m))}` };
    case 'quarter': {
      const q0 = Math.floor((m - 1) / 3) * 3 + 1;
      return { kind, from: `${y}-${pad(q0)}-01`, to: `${y}-${pad(q0 + 2)}-${pad(daysInMonth(y, q0 + 2))}` };
    }
    case 'year':
      return { kind, from: `${y}-01-01`, to: `${y}-12-31` };
  }
}

/** The period just before: the previous day/week/month/quarter/year; a custom range of the same length before it. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'custom') {
    const len = daysBetween(p.from, p.to) + 1;
    return { kind: 'custom', from: addDays(p.from, -len), to: addDays(p.from, -1) };
  }
  return periodOf(p.kind, addDays(p.from, -1));
}

/** The same calendar dates one year earlier (29 Feb → 28 Feb). */
export function shiftYear(date: string, years: number): string {
  const [y, m, d] = ymd(date);
  return `${y + years}-${pad(m)}-${pad(Math.min(d, daysInMonth(y + years, m)))}`;
}

/** The same period last year (a whole month/quarter/year stays whole: February's end follows the leap year). */
export function samePeriodLastYear(p: Period): Period {
  if (p.kind === 'month' || p.kind === 'quarter' || p.kind === 'year') return periodOf(p.kind, shiftYear(p.from, -1));
  return { kind: p.kind, from: shiftYear(p.from, -1), to: shiftYear(p.to, -1) };
}

/** Month buckets (or day buckets for a period of at most 62 days) for the trend chart. */
export function buckets(p: Period): { label: string; from: string; to: string }[] {
  const out: { label: string; from: string; to: string }[] = [];
  if (daysBetween(p.from, p.to) <= 62) {
    for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push({ label: d, from: d, to: d });
    return out;
  }
  for (let d = p.from; d <= p.to; ) {
    const month = periodOf('month', d);
    const to = month.to < p.to ? month.to : p.to;
    out.push({ label: d.slice(0, 7), from: d, to });
    d = addDays(to, 1);
  }
  return out;
}

/** A custom period's problem, or null: from ≤ to, at most 3 years. */
export function customPeriodProblem(from: string, to: string): { path: string; message: string } | null {
  if (from > to) return { path: 'to', message: '结束日期不能早于开始日期' };
  if (daysBetween(from, to) > 366 * 3) return { path: 'to', message: '自定义期间最长 3 年' };
  return null;
}

/** The calendar days of a period that have begun by `today` (all of a past period; 0 for a future one): the divisor of day-sums. */
export function elapsedDays(p: Pick<Period, 'from' | 'to'>, today: string): number {
  const end = p.to < today ? p.to : today;
  return end < p.from ? 0 : daysBetween(p.from, end) + 1;
}

/**
 * A period split for reading the rollups (ADR 024): the whole calendar months inside [from, to] (read from the
 * monthly rows; `months` gives the first days of the first and last of them) and the partial-month edge days on
 * either side (read from the daily rows). Together they cover every day of the period exactly once.
 */
export function splitByMonths(from: string, to: string): { months: { from: string; to: string } | null; days: { from: string; to: string }[] } {
  const first = from.endsWith('-01') ? from : addDays(periodOf('month', from).to, 1);
  const endMonth = periodOf('month', to);
  const lastStart = to === endMonth.to ? endMonth.from : periodOf('month', addDays(endMonth.from, -1)).from;
  if (first > lastStart) return { months: null, days: from <= to ? [{ from, to }] : [] };
  const days: { from: string; to: string }[] = [];
  if (from < first) days.push({ from, to: addDays(first, -1) });
  const afterLast = addDays(periodOf('month', lastStart).to, 1);
  if (afterLast <= to) days.push({ from: afterLast, to });
  return { months: { from: first, to: lastStart }, days };
}
