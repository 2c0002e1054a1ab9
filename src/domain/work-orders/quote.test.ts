import { describe, expect, it } from 'vitest';
import { priceLine, quote, validateQuoteLine, type QuoteLine } from './quote.js';

const labor = (hours: number, rateFen: number, extra: Partial<QuoteLine> = {}): QuoteLine =>
  ({ kind: 'labor', hours, rateFen, payer: 'customer', ...extra }) as QuoteLine;
const parts = (qty: number, unitPriceFen: number, extra: Partial<QuoteLine> = {}): QuoteLine =>
  ({ kind: 'parts', qty, unitPriceFen, payer: 'customer', ...extra }) as QuoteLine;

describe('priceLine', () => {
  it.each([
    ['1.5 h × 83.33 rounds half up', labor(1.5, 8_333), 12_500, 0, 12_500],
    ['0.1 h × 0.05', labor(0.1, 5), 1, 0, 1],
    ['2.35 h × 150.00', labor(2.35, 15_000), 35_250, 0, 35_250],
    ['0.333 h × 1.00 rounds down', labor(0.333, 100), 33, 0, 33],
    ['1.005 h × 1.00 (exact, not floating)', labor(1.005, 100), 101, 0, 101],
    ['0 h', labor(0, 15_000), 0, 0, 0],
    ['4.5 L oil × 68.00', parts(4.5, 6_800), 30_600, 0, 30_600],
    ['3 × 19.99', parts(3, 1_999), 5_997, 0, 5_997],
    ['1.1 × 3.33', parts(1.1, 333), 366, 0, 366],
    ['0.5 × 0.01', parts(0.5, 1), 1, 0, 1],
    ['10% off 123.45 (111.105 → 111.11)', parts(1, 12_345, { discountPct: 10 }), 12_345, 1_234, 11_111],
    ['12.5% off 80.00', labor(1, 8_000, { discountPct: 12.5 }), 8_000, 1_000, 7_000],
    ['8.88% off 100.00', parts(1, 10_000, { discountPct: 8.88 }), 10_000, 888, 9_112],
    ['100% off (goodwill)', labor(1, 8_000, { discountPct: 100 }), 8_000, 8_000, 0],
    ['discount on a half-up gross', labor(1.5, 8_333, { discountPct: 5 }), 12_500, 625, 11_875],
    ['a package share replaces the list amount', parts(4, 6_800, { fixedAmountFen: 20_000 }), 27_200, 7_200, 20_000],
    ['a visit card pays the whole line', labor(1, 8_000, { fixedAmountFen: 0 }), 8_000, 8_000, 0],
    ['a fixed amount never exceeds the list amount', labor(1, 8_000, { fixedAmountFen: 9_000 }), 8_000, 0, 8_000],
  ])('%s', (_name, line, grossFen, discountFen, amountFen) => {
    expect(priceLine(line)).toMatchObject({ grossFen, discountFen, amountFen });
  });

  it('keeps the caller’s own fields', () => {
    const line = { kind: 'labor', hours: 1, rateFen: 12_000, payer: 'customer', code: 'A01', name: '更换机油机滤' } as const;
    expect(priceLine(line)).toEqual({ ...line, grossFen: 12_000, discountFen: 0, amountFen: 12_000 });
  });
});

describe('validateQuoteLine', () => {
  it.each([
    [labor(1, 12_000), null],
    [labor(-1, 12_000), '工时须为不小于 0、最多三位小数的数'],
    [labor(1.0005, 12_000), '工时须为不小于 0、最多三位小数的数'],
    [labor(1, 120.5), '工时单价须为不小于 0 的整数(分)'],
    [parts(Number.NaN, 100), '数量须为不小于 0、最多三位小数的数'],
    [parts(1, -100), '单价须为不小于 0 的整数(分)'],
    [parts(1, 100, { discountPct: 101 }), '折扣须为 0–100 之间、最多两位小数的百分数'],
    [parts(1, 100, { discountPct: -1 }), '折扣须为 0–100 之间、最多两位小数的百分数'],
    [parts(1, 100, { fixedAmountFen: -1 }), '固定金额须为不小于 0 的整数(分)'],
    [parts(1, 100, { discountPct: 1.234 }), '折扣须为 0–100 之间、最多两位小数的百分数'],
    [parts(1, 100, { payer: 'dealer' as never }), '付款方无效'],
  ])('%j → %s', (line, problem) => expect(validateQuoteLine(line)).toBe(problem));
});

describe('quote', () => {
  const lines: QuoteLine[] = [
    labor(1.5, 12_000), // customer 180.00
    labor(2, 12_000, { payer: 'warranty' }), // 240.00
    parts(1, 45_000, { payer: 'warranty' }), // 450.00
    parts(4, 6_800, { discountPct: 10 }), // customer 272.00 − 27.20
    parts(2, 15_000, { payer: 'insurance' }), // 300.00
    labor(3, 10_000, { payer: 'insurance' }), // 300.00
    parts(1, 2_000, { payer: 'internal' }), // 20.00
  ];
  const q = quote(lines, { vatRatePct: 13 });

  it.each([
    ['customer', { grossFen: 45_200, discountFen: 2_720, amountFen: 42_480, taxFen: 4_887, amountExTaxFen: 37_593, laborFen: 18_000, partsFen: 24_480 }],
    ['warranty', { grossFen: 69_000, discountFen: 0, amountFen: 69_000, taxFen: 7_938, amountExTaxFen: 61_062, laborFen: 24_000, partsFen: 45_000 }],
    ['insurance', { grossFen: 60_000, discountFen: 0, amountFen: 60_000, taxFen: 6_903, amountExTaxFen: 53_097, laborFen: 30_000, partsFen: 30_000 }],
    ['internal', { grossFen: 2_000, discountFen: 0, amountFen: 2_000, taxFen: 230, amountExTaxFen: 1_770, laborFen: 0, partsFen: 2_000 }],
  ] as const)('totals for %s', (payer, totals) => expect(q.byPayer[payer]).toEqual(totals));

  it.each([
    ['labor', { grossFen: 72_000, discountFen: 0, amountFen: 72_000, taxFen: 8_283, amountExTaxFen: 63_717 }],
    ['parts', { grossFen: 104_200, discountFen: 2_720, amountFen: 101_480, taxFen: 11_675, amountExTaxFen: 89_805 }],
  ] as const)('totals for %s', (kind, totals) => expect(q.byKind[kind]).toEqual(totals));

  it('grand total and the customer’s payable', () => {
    expect(q.total).toEqual({ grossFen: 176_200, discountFen: 2_720, amountFen: 173_480, taxFen: 19_958, amountExTaxFen: 153_522 });
    expect(q.customerPayableFen).toBe(42_480);
    expect(q.lines.map((l) => l.amountFen)).toEqual([18_000, 24_000, 45_000, 24_480, 30_000, 30_000, 2_000]);
  });

  it('the total tax is the sum of the payers’ invoices', () => {
    const split = quote([parts(1, 100), parts(1, 100, { payer: 'warranty' })]);
    expect([split.byPayer.customer.taxFen, split.byPayer.warranty.taxFen, split.total.taxFen]).toEqual([12, 12, 24]);
    expect(split.byKind.parts.taxFen).toBe(23); // round(200 × 13 / 113) on its own
  });

  it.each([
    [13, 1_300],
    [9, 933],
    [6, 640],
    [0, 0],
  ])('at %d%% VAT 113.00 holds %i fen', (vatRatePct, taxFen) => {
    expect(quote([labor(1, 11_300)], { vatRatePct }).total.taxFen).toBe(taxFen);
  });

  it('defaults to 13% VAT', () => expect(quote([labor(1, 11_300)]).total.taxFen).toBe(1_300));

  it('an empty quote is all zeros', () => {
    const empty = quote([]);
    expect(empty.total).toEqual({ grossFen: 0, discountFen: 0, amountFen: 0, taxFen: 0, amountExTaxFen: 0 });
    expect(empty.customerPayableFen).toBe(0);
  });

  it('warranty, insurance and internal lines cost the customer nothing', () => {
    const q2 = quote([labor(2, 12_000, { payer: 'warranty' }), parts(1, 9_900, { payer: 'insurance' }), labor(1, 5_000, { payer: 'internal' })]);
    expect(q2.customerPayableFen).toBe(0);
    expect(q2.total.amountFen).toBe(38_900);
  });

  it('names the bad line', () => {
    expect(() => quote([labor(1, 100), parts(-1, 100)])).toThrow('第 2 行:数量须为不小于 0、最多三位小数的数');
  });
});
