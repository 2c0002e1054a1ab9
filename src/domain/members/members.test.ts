import { describe, expect, it } from 'vitest';
import { allocatePackagePrice, memberDiscount, packageRefusal, topUpBonus } from './index.js';

describe('topUpBonus', () => {
  const rules = [
    { minAmountFen: 100_000, bonusFen: 10_000 },
    { minAmountFen: 50_000, bonusFen: 3_000 },
    { minAmountFen: 300_000, bonusFen: 50_000 },
  ];
  it.each([
    [10_000, 0],
    [50_000, 3_000],
    [99_999, 3_000],
    [100_000, 10_000],
    [500_000, 50_000],
  ])('%s fen → bonus %s', (amount, bonus) => expect(topUpBonus(amount, rules)).toBe(bonus));
  it('no rules, no bonus', () => expect(topUpBonus(100_000, [])).toBe(0));
});

describe('memberDiscount', () => {
  const gold = { laborDiscountPct: 1_500, partsDiscountPct: 500 };
  it.each([
    [
      'labor and parts at their rates',
      [
        { kind: 'labor', payer: 'customer', amountFen: 36_000, isFixedPrice: false },
        { kind: 'parts', payer: 'customer', amountFen: 68_000, isFixedPrice: false },
      ],
      { laborFen: 5_400, partsFen: 3_400, totalFen: 8_800 },
    ],
    ['rounded half up per kind', [{ kind: 'labor', payer: 'customer', amountFen: 333, isFixedPrice: false }], { laborFen: 50, partsFen: 0, totalFen: 50 }],
    [
      'warranty lines are not the customer’s',
      [{ kind: 'labor', payer: 'warranty', amountFen: 36_000, isFixedPrice: false }],
      { laborFen: 0, partsFen: 0, totalFen: 0 },
    ],
    [
      'package lines keep the package price',
      [{ kind: 'parts', payer: 'customer', amountFen: 20_000, isFixedPrice: true }],
      { laborFen: 0, partsFen: 0, totalFen: 0 },
    ],
  ] as const)('%s', (_n, lines, expected) => expect(memberDiscount(lines, gold)).toEqual(expected));
});

describe('allocatePackagePrice', () => {
  it.each([
    [[10_000, 20_000, 30_000], 48_000, [8_000, 16_000, 24_000]],
    [[100, 100, 100], 200, [67, 67, 66]],
    [[333, 1], 300, [299, 1]],
    [[5_000, 5_000], 20_000, [5_000, 5_000]],
    [[0, 0], 0, [0, 0]],
  ])('%j at %s → %j', (gross, price, shares) => {
    const out = allocatePackagePrice(gross, price);
    expect(out).toEqual(shares);
    expect(out.reduce((s, x) => s + x, 0)).toBe(
      Math.min(
        price,
        gross.reduce((s, g) => s + g, 0),
      ),
    );
  });
});

describe('packageRefusal', () => {
  const p = { modelFamily: 'ID.4', validFrom: '2026-01-01', validTo: '2026-12-31', isActive: true };
  it.each([
    [p, 'ID.4', '2026-06-01', null],
    [{ ...p, modelFamily: '' }, '朗逸', '2026-06-01', null],
    [p, '朗逸', '2026-06-01', '套餐仅适用于车型系列「ID.4」'],
    [p, 'ID.4', '2027-01-01', '套餐已于 2026-12-31 过期'],
    [p, 'ID.4', '2025-12-31', '套餐自 2026-01-01 起有效'],
    [{ ...p, isActive: false }, 'ID.4', '2026-06-01', '套餐已停用'],
  ] as const)('%# → %s', (pkg, family, today, expected) => expect(packageRefusal(pkg, { modelFamily: family }, today)).toBe(expected));
});
