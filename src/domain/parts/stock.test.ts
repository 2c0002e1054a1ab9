import { describe, expect, it } from 'vitest';
import { allocate, fillRate, lineStatus, movingAverageCost, shortOf, turnover, valueFen } from './stock.js';

describe('movingAverageCost', () => {
  it.each([
    // onHand, cost, qty, unitCost → new cost
    [0, 0, 0, 0, 0],
    [0, 0, 5000, 4150, 4150],
    [0, 3000, 2000, 4000, 4000],
    [5000, 4000, 0, 9999, 4000],
    [10_000, 4000, 10_000, 5000, 4500],
    [1000, 100, 2000, 101, 101], // 302/3 = 100.67 → 101
    [2000, 100, 1000, 101, 100], // 301/3 = 100.33 → 100
    [1000, 1, 1000, 2, 2], // 1.5 rounds half up
    [3000, 0, 1000, 1000, 250],
    [1500, 4150, 500, 0, 3113], // a free receipt lowers the cost: 4150 × 0.75 = 3112.5 → 3113
    [2_000_000_000, 99_999_999, 100_000_000, 1, 95_238_094], // large numbers: no float drift
  ])('on hand %i at %i + %i at %i → %i', (onHandMilli, costFen, qtyMilli, unitCostFen, want) => {
    expect(movingAverageCost({ onHandMilli, costFen }, { qtyMilli, unitCostFen })).toBe(want);
  });
});

describe('allocate', () => {
  const locs = [
    { id: 'b', availableMilli: 2000 },
    { id: 'a', availableMilli: 3000 },
    { id: 'c', availableMilli: 2000 },
    { id: 'z', availableMilli: 0 },
  ];
  it.each([
    [0, [], 0, 0],
    [1000, [['a', 1000]], 1000, 0],
    [3000, [['a', 3000]], 3000, 0],
    [
      4000,
      [
        ['a', 3000],
        ['b', 1000],
      ],
      4000,
      0,
    ], // largest first, then ties by id
    [
      7000,
      [
        ['a', 3000],
        ['b', 2000],
        ['c', 2000],
      ],
      7000,
      0,
    ],
    [
      9500,
      [
        ['a', 3000],
        ['b', 2000],
        ['c', 2000],
      ],
      7000,
      2500,
    ],
    [-5, [], 0, 0],
  ] as const)('request %i → takes %j, taken %i, short %i', (req, takes, taken, short) => {
    const r = allocate(req, locs);
    expect(r.takes.map((t) => [t.id, t.qtyMilli])).toEqual(takes);
    expect([r.takenMilli, r.shortMilli]).toEqual([taken, short]);
  });
  it('no locations: everything is short', () => expect(allocate(2000, [])).toEqual({ takes: [], takenMilli: 0, shortMilli: 2000 }));
});

describe('line state', () => {
  it.each([
    [{ requestedMilli: 2000, reservedMilli: 2000, issuedMilli: 0 }, 0, 'reserved'],
    [{ requestedMilli: 2000, reservedMilli: 500, issuedMilli: 0 }, 1500, 'short'],
    [{ requestedMilli: 2000, reservedMilli: 0, issuedMilli: 500 }, 1500, 'short'],
    [{ requestedMilli: 2000, reservedMilli: 1000, issuedMilli: 1000 }, 0, 'reserved'],
    [{ requestedMilli: 2000, reservedMilli: 0, issuedMilli: 2000 }, 0, 'issued'],
  ] as const)('%j → short %i, %s', (l, short, status) => {
    expect(shortOf(l)).toBe(short);
    expect(lineStatus(l)).toBe(status);
  });
});

describe('KPIs', () => {
  it('fill rate counts only picked lines', () => {
    expect(fillRate([])).toEqual({ pickedLines: 0, filledLines: 0, rate: null });
    expect(fillRate([{ isFilledAtPick: true }, { isFilledAtPick: false }, { isFilledAtPick: null }, { isFilledAtPick: true }])).toEqual({
      pickedLines: 3,
      filledLines: 2,
      rate: 2 / 3,
    });
  });
  it.each([
    [{ issueCostFen: 0, openingValueFen: 0, closingValueFen: 0, days: 30 }, 0, null, null],
    [{ issueCostFen: 50_000, openingValueFen: 0, closingValueFen: 0, days: 30 }, 0, null, null],
    [{ issueCostFen: 60_000, openingValueFen: 100_000, closingValueFen: 140_000, days: 73 }, 120_000, 0.5, 2.5],
  ])('turnover %j', (f, avg, rate, annual) => {
    expect(turnover(f)).toEqual({ averageValueFen: avg, turnover: rate, annualizedTurnover: annual });
  });
  it.each([
    [1000, 4150, 4150],
    [1500, 333, 500],
    [-1500, 333, -500],
    [1, 499, 0],
    [1, 500, 1],
    [0, 100, 0],
  ])('value of %i milli at %i fen = %i', (q, u, want) => {
    expect(valueFen(q, u)).toBe(want);
  });
});
