import { describe, expect, it } from 'vitest';
import { addMonths, nextMaintenanceDue } from './maintenance-due.js';

describe('addMonths', () => {
  it.each([
    ['2026-12-02', 6, '2027-06-02'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-15', 12, '2027-01-15'],
  ])('%s + %i months → %s', (d, n, out) => {
    expect(addMonths(d, n)).toBe(out);
  });
});

describe('nextMaintenanceDue', () => {
  it.each([
    ['保养 order', 'maintenance', 'minor', '2026-12-02', 42_000, { date: '2027-06-02', km: 47_000 }],
    ['二级维护 on a repair order', 'repair', 'level2_maintenance', '2026-12-02', 10_000, { date: '2027-06-02', km: 15_000 }],
    ['a repair', 'repair', 'minor', '2026-12-02', 10_000, null],
    ['not left yet', 'maintenance', 'minor', null, 10_000, null],
  ])('%s', (_label, type, repairCategory, leftOn, mileageOut, due) => {
    expect(nextMaintenanceDue({ type, repairCategory, leftOn, mileageOut })).toEqual(due);
  });
  it('a point’s own interval', () => {
    expect(nextMaintenanceDue({ type: 'maintenance', repairCategory: 'minor', leftOn: '2026-12-02', mileageOut: 0 }, { km: 10_000, months: 12 })).toEqual({
      date: '2027-12-02',
      km: 10_000,
    });
  });
});
