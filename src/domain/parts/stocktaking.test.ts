import { describe, expect, it } from 'vitest';
import { bookingResult, COUNT_ACTIONS, COUNT_STATUSES, countTotals, countTransition, lineVariance, type CountAction, type CountStatus } from './stocktaking.js';

describe('count status table', () => {
  const allowed: [CountStatus, CountAction, CountStatus][] = [
    ['counting', 'book', 'booked'],
    ['counting', 'escalate', 'pending_approval'],
    ['counting', 'cancel', 'cancelled'],
    ['pending_approval', 'approve', 'booked'],
    ['pending_approval', 'reject', 'counting'],
    ['pending_approval', 'cancel', 'cancelled'],
  ];
  it.each(allowed)('%s --%s--> %s', (from, a, to) => expect(countTransition(from, a)).toBe(to));
  it('every other pair is refused', () => {
    const ok = new Set(allowed.map(([s, a]) => `${s}:${a}`));
    for (const s of COUNT_STATUSES) for (const a of COUNT_ACTIONS) if (!ok.has(`${s}:${a}`)) expect(countTransition(s, a), `${s}:${a}`).toBeNull();
  });
});

describe('variance and value', () => {
  it.each([
    [null, null, 1000, null],
    [5000, null, 1000, null],
    [5000, 5000, 1000, { varianceMilli: 0, valueFen: 0 }],
    [5000, 7000, 1234, { varianceMilli: 2000, valueFen: 2468 }],
    [5000, 4500, 333, { varianceMilli: -500, valueFen: -167 }], // half a unit at 3.33: −1.665 → −1.67 (half away from zero)
  ])('book %s counted %s at %i fen → %j', (bookAtEntryMilli, countedMilli, unitCostFen, want) =>
    expect(lineVariance({ bookAtEntryMilli, countedMilli, unitCostFen })).toEqual(want),
  );
  it('totals: gain, loss, absolute value for the approval, uncounted lines', () =>
    expect(
      countTotals([
        { bookAtEntryMilli: 5000, countedMilli: 7000, unitCostFen: 1000 },
        { bookAtEntryMilli: 5000, countedMilli: 2000, unitCostFen: 500 },
        { bookAtEntryMilli: 1000, countedMilli: 1000, unitCostFen: 500 },
        { bookAtEntryMilli: null, countedMilli: null, unitCostFen: 500 },
      ]),
    ).toEqual({ lines: 4, counted: 3, uncounted: 1, differing: 2, gainFen: 2000, lossFen: 1500, netFen: 500, absFen: 3500 }));
});

describe('booking against today’s stock (reconciliation)', () => {
  it.each([
    [-2000, 5000, 0, { ok: true, onHandMilli: 3000 }],
    [2000, 0, 0, { ok: true, onHandMilli: 2000 }],
    [-2000, 1000, 0, { ok: false, reason: 'NEGATIVE', onHandMilli: -1000 }], // issued after counting
    [-2000, 5000, 4000, { ok: false, reason: 'BELOW_RESERVED', onHandMilli: 3000 }],
  ])('variance %i on %i (reserved %i) → %j', (v, onHandMilli, reservedMilli, want) => expect(bookingResult(v, { onHandMilli, reservedMilli })).toEqual(want));
});
