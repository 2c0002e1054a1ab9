import { describe, expect, it } from 'vitest';
import { computeLines, linePayable, nextSubsidyStatus, subsidyMonth, validateRules, type SubsidyRule } from './index.js';

const FIFTY: SubsidyRule = { pointKind: 'station', basis: 'settled_orders', amountFen: 5000 };

describe('subsidy rules', () => {
  it.each<[string, SubsidyRule[], string[]]>([
    ['50 元 per settled order at stations', [FIFTY], []],
    ['two bases for one type', [FIFTY, { pointKind: 'station', basis: 'field_visits', amountFen: 8000 }], []],
    ['negative', [{ ...FIFTY, amountFen: -1 }], ['rules.0.amountFen']],
    ['fractions of a fen', [{ ...FIFTY, amountFen: 12.5 }], ['rules.0.amountFen']],
    ['too large', [{ ...FIFTY, amountFen: 10_000_001 }], ['rules.0.amountFen']],
    ['duplicate', [FIFTY, { ...FIFTY, amountFen: 100 }], ['rules.1.basis']],
  ])('%s', (_, rules, paths) => expect(validateRules(rules).map((p) => p.path)).toEqual(paths));
});

describe('subsidy month', () => {
  it.each([
    ['2026-10', '2026-11-22', { from: '2026-10-01', to: '2026-10-31' }],
    ['2026-02', '2026-11-22', { from: '2026-02-01', to: '2026-02-28' }],
    ['2024-02', '2026-11-22', { from: '2024-02-01', to: '2024-02-29' }],
    ['2026-11', '2026-11-22', { problem: '只能核算已结束的月份 (only a finished month)' }],
    ['2026-12', '2026-11-22', { problem: '只能核算已结束的月份 (only a finished month)' }],
    ['2026-13', '2026-11-22', { problem: '月份格式须为 YYYY-MM (month like 2026-11)' }],
  ])('%s on %s', (m, today, r) => expect(subsidyMonth(m, today)).toEqual(r));
});

describe('computeLines', () => {
  const dealers = [
    { pointId: 'st1', kind: 'station', settledOrders: 12, fieldVisits: 2 },
    { pointId: 'fr1', kind: 'franchise', settledOrders: 30, fieldVisits: 0 },
    { pointId: 'rc', kind: 'regional', settledOrders: 0, fieldVisits: 0 },
  ];
  it('units × amount per dealer type; other types get no line', () => {
    expect(computeLines(dealers, [FIFTY])).toEqual([
      { pointId: 'st1', units: { settled_orders: 12, field_visits: 2 }, amountFen: 60_000, basisText: '结算工单台次 12 × 50.00 元' },
    ]);
  });
  it('several rules add up', () => {
    const lines = computeLines(dealers, [
      FIFTY,
      { pointKind: 'station', basis: 'field_visits', amountFen: 10_000 },
      { pointKind: 'franchise', basis: 'settled_orders', amountFen: 2000 },
    ]);
    expect(lines.map((l) => [l.pointId, l.amountFen])).toEqual([
      ['st1', 80_000],
      ['fr1', 60_000],
    ]);
    expect(lines[0].basisText).toBe('结算工单台次 12 × 50.00 元 + 完成的现场服务 2 × 100.00 元');
  });
  it.each([
    [60_000, 0, 60_000],
    [60_000, -5000, 55_000],
    [60_000, -70_000, 0],
    [0, 3000, 3000],
  ])('payable of %i with %i → %i', (a, adj, p) => expect(linePayable(a, adj)).toBe(p));
});

describe('statement statuses', () => {
  it.each([
    ['computed', 'review', 'reviewed'],
    ['computed', 'approve', null],
    ['reviewed', 'approve', 'approved'],
    ['reviewed', 'reopen', 'computed'],
    ['reviewed', 'adjust', null],
    ['approved', 'reopen', null],
    ['approved', 'recompute', null],
  ] as const)('%s + %s → %s', (from, a, to) => expect(nextSubsidyStatus(from, a)).toBe(to));
});
