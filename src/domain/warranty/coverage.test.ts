import { describe, expect, it } from 'vitest';
import {
  addMonths,
  coverageOf,
  LEGAL_MINIMUM,
  partKindOf,
  periodEndsOn,
  usageChargeFen,
  validatePolicy,
  warrantyStartOf,
  type WarrantyPolicy,
} from './coverage.js';

const SH = 'Asia/Shanghai';
/** An instant at a local wall time in Shanghai. */
const cst = (local: string) => new Date(`${local}+08:00`);

const policy: WarrantyPolicy = {
  modelFamily: 'SUV-A',
  baoxiu: { months: 36, km: 60_000 },
  sanbao: { months: 24, km: 50_000 },
  mainParts: [
    { system: 'engine', partNos: ['1000*'] },
    { system: 'brakes', partNos: ['3501010'] },
  ],
  specialParts: [{ partNo: '3600100', nameZh: '防盗系统', months: 24, km: 50_000 }],
  wearParts: [
    { partNo: 'BP-*', nameZh: '制动片', months: 6, km: 10_000 },
    { partNo: 'WB-01', nameZh: '雨刮片', months: 3, km: 5_000 },
  ],
  usageCoefficientBp: 50,
};
const car = { invoicedOn: '2024-03-15', deliveredOn: null };

describe('dates', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-03-15', 24, '2026-03-15'],
    ['2024-11-30', 3, '2025-02-28'],
  ])('%s + %i months = %s', (d, m, out) => expect(addMonths(d, m)).toBe(out));
  it('a 24-month period from 2024-03-15 covers up to 2026-03-14', () => expect(periodEndsOn('2024-03-15', 24)).toBe('2026-03-14'));
  it.each([
    [{ invoicedOn: '2024-03-15', deliveredOn: null }, '2024-03-15'],
    [{ invoicedOn: '2024-03-15', deliveredOn: '2024-03-20' }, '2024-03-20'],
    [{ invoicedOn: '2024-03-15', deliveredOn: '2024-03-15' }, '2024-03-15'],
    [{ invoicedOn: null, deliveredOn: '2024-03-20' }, '2024-03-20'],
    [{ invoicedOn: null, deliveredOn: null }, null],
  ])('start of %j is %s (W3)', (v, s) => expect(warrantyStartOf(v)).toBe(s));
});

describe('coverageOf: the car (W1, W2)', () => {
  it.each([
    // [local time, km, covered, period]
    ['2024-03-14 23:59', 10, false, null], // before the start
    ['2024-03-15 00:00', 0, true, 'sanbao'],
    ['2026-03-14 23:59', 10, true, 'sanbao'], // last day of 三包有效期
    ['2026-03-15 00:00', 10, true, 'baoxiu'], // day after: 包修期 only
    ['2025-06-01 12:00', 50_000, true, 'sanbao'], // km limit inclusive
    ['2025-06-01 12:00', 50_001, true, 'baoxiu'], // km + 1
    ['2027-03-14 23:59', 60_000, true, 'baoxiu'], // last day and km of 包修期
    ['2027-03-15 00:00', 10, false, null], // day after 包修期
    ['2025-06-01 12:00', 60_001, false, null], // km + 1 over 包修期
  ] as const)('at %s with %i km → covered %s (%s)', (at, km, covered, period) => {
    const c = coverageOf(policy, car, { at: cst(at), timeZone: SH, mileageKm: km });
    expect([c.covered, c.period]).toEqual([covered, period]);
  });

  it('the day is the point zone’s: 2026-03-14 20:00 UTC is already the 15th in Shanghai, still the 14th in Urumqi-less UTC', () => {
    const at = new Date('2026-03-14T20:00:00Z');
    expect(coverageOf(policy, car, { at, timeZone: SH, mileageKm: 1 }).period).toBe('baoxiu');
    expect(coverageOf(policy, car, { at, timeZone: 'UTC', mileageKm: 1 }).period).toBe('sanbao');
  });

  it('reports both periods with days and km left', () => {
    const c = coverageOf(policy, car, { at: cst('2026-03-10 09:00'), timeZone: SH, mileageKm: 48_000 });
    expect(c.sanbao).toEqual({ active: true, endsOn: '2026-03-14', endsKm: 50_000, daysLeft: 5, kmLeft: 2_000 });
    expect(c.baoxiu).toMatchObject({ active: true, endsOn: '2027-03-14', kmLeft: 12_000 });
    expect(c.startsOn).toBe('2024-03-15');
  });

  it('delivery date later than the invoice moves the start (W3)', () => {
    const v = { invoicedOn: '2024-03-15', deliveredOn: '2024-04-01' };
    expect(coverageOf(policy, v, { at: cst('2026-03-20 10:00'), timeZone: SH, mileageKm: 1 }).period).toBe('sanbao');
    expect(coverageOf(policy, v, { at: cst('2026-04-01 00:00'), timeZone: SH, mileageKm: 1 }).period).toBe('baoxiu');
  });

  it('without dates nothing is covered, with a reason', () => {
    const c = coverageOf(policy, { invoicedOn: null, deliveredOn: null }, { at: cst('2025-01-01 10:00'), timeZone: SH, mileageKm: 1 });
    expect(c).toMatchObject({ covered: false, period: null, baoxiu: null });
    expect(c.reasonZh).toContain('开票日期');
  });

  it('negative mileage is not covered', () =>
    expect(coverageOf(policy, car, { at: cst('2025-01-01 10:00'), timeZone: SH, mileageKm: -1 }).covered).toBe(false));
});

describe('coverageOf: parts (W4)', () => {
  it.each([
    // wear part 制动片 BP-*: 6 months / 10,000 km
    ['BP-778', '2024-09-14 23:00', 100, true, 'wear'],
    ['BP-778', '2024-09-15 00:00', 100, false, null],
    ['BP-778', '2024-06-01 10:00', 10_000, true, 'wear'],
    ['BP-778', '2024-06-01 10:00', 10_001, false, null],
    ['WB-01', '2024-06-14 10:00', 10, true, 'wear'],
    ['WB-01', '2024-06-15 10:00', 10, false, null],
    // special part: own period, reported as sanbao
    ['3600100', '2026-03-14 10:00', 100, true, 'sanbao'],
    ['3600100', '2026-03-15 10:00', 100, false, null],
    // main and other parts follow the car
    ['1000123', '2026-03-15 10:00', 100, true, 'baoxiu'],
    ['9999999', '2025-03-15 10:00', 100, true, 'sanbao'],
    ['9999999', '2027-03-15 10:00', 100, false, null],
  ] as const)('%s at %s, %i km → %s (%s)', (part, at, km, covered, period) => {
    const c = coverageOf(policy, car, { part, at: cst(at), timeZone: SH, mileageKm: km });
    expect([c.covered, c.period]).toEqual([covered, period]);
  });

  it('a wear part outside its period says so', () => {
    const c = coverageOf(policy, car, { part: 'BP-1', at: cst('2024-10-01 10:00'), timeZone: SH, mileageKm: 100 });
    expect(c.reasonZh).toContain('易损件制动片');
    expect(c.part).toEqual({ partNo: 'BP-1', kind: 'wear', nameZh: '制动片' });
  });

  it.each([
    ['BP-1', 'wear'],
    ['WB-01', 'wear'],
    ['WB-011', 'other'], // exact match only without '*'
    ['3600100', 'special'],
    ['1000', 'main'],
    ['3501010', 'main'],
    ['350101', 'other'],
  ])('%s is a %s part', (p, k) => expect(partKindOf(policy, p).kind).toBe(k));
});

describe('validatePolicy', () => {
  it('accepts the legal minimum', () => expect(validatePolicy(LEGAL_MINIMUM)).toEqual([]));
  it.each([
    [{ baoxiu: { months: 35, km: 60_000 } }, 'baoxiu.months'],
    [{ baoxiu: { months: 36, km: 59_999 } }, 'baoxiu.km'],
    [{ sanbao: { months: 23, km: 50_000 } }, 'sanbao.months'],
    [{ sanbao: { months: 24, km: 49_999 } }, 'sanbao.km'],
    [{ usageCoefficientBp: 51 }, 'usageCoefficientBp'],
    [{ usageCoefficientBp: 0 }, 'usageCoefficientBp'],
    [{ wearParts: [{ partNo: 'A', nameZh: 'a', months: 1, km: 1 }], specialParts: [{ partNo: 'A', nameZh: 'a', months: 1, km: 1 }] }, 'wearParts.0.partNo'],
  ])('%j is refused at %s', (change, path) => expect(validatePolicy({ ...LEGAL_MINIMUM, ...change }).map((e) => e.path)).toEqual([path]));
  it('n = 0.5 % exactly is allowed', () => expect(validatePolicy({ ...LEGAL_MINIMUM, usageCoefficientBp: 50 })).toEqual([]));
});

describe('usageChargeFen (W16)', () => {
  it.each([
    [200_000_00, 1_000, 50, 1_000_00], // ¥200,000 × 1000 km / 1000 × 0.5 % = ¥1,000
    [150_000_00, 3_456, 50, 2_592_00],
    [100_000_00, 1, 50, 50], // ¥0.50
    [99_999, 1, 50, 0], // 0.499995 fen rounds down
    [100_001, 1, 50, 1], // 0.500005 fen rounds up
    [200_000_00, 0, 50, 0],
    [200_000_00, 1_000, 30, 600_00],
  ])('%i fen × %i km × %i bp → %i fen', (price, km, bp, out) => expect(usageChargeFen(price, km, bp)).toBe(out));
});
