import { describe, expect, it } from 'vitest';
import { maintenanceOverdue, maintenanceToGenerate, nextMaintenanceDue } from './maintenance.js';

describe('preventive maintenance every N months while in warranty', () => {
  it.each([
    [{ warrantyStart: '2026-01-31', warrantyEnd: '2027-01-30', intervalMonths: 2, lastMaintenance: null }, '2026-03-31'],
    [{ warrantyStart: '2026-01-31', warrantyEnd: '2027-01-30', intervalMonths: 2, lastMaintenance: '2026-04-02' }, '2026-06-02'],
    [{ warrantyStart: '2026-01-01', warrantyEnd: '2026-12-31', intervalMonths: 2, lastMaintenance: '2026-10-31' }, '2026-12-31'],
    [{ warrantyStart: '2026-01-01', warrantyEnd: '2026-12-30', intervalMonths: 2, lastMaintenance: '2026-10-31' }, null],
    [{ warrantyStart: '2026-01-01', warrantyEnd: '2026-12-31', intervalMonths: 0, lastMaintenance: null }, null],
    [{ warrantyStart: null, warrantyEnd: null, intervalMonths: 2, lastMaintenance: null }, null],
  ])('%j → %s', (o, due) => expect(nextMaintenanceDue(o)).toBe(due));
  it.each([
    ['2026-12-15', '2026-12-01', 14, '2026-12-15'],
    ['2026-12-16', '2026-12-01', 14, null],
    ['2026-11-20', '2026-12-01', 14, '2026-12-01'],
    [null, '2026-12-01', 14, null],
  ])('due %s on %s (%i days ahead) → %s', (due, today, ahead, out) => expect(maintenanceToGenerate(due, today, ahead)).toBe(out));
  it.each([
    ['2026-11-30', 'open', '2026-12-01', true],
    ['2026-12-01', 'assigned', '2026-12-01', false],
    ['2026-11-30', 'done', '2026-12-01', false],
  ])('planned %s %s on %s overdue = %s', (p, s, today, r) => expect(maintenanceOverdue(p, s, today)).toBe(r));
});
