/**
 * Catalog quote (目录式报价) of a work order: labor and parts lines, each with a payer, in fen.
 * Prices are tax-inclusive (China retail), so the VAT is shown as the part of the amount it holds.
 */
import { roundHalfUpDiv, toScaled, vatIncluded } from './money.js';

export const PAYERS = ['customer', 'warranty', 'insurance', 'internal'] as const;
/** customer 客户, warranty 三包索赔 (the manufacturer), insurance 保险公司, internal 内部. */
export type Payer = (typeof PAYERS)[number];
export type LineKind = 'labor' | 'parts';

/** Labor: standard hours (up to 0.001 h) at a rate in fen per hour. */
export interface LaborLine {
  kind: 'labor';
  hours: number;
  rateFen: number;
  payer: Payer;
  discountPct?: number;
  /** The amount charged when fixed: a share of a package price (保养套餐), or 0 when a visit card (次卡) paid it. */
  fixedAmountFen?: number | null;
}
/** Parts: quantity (up to 0.001, e.g. litres of oil) at a unit price in fen. */
export interface PartsLine {
  kind: 'parts';
  qty: number;
  unitPriceFen: number;
  payer: Payer;
  discountPct?: number;
  fixedAmountFen?: number | null;
}
export type QuoteLine = LaborLine | PartsLine;

/** A line with its list amount, discount and the amount charged, all tax-inclusive fen. */
export type PricedLine<L extends QuoteLine = QuoteLine> = L & { grossFen: number; discountFen: number; amountFen: number };

export interface QuoteTotals {
  grossFen: number;
  discountFen: number;
  /** Charged, tax included. */
  amountFen: number;
  taxFen: number;
  amountExTaxFen: number;
}
export type PayerTotals = QuoteTotals & { laborFen: number; partsFen: number };

export interface Quote<L extends QuoteLine = QuoteLine> {
  lines: PricedLine<L>[];
  byPayer: Record<Payer, PayerTotals>;
  byKind: Record<LineKind, QuoteTotals>;
  /** taxFen is the sum of the payers' taxes: each payer is invoiced separately. */
  total: QuoteTotals;
  /** What the customer pays at the cashier. */
  customerPayableFen: number;
}

const HOURS_SCALE = 1000;
const PCT_SCALE = 100;

/** Why a line cannot be priced (Chinese), or null. */
export function validateQuoteLine(line: QuoteLine): string | null {
  if (!PAYERS.includes(line.payer)) return '付款方无效';
  const pct = toScaled(line.discountPct ?? 0, PCT_SCALE);
  if (pct === null || pct < 0 || pct > 100 * PCT_SCALE) return '折扣须为 0–100 之间、最多两位小数的百分数';
  const [amount, price, amountName, priceName] =
    line.kind === 'labor' ? [line.hours, line.rateFen, '工时', '工时单价'] : [line.qty, line.unitPriceFen, '数量', '单价'];
  const scaled = toScaled(amount, HOURS_SCALE);
  if (scaled === null || scaled < 0) return `${amountName}须为不小于 0、最多三位小数的数`;
  if (!Number.isSafeInteger(price) || price < 0) return `${priceName}须为不小于 0 的整数(分)`;
  const fixed = line.fixedAmountFen;
  if (fixed != null && (!Number.isSafeInteger(fixed) || fixed < 0)) return '固定金额须为不小于 0 的整数(分)';
  return null;
}

/** Price one line: quantity × price rounded half up to the fen, then the discount, again half up. */
export function priceLine<L extends QuoteLine>(line: L): PricedLine<L> {
  const problem = validateQuoteLine(line);
  if (problem) throw new RangeError(problem);
  const [amount, price] = line.kind === 'labor' ? [line.hours, line.rateFen] : [line.qty, line.unitPriceFen];
  const grossFen = roundHalfUpDiv((toScaled(amount, HOURS_SCALE) as number) * price, HOURS_SCALE);
  const pct = toScaled(line.discountPct ?? 0, PCT_SCALE) as number;
  // A fixed amount (package share, visit card) replaces the discount; it never exceeds the list amount.
  const amountFen = line.fixedAmountFen != null ? Math.min(line.fixedAmountFen, grossFen) : roundHalfUpDiv(grossFen * (100 * PCT_SCALE - pct), 100 * PCT_SCALE);
  return { ...line, grossFen, discountFen: grossFen - amountFen, amountFen };
}

type Sums = { grossFen: number; discountFen: number; amountFen: number };
const zero = (): Sums => ({ grossFen: 0, discountFen: 0, amountFen: 0 });
const add = (s: Sums, l: Sums) => {
  s.grossFen += l.grossFen;
  s.discountFen += l.discountFen;
  s.amountFen += l.amountFen;
};
const withTax = (s: Sums, taxFen: number): QuoteTotals => ({ ...s, taxFen, amountExTaxFen: s.amountFen - taxFen });

/** Price all lines and total them per payer and per kind; `vatRatePct` defaults to 13 (%). */
export function quote<L extends QuoteLine>(lines: readonly L[], options: { vatRatePct?: number } = {}): Quote<L> {
  const rate = options.vatRatePct ?? 13;
  const priced = lines.map((l, i) => {
    try {
      return priceLine(l);
    } catch (e) {
      throw new RangeError(`第 ${i + 1} 行:${(e as Error).message}`);
    }
  });
  const payer = Object.fromEntries(PAYERS.map((p) => [p, { ...zero(), laborFen: 0, partsFen: 0 }])) as Record<
    Payer,
    Sums & { laborFen: number; partsFen: number }
  >;
  const kind: Record<LineKind, Sums> = { labor: zero(), parts: zero() };
  const all = zero();
  for (const l of priced) {
    add(payer[l.payer], l);
    payer[l.payer][l.kind === 'labor' ? 'laborFen' : 'partsFen'] += l.amountFen;
    add(kind[l.kind], l);
    add(all, l);
  }
  const byPayer = Object.fromEntries(
    PAYERS.map((p) => [p, { ...withTax(payer[p], vatIncluded(payer[p].amountFen, rate)), laborFen: payer[p].laborFen, partsFen: payer[p].partsFen }]),
  ) as Record<Payer, PayerTotals>;
  const byKind = { labor: withTax(kind.labor, vatIncluded(kind.labor.amountFen, rate)), parts: withTax(kind.parts, vatIncluded(kind.parts.amountFen, rate)) };
  const totalTax = PAYERS.reduce((t, p) => t + byPayer[p].taxFen, 0);
  return { lines: priced, byPayer, byKind, total: withTax(all, totalTax), customerPayableFen: byPayer.customer.amountFen };
}
