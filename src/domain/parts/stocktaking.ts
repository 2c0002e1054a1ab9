/**
 * Stocktaking (盘点): the count's status table, the variance of a line and its value at moving-average cost, the
 * totals that decide approval, and the booking delta. Movements during the count are reconciled, not frozen
 * (ADR 020): a line's variance is taken against the book quantity at the moment its count was entered.
 * Quantities ×1000 (milli), money in fen.
 */
import { valueFen } from './stock.js';

export const COUNT_STATUSES = ['counting', 'pending_approval', 'booked', 'cancelled'] as const;
export type CountStatus = (typeof COUNT_STATUSES)[number];
export const COUNT_STATUS_LABELS: Record<CountStatus, string> = {
  counting: '盘点中',
  pending_approval: '差异待审批',
  booked: '已过账',
  cancelled: '已取消',
};
export const COUNT_ACTIONS = ['book', 'escalate', 'approve', 'reject', 'cancel'] as const;
export type CountAction = (typeof COUNT_ACTIONS)[number];

/**
 * [from, action] → to. Submitting a complete count books it when the variance value is within the submitter's
 * authority (`book`), else it `escalate`s to 待我审批; the approver books it (`approve`) or sends it back to counting.
 */
export const COUNT_TABLE: Readonly<Record<CountStatus, Partial<Record<CountAction, CountStatus>>>> = {
  counting: { book: 'booked', escalate: 'pending_approval', cancel: 'cancelled' },
  pending_approval: { approve: 'booked', reject: 'counting', cancel: 'cancelled' },
  booked: {},
  cancelled: {},
};

export function countTransition(status: CountStatus, action: CountAction): CountStatus | null {
  return COUNT_TABLE[status][action] ?? null;
}

/** Counted quantities may change only while counting. */
export const isCountEditable = (s: CountStatus) => s === 'counting';

export interface CountLineFigures {
  /** Book quantity when the count was entered (null: not counted yet). */
  bookAtEntryMilli: number | null;
  countedMilli: number | null;
  unitCostFen: number;
}

/** Variance of one line: counted − book at entry (盘盈 > 0, 盘亏 < 0); null when not counted yet. */
export function lineVariance(l: CountLineFigures): { varianceMilli: number; valueFen: number } | null {
  if (l.countedMilli === null || l.bookAtEntryMilli === null) return null;
  const varianceMilli = l.countedMilli - l.bookAtEntryMilli;
  return { varianceMilli, valueFen: valueFen(varianceMilli, l.unitCostFen) };
}

/** Totals of a count: lines counted, gain and loss value, and the absolute value that is checked against authority. */
export function countTotals(lines: readonly CountLineFigures[]) {
  let counted = 0;
  let gainFen = 0;
  let lossFen = 0;
  let differing = 0;
  for (const l of lines) {
    const v = lineVariance(l);
    if (!v) continue;
    counted++;
    if (v.varianceMilli !== 0) differing++;
    if (v.valueFen > 0) gainFen += v.valueFen;
    else lossFen -= v.valueFen;
  }
  return { lines: lines.length, counted, uncounted: lines.length - counted, differing, gainFen, lossFen, netFen: gainFen - lossFen, absFen: gainFen + lossFen };
}

/**
 * The booking of a line against today's stock (reconciliation): the variance is applied to what is on hand now, so
 * movements after the entry stay. Refused when the result would be negative or below what is reserved.
 */
export function bookingResult(
  variance: number,
  now: { onHandMilli: number; reservedMilli: number },
): { ok: true; onHandMilli: number } | { ok: false; reason: 'NEGATIVE' | 'BELOW_RESERVED'; onHandMilli: number } {
  const onHandMilli = now.onHandMilli + variance;
  if (onHandMilli < 0) return { ok: false, reason: 'NEGATIVE', onHandMilli };
  if (onHandMilli < now.reservedMilli) return { ok: false, reason: 'BELOW_RESERVED', onHandMilli };
  return { ok: true, onHandMilli };
}
