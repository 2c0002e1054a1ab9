import { describe, expect, it } from 'vitest';
import { daysOverdue, effectivePlan, nextDueUnderPlan } from './maintenance-plan.js';

const terms = (intervalMonths: number, warrantyOnly = true, endsOn: string | null = null) => ({ intervalMonths, warrantyOnly, endsOn });

describe('the maintenance plan that applies', () => {
  it.each([
    [{ unit: terms(1), contract: terms(3, false), product: terms(4), productIntervalMonths: 2 }, 'unit', 1],
    [{ contract: terms(3, false), product: terms(4), productIntervalMonths: 2 }, 'contract', 3],
    [{ product: terms(4), productIntervalMonths: 2 }, 'product', 4],
    [{ productIntervalMonths: 2 }, 'default', 2],
  ] as const)('%j → %s every %i months', (o, source, months) => expect(effectivePlan(o)).toMatchObject({ source, intervalMonths: months }));
  it('no plan and no product interval → nothing', () => expect(effectivePlan({ productIntervalMonths: 0 })).toBeNull());
});

describe('next due date under a plan', () => {
  const unit = { warrantyStart: '2026-01-31', warrantyEnd: '2027-01-30', installedOn: '2026-01-31', lastMaintenance: null };
  it.each([
    ['default every 2 months from the warranty start', terms(2), unit, '2026-03-31'],
    ['after the last maintenance', terms(2), { ...unit, lastMaintenance: '2026-11-15' }, '2027-01-15'],
    ['nothing past the warranty end', terms(2), { ...unit, lastMaintenance: '2026-12-01' }, null],
    ['a contract plan runs after the warranty', terms(3, false, '2028-12-31'), { ...unit, lastMaintenance: '2027-06-01' }, '2027-09-01'],
    ['until the contract end', terms(3, false, '2027-08-31'), { ...unit, lastMaintenance: '2027-06-01' }, null],
    ['open-ended contract plan', terms(6, false), { ...unit, lastMaintenance: '2029-01-01' }, '2029-07-01'],
    ['warranty-only without warranty', terms(2), { ...unit, warrantyStart: null, warrantyEnd: null }, null],
    ['no start date at all', terms(2, false), { warrantyStart: null, warrantyEnd: null, installedOn: null, lastMaintenance: null }, null],
  ] as const)('%s', (_, plan, u, due) => expect(nextDueUnderPlan(plan, u)).toBe(due));
  it('no catch-up visit once the term is over', () => {
    expect(nextDueUnderPlan(terms(2), unit, '2027-01-30')).toBe('2026-03-31');
    expect(nextDueUnderPlan(terms(2), unit, '2027-01-31')).toBeNull();
    expect(nextDueUnderPlan(terms(3, false, '2027-08-31'), unit, '2027-09-01')).toBeNull();
  });
});

describe('overdue', () => {
  it.each([
    ['2026-11-28', 'open', '2026-12-01', 3],
    ['2026-11-30', 'assigned', '2026-12-01', 1],
    ['2026-12-01', 'open', '2026-12-01', 0],
    ['2026-11-01', 'done', '2026-12-01', 0],
    ['2026-11-01', 'cancelled', '2026-12-01', 0],
  ])('planned %s, %s, on %s → %i days', (p, s, today, n) => expect(daysOverdue(p, s, today)).toBe(n));
});
