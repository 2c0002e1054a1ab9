/** Cashier arithmetic in fen: the discount as a percentage (as the server computes it), authority, what is still to collect. */
import { yuanToFen } from '../../lib/format';

/** Discount as a percentage of the customer's part, two decimals (authority limits are percentages). */
export const discountPctOf = (discountFen: number, grossFen: number) => (grossFen ? Math.round((discountFen / grossFen) * 10000) / 100 : 0);

/** Whether the user may grant (or approve) a discount of `pct` percent. */
export const coversDiscount = (me: { isSuperuser: boolean; limits: { discountPct: number } } | null | undefined, pct: number) =>
  !!me && (me.isSuperuser || pct <= me.limits.discountPct);

/** Payments entered in yuan → fen; empty rows are left out. */
export function paymentsInFen<M extends string>(rows: ({ method?: M; amountYuan?: number | null } | undefined)[] | undefined) {
  return (rows ?? [])
    .filter((r): r is { method: M; amountYuan: number } => !!r?.method && r.amountYuan != null && r.amountYuan > 0)
    .map((r) => ({ method: r.method, amountFen: yuanToFen(r.amountYuan)! }));
}

/** payable − what the rows add up to (negative when over-paid). */
export const remainingFen = (payableFen: number, rows: Parameters<typeof paymentsInFen<string>>[0]) =>
  payableFen - paymentsInFen(rows).reduce((s, p) => s + p.amountFen, 0);
