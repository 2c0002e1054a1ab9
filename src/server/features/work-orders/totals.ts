/**
 * The work order's stored totals (labor, parts, all, the customer's share; tax-inclusive fen) — the one place they are
 * computed. Every write of lines (replace, append, a visit card paying a line, a demo or an import) goes through
 * `linesPatch` / `lineChangePatch` so the totals move with the lines in the same transaction; lists and dashboards
 * read the columns instead of pricing every line (pricing: domain/work-orders/quote.ts).
 */
import type { Db, Tx } from '../../db/client.js';
import { quote, type QuoteLine } from '../../../domain/work-orders/quote.js';
import * as repo from './work-orders.repo.js';

export interface OrderTotals {
  laborFen: number;
  partsFen: number;
  amountFen: number;
  customerPayableFen: number;
}
/** What pricing needs of a line (a stored row or one about to be inserted). */
export type PricedFields = Pick<repo.LineRow, 'kind' | 'payer'> &
  Partial<Pick<repo.LineRow, 'hoursMilli' | 'rateFen' | 'qtyMilli' | 'unitPriceFen' | 'discountPct' | 'fixedAmountFen'>>;

/** Repository lines as the quote domain reads them. */
export function toQuoteLines(lines: readonly PricedFields[]): QuoteLine[] {
  return lines.map((l) => {
    const common = { payer: l.payer as QuoteLine['payer'], discountPct: (l.discountPct ?? 0) / 100, fixedAmountFen: l.fixedAmountFen ?? null };
    return l.kind === 'labor'
      ? { kind: 'labor' as const, hours: (l.hoursMilli ?? 0) / 1000, rateFen: l.rateFen ?? 0, ...common }
      : { kind: 'parts' as const, qty: (l.qtyMilli ?? 0) / 1000, unitPriceFen: l.unitPriceFen ?? 0, ...common };
  });
}

/** The totals of a set of lines. */
export function totalsOf(lines: readonly PricedFields[]): OrderTotals {
  const q = quote(toQuoteLines(lines));
  return { laborFen: q.byKind.labor.amountFen, partsFen: q.byKind.parts.amountFen, amountFen: q.total.amountFen, customerPayableFen: q.customerPayableFen };
}

export const storedTotals = (w: OrderTotals): OrderTotals => ({
  laborFen: w.laborFen,
  partsFen: w.partsFen,
  amountFen: w.amountFen,
  customerPayableFen: w.customerPayableFen,
});

const plus = (a: OrderTotals, b: OrderTotals, sign = 1): OrderTotals => ({
  laborFen: a.laborFen + sign * b.laborFen,
  partsFen: a.partsFen + sign * b.partsFen,
  amountFen: a.amountFen + sign * b.amountFen,
  customerPayableFen: a.customerPayableFen + sign * b.customerPayableFen,
});

/**
 * The order's patch for a change of its lines: `replace` = the new complete set; `add` = lines joining the order's
 * current ones; `before`/`after` = lines changed in place (a visit card paying a line). Totals are sums of per-line
 * amounts, so adding the difference keeps them equal to pricing the whole set.
 */
export function linesPatch(
  w: OrderTotals,
  change: { replace: readonly PricedFields[] } | { add: readonly PricedFields[] } | { before: readonly PricedFields[]; after: readonly PricedFields[] },
): OrderTotals {
  if ('replace' in change) return totalsOf(change.replace);
  if ('add' in change) return plus(storedTotals(w), totalsOf(change.add));
  return plus(plus(storedTotals(w), totalsOf(change.after)), totalsOf(change.before), -1);
}

/** Recompute the stored totals of orders from their lines (after a bulk insert: demo data, generators). */
export async function recomputeTotals(q: Db | Tx, ids: string[]) {
  const lines = await repo.linesOf(q, ids);
  for (const id of ids) await repo.setTotals(q, id, totalsOf(lines.filter((l) => l.workOrderId === id)));
}

const ZERO: OrderTotals = { laborFen: 0, partsFen: 0, amountFen: 0, customerPayableFen: 0 };
/** A visit card (次卡) pays a line (charged 0 from now on) unless another card did; the order's totals follow. */
export async function markLinePaidByVisitCard(q: Db | Tx, line: repo.LineRow, visitCardId: string) {
  const row = await repo.markLineVisitCard(q, line.id, visitCardId);
  if (row) await repo.addToTotals(q, line.workOrderId, linesPatch(ZERO, { before: [line], after: [row] }));
  return row;
}
