import { describe, expect, it } from 'vitest';
import {
  ceilUnit,
  dailyDemand,
  effectiveLevels,
  isReceivable,
  orderTotalFen,
  overReceiptMilli,
  poTransition,
  reorderLevels,
  statusAfterReceipt,
  suggestedQty,
  type PoAction,
  type PoStatus,
} from './reorder.js';

describe('dailyDemand', () => {
  it.each([
    // total, Σx², days → mean, sd
    [0, 0, 0, 0, 0],
    [0, 0, 30, 0, 0],
    [30_000, 30 * 1000 ** 2, 30, 1000, 0], // 1 a day, every day: no deviation
    [30_000, 900_000_000, 30, 1000, Math.sqrt(29) * 1000], // all 30 on one day
    [4000, 8_000_000, 4, 1000, 1000], // 2,0,2,0
  ])('total %i, Σx² %i over %i days → mean %f, sd %f', (totalMilli, sumSquaresMilli2, days, mean, sd) => {
    const d = dailyDemand({ totalMilli, sumSquaresMilli2, days });
    expect(d.meanMilli).toBeCloseTo(mean, 6);
    expect(d.sdMilli).toBeCloseTo(sd, 6);
  });
});

describe('ceilUnit', () => {
  it.each([
    [-5, 0],
    [0, 0],
    [1, 1000],
    [999.9999999, 1000], // float noise of an exact unit does not add a unit
    [1000, 1000],
    [1000.4, 1000],
    [1001, 2000],
  ])('%f → %i', (m, want) => expect(ceilUnit(m)).toBe(want));
});

describe('reorderLevels: ROP = ⌈mean × L⌉ + ⌈z × σ × √L⌉', () => {
  it.each([
    // mean, sd, lead, z → safety, rop
    [0, 0, 7, 1.65, 0, 0],
    [1000, 0, 7, 1.65, 0, 7000],
    [1000, 1000, 4, 1.65, 4000, 8000], // 1.65×1×2 = 3.3 → 4
    [500, 1000, 9, 2, 6000, 11_000], // 4.5 → 5 (+6)
    [1000, 1000, 0, 1.65, 0, 0], // delivered at once: no buffer
    [1000, 1000, 4, 0, 0, 4000],
    [1000, 1000, -3, 1.65, 0, 0], // nonsense lead time counts as 0
    [1000, 1000, 4, -1, 0, 4000],
  ])('mean %i sd %i lead %i z %f → safety %i, ROP %i', (meanMilli, sdMilli, leadTimeDays, safetyFactor, safety, rop) => {
    expect(reorderLevels({ meanMilli, sdMilli, leadTimeDays, safetyFactor })).toEqual({ safetyStockMilli: safety, reorderPointMilli: rop });
  });
});

describe('effectiveLevels', () => {
  const computed = { safetyStockMilli: 2000, reorderPointMilli: 9000 };
  it.each([
    [null, null, 2000, 9000, false],
    [0, null, 0, 9000, true], // 0 is an override, not "absent"
    [null, 4000, 2000, 4000, true],
    [1000, 3000, 1000, 3000, true],
  ])('override safety %s rop %s', (s, r, safety, rop, overridden) => {
    expect(effectiveLevels(computed, { safetyStockMilli: s, reorderPointMilli: r })).toEqual({ safetyStockMilli: safety, reorderPointMilli: rop, overridden });
  });
});

describe('suggestedQty', () => {
  const base = { onHandMilli: 0, reservedMilli: 0, backorderedMilli: 0, onOrderMilli: 0, reorderPointMilli: 5000, cycleDemandMilli: 10_000, packMilli: 1000 };
  it.each([
    // patch → position, qty, reason
    [{ onHandMilli: 6000 }, 6000, 0, 'none'], // above the reorder point
    [{ onHandMilli: 5000 }, 5000, 10_000, 'reorder'], // at it: order up to 15
    [{ onHandMilli: 8000, reservedMilli: 3000 }, 5000, 10_000, 'reorder'], // reserved stock is not free
    [{ onHandMilli: 2000, onOrderMilli: 4000 }, 6000, 0, 'none'], // what is on its way counts
    [{ backorderedMilli: 2000 }, -2000, 17_000, 'backorder'],
    [{ backorderedMilli: 2000, onOrderMilli: 2000, reorderPointMilli: 0, cycleDemandMilli: 0 }, 0, 0, 'none'], // covered by an open order
    [{ backorderedMilli: 3000, reorderPointMilli: 0, cycleDemandMilli: 0 }, -3000, 3000, 'backorder'], // no history: just the backorder
    [{ reorderPointMilli: 0, cycleDemandMilli: 0 }, 0, 0, 'none'], // no demand, nothing short: nothing
    [{ onHandMilli: 4000, packMilli: 6000 }, 4000, 12_000, 'reorder'], // 11 → two packs of 6
    [{ onHandMilli: 4000, packMilli: 0 }, 4000, 11_000, 'reorder'], // pack 0 means 1 unit
    [{ onHandMilli: 4500, cycleDemandMilli: 0 }, 4500, 1000, 'reorder'], // 0.5 → a whole unit
  ])('%o → position %i, qty %i (%s)', (patch, position, qty, reason) => {
    expect(suggestedQty({ ...base, ...patch })).toEqual({ positionMilli: position, qtyMilli: qty, reason });
  });
});

describe('purchase-order statuses', () => {
  it.each<[PoStatus, PoAction, boolean, PoStatus | null]>([
    ['draft', 'send', true, 'sent'],
    ['draft', 'send', false, 'pending_approval'],
    ['sent', 'send', true, null],
    ['pending_approval', 'approve', true, 'sent'],
    ['draft', 'approve', true, null],
    ['pending_approval', 'reject', true, 'draft'],
    ['sent', 'reject', true, null],
    ['sent', 'close', true, 'closed'],
    ['partly_received', 'close', true, 'closed'],
    ['received', 'close', true, null],
    ['draft', 'close', true, null],
    ['draft', 'cancel', true, 'cancelled'],
    ['pending_approval', 'cancel', true, 'cancelled'],
    ['sent', 'cancel', true, null], // sent to the supplier: close it instead
    ['cancelled', 'send', true, null],
  ])('%s + %s (within authority %s) → %s', (s, a, within, want) => expect(poTransition(s, a, within)).toBe(want));

  it.each<[PoStatus, boolean]>([
    ['draft', false],
    ['pending_approval', false],
    ['sent', true],
    ['partly_received', true],
    ['received', false],
    ['closed', false],
    ['cancelled', false],
  ])('receivable in %s: %s', (s, want) => expect(isReceivable(s)).toBe(want));

  it.each([
    [[{ orderedMilli: 2000, receivedMilli: 2000 }], 'received'],
    [[{ orderedMilli: 2000, receivedMilli: 3000 }], 'received'],
    [[{ orderedMilli: 2000, receivedMilli: 1999 }], 'partly_received'],
    [
      [
        { orderedMilli: 2000, receivedMilli: 2000 },
        { orderedMilli: 1000, receivedMilli: 0 },
      ],
      'partly_received',
    ],
  ])('after receipt %o → %s', (lines, want) => expect(statusAfterReceipt(lines)).toBe(want));

  it.each([
    [5000, 0, 5000, 0],
    [5000, 0, 5001, 1],
    [5000, 3000, 2000, 0],
    [5000, 3000, 3000, 1000],
    [5000, 6000, 1000, 1000], // already over: all of it is over
  ])('ordered %i received %i + %i → over %i', (orderedMilli, receivedMilli, qty, want) =>
    expect(overReceiptMilli({ orderedMilli, receivedMilli }, qty)).toBe(want),
  );

  it.each([
    [[], 0],
    [[{ orderedMilli: 3000, unitCostFen: 4150 }], 12_450],
    [[{ orderedMilli: 1500, unitCostFen: 1 }], 2], // 1.5 → 2
    [
      [
        { orderedMilli: 1000, unitCostFen: 100 },
        { orderedMilli: 2500, unitCostFen: 333 },
      ],
      100 + 833,
    ],
  ])('total of %o → %i fen', (lines, want) => expect(orderTotalFen(lines)).toBe(want));
});
