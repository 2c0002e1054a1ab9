/**
 * The money of an accident case: the 定损单 lines and their totals, the comparison with the work order's lines, the
 * direct-pay (直赔) split of the order between insurer and customer, and the receivable's aging. All in fen.
 */
import { daysBetween } from '../time/index.js';

export interface AssessmentLine {
  kind: 'labor' | 'parts';
  /** The catalog entry (labor operation or part) the line is about: the key of the comparison with the order. */
  refId: string;
  name: string;
  /** Thousandths (quantity of parts or hours of labor). */
  qtyMilli: number;
  unitPriceFen: number;
  /** null = not decided yet (a 追加定损 line the insurer has not answered); the first 定损单 is agreed as a whole. */
  approved: boolean | null;
}

/** A line's amount, rounded to the fen. */
export const lineAmountFen = (l: Pick<AssessmentLine, 'qtyMilli' | 'unitPriceFen'>) => Math.round((l.qtyMilli * l.unitPriceFen) / 1000);

/** What the insurer agreed: every approved line of every version. */
export const approvedTotalFen = (lines: readonly AssessmentLine[]) => lines.filter((l) => l.approved === true).reduce((s, l) => s + lineAmountFen(l), 0);

export interface OrderLine {
  refId: string;
  name: string;
  amountFen: number;
}
export type LineDifference = {
  refId: string;
  name: string;
  assessedFen: number;
  orderFen: number;
  /** order − assessed: positive when the order bills more than the insurer agreed. */
  differenceFen: number;
  kind: 'only_assessed' | 'only_order' | 'amount' | 'same';
};

/** The approved assessment against the work order's lines, by catalog entry: what is missing on either side, what differs. */
export function compareWithOrder(assessed: readonly AssessmentLine[], order: readonly OrderLine[]): LineDifference[] {
  const rows = new Map<string, { name: string; assessedFen: number; orderFen: number; inA: boolean; inO: boolean }>();
  const row = (refId: string, name: string) => {
    let r = rows.get(refId);
    if (!r) rows.set(refId, (r = { name, assessedFen: 0, orderFen: 0, inA: false, inO: false }));
    return r;
  };
  for (const l of assessed)
    if (l.approved === true) {
      const r = row(l.refId, l.name);
      r.assessedFen += lineAmountFen(l);
      r.inA = true;
    }
  for (const l of order) {
    const r = row(l.refId, l.name);
    r.orderFen += l.amountFen;
    r.inO = true;
  }
  return [...rows.entries()].map(([refId, r]) => ({
    refId,
    name: r.name,
    assessedFen: r.assessedFen,
    orderFen: r.orderFen,
    differenceFen: r.orderFen - r.assessedFen,
    kind: !r.inO ? 'only_assessed' : !r.inA ? 'only_order' : r.orderFen === r.assessedFen ? 'same' : 'amount',
  }));
}

export interface DirectPaySplit {
  /** What the insurer pays the store. */
  insurerFen: number;
  /** What the customer pays: the deductible (免赔) and whatever the insurer did not agree to (refused items, extras). */
  customerFen: number;
  /** The salvage (残值) the store keeps instead of money: the old parts are its to sell. */
  salvageFen: number;
}

/**
 * The direct-pay split of an order: the insurer covers what it agreed (never more than the order), less the salvage the
 * store keeps and the customer's deductible; the customer pays the deductible and everything not agreed.
 * insurer + customer + salvage = order total.
 */
export function directPaySplit(o: { orderTotalFen: number; approvedFen: number; salvageFen: number; deductibleFen: number }): DirectPaySplit {
  const covered = Math.min(o.orderTotalFen, o.approvedFen);
  const salvageFen = Math.min(o.salvageFen, covered);
  const deductible = Math.min(o.deductibleFen, covered - salvageFen);
  const insurerFen = covered - salvageFen - deductible;
  return { insurerFen, customerFen: o.orderTotalFen - insurerFen - salvageFen, salvageFen };
}

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The age of a receivable in days: from its invoice date to today, both local dates of the point. */
export const receivableAgeDays = (invoicedOn: string, today: string) => Math.max(0, daysBetween(invoicedOn, today));

/** 0–30, 31–60, 61–90, > 90 days. */
export function agingBucket(ageDays: number): AgingBucket {
  if (ageDays <= 30) return '0-30';
  if (ageDays <= 60) return '31-60';
  if (ageDays <= 90) return '61-90';
  return '90+';
}

/** Why a payment cannot be booked against what is outstanding (Chinese, for the field), or null. */
export function paymentProblem(amountFen: number, outstandingFen: number): string | null {
  if (!Number.isInteger(amountFen) || amountFen <= 0) return '回款金额须大于 0';
  if (outstandingFen <= 0) return '该案件没有未收款';
  if (amountFen > outstandingFen) return `回款金额不能大于未收款 ¥${(outstandingFen / 100).toFixed(2)}`;
  return null;
}

/** What a direct-pay case splits: the order's customer and insurer lines (warranty and internal lines are nobody's bill). */
export const directPayBaseFen = (byPayer: ByPayer) => (byPayer.customer?.amountFen ?? 0) + (byPayer.insurance?.amountFen ?? 0);
type ByPayer = Partial<Record<string, { amountFen: number }>>;

/** The bill of a work order at the cashier: what the customer pays there and what goes on the insurer's account (直赔). */
export interface BillShares {
  customerFen: number;
  insurerFen: number;
  salvageFen: number;
}

/**
 * Without a case the customer pays the customer lines; with a case the customer claims from the insurer himself, he
 * pays the customer's and the insurer's lines; with a direct-pay case the insurer's share (what it agreed, less salvage
 * and deductible) is put on its account and the customer pays the deductible and whatever was not agreed.
 */
export function billShares(
  byPayer: ByPayer,
  directPay: { directPay: boolean; approvedFen: number; salvageFen: number; deductibleFen: number } | null,
): BillShares {
  if (!directPay) return { customerFen: byPayer.customer?.amountFen ?? 0, insurerFen: 0, salvageFen: 0 };
  if (!directPay.directPay) return { customerFen: directPayBaseFen(byPayer), insurerFen: 0, salvageFen: 0 };
  const s = directPaySplit({
    orderTotalFen: directPayBaseFen(byPayer),
    approvedFen: directPay.approvedFen,
    salvageFen: directPay.salvageFen,
    deductibleFen: directPay.deductibleFen,
  });
  return { customerFen: s.customerFen, insurerFen: s.insurerFen, salvageFen: s.salvageFen };
}
