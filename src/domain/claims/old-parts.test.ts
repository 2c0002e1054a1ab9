import { describe, expect, it } from 'vitest';
import { batchCounts, nextReturnStatus, recoveryRateBp, type ReturnEvent, type ReturnStatus, supplierOutcome, tagNumberOf } from './old-parts.js';
import { monthBounds, statementTotals } from './settlement.js';

describe('old parts', () => {
  it.each<[ReturnStatus, ReturnEvent, ReturnStatus | null]>([
    ['due', 'requestDeferral', 'deferral_requested'],
    ['deferral_requested', 'grantDeferral', 'waived'],
    ['deferral_requested', 'refuseDeferral', 'due'],
    ['due', 'ship', 'shipped'],
    ['shipped', 'receive', 'returned'],
    ['shipped', 'markMissing', 'missing'],
    ['deferral_requested', 'ship', null],
    ['waived', 'ship', null],
    ['not_required', 'ship', null],
    ['due', 'receive', null],
    ['returned', 'markMissing', null],
    ['missing', 'receive', null],
  ])('%s --%s--> %s', (from, event, to) => {
    const r = nextReturnStatus(from, event);
    expect(r.ok ? r.to : null).toBe(to);
  });

  it('counts 应返 / 实返 / 缺失', () => {
    expect(batchCounts(['returned', 'missing', 'shipped', 'returned'])).toEqual({ expected: 4, returned: 2, missing: 1 });
    expect(batchCounts([])).toEqual({ expected: 0, returned: 0, missing: 0 });
  });

  it('tags name the claim and the line', () => expect(tagNumberOf('SP202611010001', 3)).toBe('SP202611010001-03'));

  it.each([
    [0, 0, null],
    [10_000, 0, 0],
    [10_000, 5_000, 5_000],
    [30_000, 10_000, 3_333],
    [10_000, 10_000, 10_000],
  ])('recovery rate %i / %i → %s bp', (claimed, recovered, bp) => expect(recoveryRateBp(claimed, recovered)).toBe(bp));

  it.each([
    [10_000, 0, 'refused'],
    [10_000, 1, 'partly_accepted'],
    [10_000, 9_999, 'partly_accepted'],
    [10_000, 10_000, 'accepted'],
  ])('supplier answer %i claimed, %i recovered → %s', (c, r, s) => expect(supplierOutcome(c, r)).toBe(s));
});

describe('settlement statement', () => {
  it('pays approved claims less missing parts', () => {
    expect(statementTotals([{ approvedFen: 100_000 }, { approvedFen: 50_000 }], [{ amountFen: 20_000 }])).toEqual({
      claimCount: 2,
      claimsFen: 150_000,
      deductionFen: 20_000,
      payableFen: 130_000,
    });
  });
  it.each([
    ['2026-11', '2026-11-01', '2026-12-01'],
    ['2026-12', '2026-12-01', '2027-01-01'],
    ['2027-01', '2027-01-01', '2027-02-01'],
  ])('month %s runs from %s to %s', (m, from, to) => expect(monthBounds(m)).toEqual({ from, to }));
});
