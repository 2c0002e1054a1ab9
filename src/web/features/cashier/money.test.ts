import { describe, expect, it } from 'vitest';
import { coversDiscount, discountPctOf, paymentsInFen, remainingFen } from './money';

describe('cashier money', () => {
  it.each([
    [0, 10000, 0],
    [400, 10000, 4],
    [1234, 56789, 2.17],
    [500, 0, 0],
    [10000, 10000, 100],
  ])('%i of %i fen is %d%%', (d, g, pct) => {
    expect(discountPctOf(d, g)).toBe(pct);
  });

  it.each([
    [{ isSuperuser: false, limits: { discountPct: 5 } }, 4, true],
    [{ isSuperuser: false, limits: { discountPct: 5 } }, 5, true],
    [{ isSuperuser: false, limits: { discountPct: 5 } }, 5.01, false],
    [{ isSuperuser: true, limits: { discountPct: 0 } }, 80, true],
    [null, 0, false],
  ])('authority %j for %d%% → %s', (me, pct, ok) => expect(coversDiscount(me, pct)).toBe(ok));

  it('adds up payments entered in yuan, skipping empty rows', () => {
    const rows = [{ method: 'cash', amountYuan: 100.1 }, { method: 'wechat', amountYuan: 0.2 }, { method: 'alipay' }, undefined, { amountYuan: 5 }];
    expect(paymentsInFen(rows)).toEqual([
      { method: 'cash', amountFen: 10010 },
      { method: 'wechat', amountFen: 20 },
    ]);
    expect(remainingFen(10030, rows)).toBe(0);
    expect(remainingFen(10000, rows)).toBe(-30);
    expect(remainingFen(5000, undefined)).toBe(5000);
  });
});
