import { describe, expect, it } from 'vitest';
import {
  agingBucket,
  type AssessmentLine,
  approvedTotalFen,
  billShares,
  compareWithOrder,
  directPaySplit,
  lineAmountFen,
  paymentProblem,
  receivableAgeDays,
} from './money.js';

const line = (refId: string, qty: number, price: number, approved: boolean | null = true): AssessmentLine => ({
  kind: 'parts',
  refId,
  name: refId,
  qtyMilli: qty * 1000,
  unitPriceFen: price,
  approved,
});

describe('assessment money', () => {
  it.each([
    [1000, 12_345, 12_345],
    [1500, 10_000, 15_000],
    [333, 100, 33],
    [0, 99_999, 0],
  ])('qty %i‰ × %i fen = %i', (qtyMilli, unitPriceFen, amount) => expect(lineAmountFen({ qtyMilli, unitPriceFen })).toBe(amount));

  it('counts approved lines only', () =>
    expect(approvedTotalFen([line('a', 1, 100), line('b', 2, 100, false), line('c', 1, 50, null), line('d', 3, 10)])).toBe(130));

  it('compares the approved assessment with the order by catalog entry', () => {
    const diff = compareWithOrder(
      [line('bumper', 1, 80_000), line('lamp', 1, 50_000), line('grille', 1, 20_000), line('refused', 1, 9_000, false)],
      [
        { refId: 'bumper', name: 'bumper', amountFen: 80_000 },
        { refId: 'lamp', name: 'lamp', amountFen: 55_000 },
        { refId: 'oil', name: 'oil', amountFen: 30_000 },
        { refId: 'refused', name: 'refused', amountFen: 9_000 },
      ],
    );
    const by = Object.fromEntries(diff.map((d) => [d.refId, [d.kind, d.differenceFen]]));
    expect(by).toEqual({
      bumper: ['same', 0],
      lamp: ['amount', 5_000],
      grille: ['only_assessed', -20_000],
      oil: ['only_order', 30_000],
      refused: ['only_order', 9_000],
    });
  });
});

describe('direct-pay split', () => {
  it.each([
    // order, approved, salvage, deductible → insurer, customer, salvage
    ['all agreed, no deductible', 100_000, 100_000, 0, 0, 100_000, 0, 0],
    ['deductible', 100_000, 100_000, 0, 20_000, 80_000, 20_000, 0],
    ['salvage kept by the store', 100_000, 100_000, 5_000, 0, 95_000, 0, 5_000],
    ['refused items paid by the customer', 130_000, 100_000, 0, 10_000, 90_000, 40_000, 0],
    ['assessed more than billed: never more than the order', 80_000, 100_000, 0, 0, 80_000, 0, 0],
    ['deductible larger than covered', 30_000, 30_000, 0, 50_000, 0, 30_000, 0],
    ['nothing agreed', 50_000, 0, 1_000, 500, 0, 50_000, 0],
  ])('%s', (_n, orderTotalFen, approvedFen, salvageFen, deductibleFen, insurer, customer, salvage) => {
    const s = directPaySplit({ orderTotalFen, approvedFen, salvageFen, deductibleFen });
    expect(s).toEqual({ insurerFen: insurer, customerFen: customer, salvageFen: salvage });
    expect(s.insurerFen + s.customerFen + s.salvageFen).toBe(orderTotalFen);
  });
});

describe('the bill at the cashier: customer part and insurer part (直赔)', () => {
  const byPayer = (customer: number, insurance: number, warranty = 0) => ({
    customer: { amountFen: customer },
    insurance: { amountFen: insurance },
    warranty: { amountFen: warranty },
  });
  it.each([
    // name, customer lines, insurer lines, warranty lines, direct-pay terms, customer pays, insurer owes, salvage
    ['no case: the customer lines', 30_000, 70_000, 5_000, null, 30_000, 0, 0],
    ['all agreed, deductible 200', 0, 100_000, 0, { directPay: true, approvedFen: 100_000, salvageFen: 0, deductibleFen: 20_000 }, 20_000, 80_000, 0],
    ['salvage kept by the store', 0, 100_000, 0, { directPay: true, approvedFen: 100_000, salvageFen: 5_000, deductibleFen: 20_000 }, 20_000, 75_000, 5_000],
    ['refused items paid by the customer', 10_000, 90_000, 0, { directPay: true, approvedFen: 90_000, salvageFen: 0, deductibleFen: 0 }, 10_000, 90_000, 0],
    ['warranty lines are nobody’s here', 0, 50_000, 8_000, { directPay: true, approvedFen: 50_000, salvageFen: 0, deductibleFen: 1_000 }, 1_000, 49_000, 0],
    [
      'the customer claims himself: he pays it all',
      10_000,
      90_000,
      5_000,
      { directPay: false, approvedFen: 90_000, salvageFen: 0, deductibleFen: 0 },
      100_000,
      0,
      0,
    ],
    ['deductible above the agreed amount', 0, 10_000, 0, { directPay: true, approvedFen: 10_000, salvageFen: 0, deductibleFen: 50_000 }, 10_000, 0, 0],
  ] as const)('%s', (_n, customer, insurance, warranty, terms, customerFen, insurerFen, salvageFen) =>
    expect(billShares(byPayer(customer, insurance, warranty), terms)).toEqual({ customerFen, insurerFen, salvageFen }),
  );
});

describe('receivable aging and payments', () => {
  it.each([
    ['2026-11-01', '2026-11-01', 0, '0-30'],
    ['2026-11-01', '2026-12-01', 30, '0-30'],
    ['2026-11-01', '2026-12-02', 31, '31-60'],
    ['2026-10-01', '2026-11-30', 60, '31-60'],
    ['2026-10-01', '2026-12-01', 61, '61-90'],
    ['2026-09-01', '2026-11-30', 90, '61-90'],
    ['2026-09-01', '2026-12-01', 91, '90+'],
    ['2026-12-05', '2026-12-01', 0, '0-30'],
  ])('invoiced %s, today %s: %i days, bucket %s', (on, today, days, bucket) => {
    expect(receivableAgeDays(on, today)).toBe(days);
    expect(agingBucket(receivableAgeDays(on, today))).toBe(bucket);
  });

  it.each([
    [10_000, 10_000, null],
    [1, 10_000, null],
    [10_001, 10_000, /不能大于未收款 ¥100.00/],
    [0, 10_000, /大于 0/],
    [-5, 10_000, /大于 0/],
    [1.5, 10_000, /大于 0/],
    [100, 0, /没有未收款/],
  ] as [number, number, RegExp | null][])('pay %i against %i outstanding', (amount, outstanding, problem) => {
    const p = paymentProblem(amount, outstanding);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeNull();
  });
});
