import { describe, expect, it } from 'vitest';
import {
  REPAIR_CATEGORIES,
  checkGuaranteeSettings,
  guaranteeFor,
  isComeback,
  isWithinGuarantee,
  type CurrentVisit,
  type PreviousRepair,
  type RepairCategory,
} from './guarantee.js';

const cst = (local: string) => new Date(`${local}+08:00`);

describe('guaranteeFor', () => {
  it.each([
    ['overhaul', 20_000, 100],
    ['assembly', 20_000, 100],
    ['level2_maintenance', 5_000, 30],
    ['level1_maintenance', 2_000, 10],
    ['minor', 2_000, 10],
    ['special', 2_000, 10],
  ] as const)('%s: %i km or %i days by default', (category, km, days) => expect(guaranteeFor(category)).toEqual({ km, days }));

  it.each([
    [{ minor: { km: 3_000, days: 30 } }, 'minor', { km: 3_000, days: 30 }],
    [{ minor: { days: 15 } }, 'minor', { km: 2_000, days: 15 }],
    [{ minor: { days: 15 } }, 'special', { km: 2_000, days: 10 }],
    [{ overhaul: { km: 10_000, days: 60 } }, 'overhaul', { km: 20_000, days: 100 }], // never below the legal minimum
  ] as const)('with %j, %s → %j', (settings, category, terms) => expect(guaranteeFor(category, settings)).toEqual(terms));
});

describe('checkGuaranteeSettings', () => {
  it.each([
    [{}, []],
    [{ minor: { km: 3_000, days: 30 } }, []],
    [{ overhaul: { km: 10_000 } }, ['整车修理的质量保证期不得低于规定的 20000 公里']],
    [{ level2_maintenance: { days: 20.5 }, special: { days: 9 } }, ['二级维护的质量保证期(天)须为整数', '专项修理的质量保证期不得低于规定的 10 天']],
  ] as const)('%j → %j', (settings, problems) => expect(checkGuaranteeSettings(settings)).toEqual(problems));
});

describe('isWithinGuarantee', () => {
  const minor = { deliveredAt: cst('2025-03-10T10:00:00'), deliveredMileage: 50_000, category: 'minor' as RepairCategory };
  it.each([
    ['the same day', cst('2025-03-10T18:00:00'), 50_010, true, 'within', 10, 1_990],
    ['the tenth day after, late evening', cst('2025-03-20T23:59:00'), 51_000, true, 'within', 0, 1_000],
    ['the eleventh day', cst('2025-03-21T00:00:00'), 50_100, false, 'expired_days', -1, 1_900],
    ['exactly 2 000 km', cst('2025-03-12T09:00:00'), 52_000, true, 'within', 8, 0],
    ['2 001 km', cst('2025-03-12T09:00:00'), 52_001, false, 'expired_mileage', 8, -1],
    ['mileage unknown', cst('2025-03-15T09:00:00'), null, true, 'within', 5, null],
    ['odometer below delivery (replaced cluster)', cst('2025-03-15T09:00:00'), 120, true, 'within', 5, null],
    ['before delivery', cst('2025-03-09T09:00:00'), 50_000, false, 'before_delivery', 11, 2_000],
  ] as const)('%s', (_name, now, mileage, isWithin, reason, daysLeft, kmLeft) => {
    expect(isWithinGuarantee(minor, { now, mileage })).toMatchObject({ isWithin, reason, daysLeft, kmLeft });
  });

  it('counts China calendar days, not UTC days', () => {
    const lateEvening = { ...minor, deliveredAt: cst('2025-03-10T23:30:00') }; // 15:30 UTC
    expect(isWithinGuarantee(lateEvening, { now: new Date('2025-03-20T15:59:00Z') }).isWithin).toBe(true); // 23:59 on the 20th
    expect(isWithinGuarantee(lateEvening, { now: new Date('2025-03-20T16:00:00Z') }).reason).toBe('expired_days'); // 00:00 on the 21st
  });

  it.each([
    ['overhaul', cst('2025-06-18T12:00:00'), true],
    ['overhaul', cst('2025-06-19T08:00:00'), false],
    ['level2_maintenance', cst('2025-04-09T12:00:00'), true],
    ['level2_maintenance', cst('2025-04-10T08:00:00'), false],
  ] as const)('%s on %s: %s', (category, now, isWithin) => {
    expect(isWithinGuarantee({ ...minor, category }, { now, mileage: 50_500 }).isWithin).toBe(isWithin);
  });

  it.each([
    [cst('2025-03-12T09:00:00'), 51_000, '在质量保证期内(剩余 8 天、1000 公里)'],
    [cst('2025-03-12T09:00:00'), null, '在质量保证期内(剩余 8 天,里程未知)'],
    [cst('2025-03-25T09:00:00'), 51_000, '已超过质量保证期:交车后第 15 天,保证期 10 天'],
    [cst('2025-03-12T09:00:00'), 52_500, '已超过质量保证期:交车后行驶 2500 公里,保证期 2000 公里'],
  ] as const)('explains itself in Chinese (%s, %s km)', (now, mileage, message) => {
    expect(isWithinGuarantee(minor, { now, mileage }).message).toBe(message);
  });

  it('uses promised longer periods', () => {
    const at = { now: cst('2025-03-25T09:00:00'), mileage: 52_500 };
    expect(isWithinGuarantee(minor, at).isWithin).toBe(false);
    expect(isWithinGuarantee(minor, at, { minor: { km: 3_000, days: 30 } }).isWithin).toBe(true);
  });

  it.each(REPAIR_CATEGORIES)('%s: the delivery moment itself is within', (category) => {
    expect(isWithinGuarantee({ ...minor, category }, { now: minor.deliveredAt, mileage: 50_000 }).isWithin).toBe(true);
  });
});

describe('isComeback', () => {
  const previous: PreviousRepair = {
    vehicleId: 'LSVNV2182E2100116',
    category: 'minor',
    concernCode: 'BRAKE-NOISE',
    deliveredAt: cst('2025-03-10T10:00:00'),
    deliveredMileage: 50_000,
  };
  const visit: CurrentVisit = {
    vehicleId: 'LSVNV2182E2100116',
    category: 'minor',
    concernCode: 'BRAKE-NOISE',
    openedAt: cst('2025-03-15T09:00:00'),
    mileage: 50_500,
  };
  it.each([
    ['same vehicle and concern within the guarantee', {}, {}, true],
    ['another vehicle', {}, { vehicleId: '1M8GDM9AXKP042788' }, false],
    ['another concern of the same category', {}, { concernCode: 'AC-WEAK' }, false],
    ['same concern, now a bigger repair', {}, { category: 'assembly' }, true],
    ['no concern codes, same category', { concernCode: null }, { concernCode: null }, true],
    ['a code on one side only: category decides (same)', {}, { concernCode: undefined }, true],
    ['a code on one side only: category decides (different)', { concernCode: null }, { category: 'level2_maintenance' }, false],
    ['after the tenth day', {}, { openedAt: cst('2025-03-21T08:00:00') }, false],
    ['beyond 2 000 km', {}, { mileage: 52_001 }, false],
    ['mileage not read, within days', {}, { mileage: null }, true],
    ['previous overhaul: 100 days', { category: 'overhaul' }, { openedAt: cst('2025-06-01T08:00:00'), mileage: 65_000 }, true],
  ] as const)('%s → %s', (_name, prev, cur, expected) => {
    expect(isComeback({ ...previous, ...prev }, { ...visit, ...cur })).toBe(expected);
  });
  it('honours promised periods', () => {
    const late = { ...visit, openedAt: cst('2025-03-30T08:00:00') };
    expect(isComeback(previous, late)).toBe(false);
    expect(isComeback(previous, late, { minor: { days: 30 } })).toBe(true);
  });
});
