import { describe, expect, it } from 'vitest';
import { abcClasses, abcSummary, daysOfStock, deadStock, deadStockCutoff, leadTimesByVendor } from './kpi.js';

describe('daysOfStock', () => {
  it.each([
    [100_000, 0, 30, null], // no issues: undefined
    [100_000, 50_000, 0, null],
    [100_000, 50_000, 30, 60], // ¥1,000 at ¥16.67 a day = 60 days
    [0, 50_000, 30, 0],
  ])('value %i, issues %i over %i days → %s', (stockValueFen, issueCostFen, days, want) => {
    const got = daysOfStock({ stockValueFen, issueCostFen, days });
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 9);
  });
});

describe('deadStockCutoff', () => {
  it.each([
    ['2026-12-02T05:00:00Z', 7, '2026-05-02T05:00:00.000Z'],
    ['2026-03-31T00:00:00Z', 1, '2026-02-28T00:00:00.000Z'], // clamped to the month's last day
    ['2026-07-31T12:00:00Z', 7, '2025-12-31T12:00:00.000Z'],
    ['2026-12-02T05:00:00Z', 12, '2025-12-02T05:00:00.000Z'],
  ])('%s − %i months → %s', (now, months, want) => expect(deadStockCutoff(new Date(now), months).toISOString()).toBe(want));
});

describe('deadStock', () => {
  const now = new Date('2026-12-02T05:00:00Z');
  const at = (s: string | null) => (s ? new Date(s) : null);
  const items = [
    { id: 'old', valueFen: 3000, onHandMilli: 1000, lastMovementAt: at('2026-05-02T04:59:59Z') }, // just over 7 months
    { id: 'edge', valueFen: 1000, onHandMilli: 1000, lastMovementAt: at('2026-05-02T05:00:00Z') }, // exactly 7 months: not yet
    { id: 'new', valueFen: 4000, onHandMilli: 1000, lastMovementAt: at('2026-11-30T00:00:00Z') },
    { id: 'none', valueFen: 2000, onHandMilli: 1000, lastMovementAt: null }, // never moved
    { id: 'empty', valueFen: 0, onHandMilli: 0, lastMovementAt: at('2020-01-01T00:00:00Z') }, // nothing on hand
  ];
  it('counts parts on hand without movement for more than 7 months, with their share of the stock value', () => {
    const d = deadStock(items, now);
    expect(d.items.map((i) => i.id)).toEqual(['old', 'none']);
    expect(d).toMatchObject({ deadFen: 5000, totalFen: 10_000, share: 0.5 });
  });
  it('the months are configurable (one year)', () => {
    expect(deadStock(items, now, 12).items.map((i) => i.id)).toEqual(['none']);
    expect(deadStock(items, now, 0).items.map((i) => i.id)).toEqual(['old', 'edge', 'new', 'none']);
  });
  it('no stock: no share', () => expect(deadStock([], now).share).toBeNull());
});

describe('abcClasses', () => {
  it.each([
    // usage values → classes in id order
    [[], ''],
    [[100], 'A'],
    [[80, 15, 5], 'ABC'], // before A: 0; before B: 80 % (not < 80) → B; before C: 95 % → C
    [[79, 16, 5], 'AAC'], // before the second: 79 % < 80 → A; before the third: 95 %, not < 95 → C
    [[50, 50, 0], 'AAC'], // no usage is always C
    [[10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 'AAAAAAAABB'], // before the ninth 80 % → B, before the tenth 90 % → B,
  ])('%o → %s', (usage, want) => {
    const items = usage.map((usageFen, i) => ({ id: `p${i}`, usageFen }));
    const c = abcClasses(items);
    expect(items.map((i) => c.get(i.id)).join('')).toBe(want);
  });
  it('ties are ordered by id (stable)', () => {
    const c = abcClasses([
      { id: 'b', usageFen: 50 },
      { id: 'a', usageFen: 50 },
    ]);
    expect([c.get('a'), c.get('b')]).toEqual(['A', 'A']);
    const d = abcClasses(
      [
        { id: 'b', usageFen: 50 },
        { id: 'a', usageFen: 50 },
      ],
      0.5,
      0.9,
    );
    expect([d.get('a'), d.get('b')]).toEqual(['A', 'B']);
  });
  it('summarises parts and usage per class', () => {
    const usage = new Map([
      ['x', 80],
      ['y', 15],
      ['z', 5],
    ]);
    const c = abcClasses([...usage].map(([id, usageFen]) => ({ id, usageFen })));
    expect(abcSummary(c, usage)).toEqual({ A: { parts: 1, usageFen: 80 }, B: { parts: 1, usageFen: 15 }, C: { parts: 1, usageFen: 5 } });
  });
});

describe('leadTimesByVendor', () => {
  const d = (s: string) => new Date(s);
  it('days from sending to the first receipt, per vendor; orders not received do not count', () => {
    expect(
      leadTimesByVendor([
        { vendorId: 'v2', sentAt: d('2026-11-01T00:00:00Z'), firstReceiptAt: d('2026-11-03T12:00:00Z') },
        { vendorId: 'v1', sentAt: d('2026-11-01T00:00:00Z'), firstReceiptAt: d('2026-11-08T00:00:00Z') },
        { vendorId: 'v1', sentAt: d('2026-11-10T00:00:00Z'), firstReceiptAt: d('2026-11-13T00:00:00Z') },
        { vendorId: 'v1', sentAt: d('2026-11-20T00:00:00Z'), firstReceiptAt: null },
        { vendorId: 'v3', sentAt: null, firstReceiptAt: null },
      ]),
    ).toEqual([
      { vendorId: 'v1', orders: 2, meanDays: 5, maxDays: 7 },
      { vendorId: 'v2', orders: 1, meanDays: 2.5, maxDays: 2.5 },
    ]);
  });
});
