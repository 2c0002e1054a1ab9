import { describe, expect, it } from 'vitest';
import {
  buckets,
  change,
  customPeriodProblem,
  elapsedDays,
  emptyTotals,
  KPIS,
  kpiByKey,
  kpiValues,
  periodOf,
  previousPeriod,
  samePeriodLastYear,
  splitByMonths,
  sumTotals,
  targetMet,
  targetProblem,
  type KpiTotals,
} from './index.js';
import { addDays } from '../time/index.js';

const t = (o: Partial<KpiTotals>): KpiTotals => ({ ...emptyTotals(), ...o });

describe('KPI formulas', () => {
  it.each([
    ['carsIn', t({ carsIn: 7 }), 7],
    ['carsSettled', t({ carsSettled: 5 }), 5],
    ['revenue', t({ revenueLaborFen: 100, revenuePartsFen: 200, revenueOtherFen: 3 }), 303],
    ['revenueLabor', t({ revenueLaborFen: 100, revenuePartsFen: 200 }), 100],
    ['revenueParts', t({ revenueLaborFen: 100, revenuePartsFen: 200 }), 200],
    ['revenueOther', t({ revenueOtherFen: 9 }), 9],
    ['avgTicket', t({ revenueLaborFen: 300, revenuePartsFen: 300, carsSettled: 4 }), 150],
    ['avgTicket', t({ revenueLaborFen: 300 }), null],
    ['productivity', t({ clockedMinutes: 400, attendedMinutes: 480 }), 400 / 480],
    ['productivity', t({ clockedMinutes: 400 }), null],
    ['efficiency', t({ soldMinutes: 480, clockedMinutes: 400 }), 1.2],
    ['efficiency', t({ soldMinutes: 480 }), null],
    ['productionRate', t({ soldMinutes: 480, clockedMinutes: 400, attendedMinutes: 480 }), 1],
    ['comebackRate', t({ comebacks: 2, carsIn: 100 }), 0.02],
    ['comebackRate', t({ comebacks: 0, carsIn: 0 }), null],
    ['firstTimeFix', t({ comebacks: 2, carsIn: 100 }), 0.98],
    ['firstTimeFix', t({ carsIn: 0 }), null],
    ['qcFirstPass', t({ qcFirst: 4, qcFirstPassed: 3 }), 0.75],
    ['claimPassRate', t({ claimsDecided: 8, claimsPassed: 6 }), 0.75],
    ['claimPassRate', t({ claimsPassed: 0 }), null],
    ['claimCycleDays', t({ claimsDecided: 2, claimCycleMinutes: 2 * 1440 + 1440 }), 1.5],
    ['claimCycleDays', t({ claimCycleMinutes: 60 }), null],
    ['fieldVisitsDone', t({ fieldVisitsDone: 4 }), 4],
    ['fieldOnTime', t({ fieldArrivals: 5, fieldArrivalsInTime: 4 }), 0.8],
    ['fieldOnTime', t({ fieldArrivalsInTime: 0 }), null],
    ['csi', t({ followUpsScored: 4, followUpScoreSum: 370 }), 92.5],
    ['csi', t({ followUpsScored: 0, followUpScoreSum: 0 }), null],
    ['complaintRate', t({ complaintsOpened: 1, carsIn: 50 }), 0.02],
    ['complaintInTime', t({ complaintsResolved: 4, complaintsResolvedInTime: 3 }), 0.75],
    ['complaintInTime', t({}), null],
    ['followUpRate', t({ followUpsClosed: 10, followUpsDone: 9 }), 0.9],
    ['appointmentRate', t({ carsInBooked: 3, carsIn: 12 }), 0.25],
    ['appointmentSuccess', t({ appointmentsArrived: 8, appointmentsBooked: 10 }), 0.8],
    ['onTimeDelivery', t({ deliveredOnTime: 19, deliveredPromised: 20, delivered: 25 }), 0.95],
    ['sameDayDelivery', t({ deliveredSameDay: 4, delivered: 5 }), 0.8],
    ['partsFill', t({ partsLinesFilled: 9, partsLinesPicked: 10 }), 0.9],
    ['partsFill', t({ partsLinesFilled: 0, partsLinesPicked: 0 }), null],
  ])('%s of %j = %s', (key, totals, expected) => {
    const v = kpiByKey(key)!.value(totals);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 10);
  });

  // October: 31 days; a stock of 1 000 fen dead all month, another of 10 000 fen until 5 units (2 500 fen) go out on the 10th.
  const october = t({ partsIssueCostFen: 2500, partsStockValueDayFen: 1000 * 31 + 10_000 * 9 + 7500 * 22, partsDeadValueDayFen: 1000 * 31 });
  it.each([
    ['partsTurnover', october, 31, (365 * 2500) / 286_000],
    ['partsTurnover', t({ partsIssueCostFen: 2500 }), 31, null], // no stock held
    ['partsTurnover', t({ partsStockValueDayFen: 5000 }), 31, 0], // stock, nothing issued
    ['partsStockDays', october, 31, 286_000 / 2500],
    ['partsStockDays', t({ partsStockValueDayFen: 5000 }), 31, null],
    ['deadStockValue', october, 31, 1000],
    ['deadStockValue', october, 15, 31_000 / 15], // the current month up to the 15th
    ['deadStockValue', october, undefined, null],
    ['deadStockValue', october, 0, null],
    ['deadStockValue', t({}), 31, null],
    ['deadStockShare', october, 31, 31_000 / 286_000],
    ['deadStockShare', t({ partsDeadValueDayFen: 0, partsStockValueDayFen: 100 }), 31, 0],
    ['deadStockShare', t({}), 31, null],
  ] as const)('%s of %j over %s days = %s', (key, totals, days, expected) => {
    const v = kpiByKey(key)!.value(totals, days);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 10);
  });

  it('day-sums add up: two points or two months summed give the same turnover and dead share as their combined average', () => {
    // Point A holds 10 000 fen for 30 days and issues 3 000; point B holds 20 000 fen for 30 days, 6 000 of it dead, and issues 1 000.
    const a = { partsIssueCostFen: 3000, partsStockValueDayFen: 10_000 * 30, partsDeadValueDayFen: 0 };
    const b = { partsIssueCostFen: 1000, partsStockValueDayFen: 20_000 * 30, partsDeadValueDayFen: 6000 * 30 };
    const both = kpiValues(sumTotals([a, b]), 30);
    // The network's average stock is 30 000 fen; it issued 4 000 in 30 days.
    expect(both.partsTurnover).toBeCloseTo((4000 / 30_000) * (365 / 30), 10);
    expect(both.deadStockValue).toBe(6000);
    expect(both.deadStockShare).toBeCloseTo(0.2, 10);
  });

  it('elapsed days: a past period whole, the current one up to today, a future one none', () => {
    expect(elapsedDays({ from: '2026-10-01', to: '2026-10-31' }, '2026-11-22')).toBe(31);
    expect(elapsedDays({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-22')).toBe(22);
    expect(elapsedDays({ from: '2026-12-01', to: '2026-12-31' }, '2026-11-22')).toBe(0);
  });

  it('生产率 = 利用率 × 效率 whenever both exist', () => {
    const x = t({ soldMinutes: 530, clockedMinutes: 410, attendedMinutes: 470 });
    const v = kpiValues(x);
    expect(v.productionRate).toBeCloseTo(v.productivity! * v.efficiency!, 12);
  });

  it('every KPI has a key, a formula in both languages and is defined on empty totals (null or 0)', () => {
    expect(new Set(KPIS.map((k) => k.key)).size).toBe(KPIS.length);
    for (const k of KPIS) {
      expect(k.formulaZh.length).toBeGreaterThan(0);
      expect(k.formulaEn.length).toBeGreaterThan(0);
      expect([null, 0]).toContain(k.value(emptyTotals()));
    }
  });

  it('sums rollup rows, reading numeric strings (bigint sums) and missing counters as 0', () => {
    expect(sumTotals([{ carsIn: 2, revenueLaborFen: '1000' as never }, { carsIn: 3 }, {}])).toMatchObject({ carsIn: 5, revenueLaborFen: 1000, comebacks: 0 });
  });
});

describe('comparison and targets', () => {
  it.each([
    [110, 100, 10, 0.1],
    [90, 100, -10, -0.1],
    [5, 0, 5, null],
    [null, 100, null, null],
    [100, null, null, null],
  ])('change(%s, %s) = %s / %s', (v, r, delta, rel) => {
    const c = change(v, r);
    expect(c.delta).toBe(delta);
    if (rel === null) expect(c.relative).toBeNull();
    else expect(c.relative).toBeCloseTo(rel, 12);
  });

  it.each([
    [true, 0.95, 0.95, true],
    [true, 0.949, 0.95, false],
    [false, 0.02, 0.02, true],
    [false, 0.021, 0.02, false],
    [true, null, 0.95, null],
    [true, 0.9, undefined, null],
  ])('higherIsBetter=%s value %s target %s → met %s', (hib, v, target, met) => {
    expect(targetMet({ higherIsBetter: hib }, v, target)).toBe(met);
  });

  it.each([
    ['partsFill', 0.9, null],
    ['partsFill', 0, null],
    ['partsFill', -0.01, '目标不能小于 0'],
    ['partsFill', 1.01, '比率目标须在 0–1 之间'],
    ['partsFill', 1, null],
    ['carsSettled', 1500, null],
    ['carsSettled', -1, '目标不能小于 0'],
    ['csi', 100, null],
    ['csi', 100.5, '评分目标须在 0–100 之间'],
    ['deadStockShare', 0.05, null],
    ['deadStockShare', 1.2, '比率目标须在 0–1 之间'],
    ['partsTurnover', -1, '目标不能小于 0'],
    ['revenue', Number.NaN, '目标须为数字'],
    ['revenue', '5', '目标须为数字'],
    ['nope', 1, '未知指标'],
  ])('target %s = %s → %s', (key, value, problem) => {
    expect(targetProblem(key, value)).toBe(problem);
  });
});

describe('periods (local dates)', () => {
  it.each([
    ['day', '2026-11-22', '2026-11-22', '2026-11-22'],
    ['week', '2026-11-22', '2026-11-16', '2026-11-22'], // Sunday → the ISO week from Monday
    ['week', '2026-11-23', '2026-11-23', '2026-11-29'], // Monday
    ['week', '2027-01-01', '2026-12-28', '2027-01-03'], // across the year end
    ['month', '2026-02-10', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-10', '2028-02-01', '2028-02-29'],
    ['month', '2026-12-31', '2026-12-01', '2026-12-31'],
    ['quarter', '2026-01-01', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-06-30', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-11-22', '2026-10-01', '2026-12-31'],
    ['year', '2026-07-01', '2026-01-01', '2026-12-31'],
  ] as const)('%s of %s = %s … %s', (kind, date, from, to) => {
    expect(periodOf(kind, date)).toEqual({ kind, from, to });
  });

  it.each([
    [periodOf('day', '2026-03-01'), '2026-02-28', '2026-02-28'],
    [periodOf('week', '2026-11-23'), '2026-11-16', '2026-11-22'],
    [periodOf('month', '2026-03-15'), '2026-02-01', '2026-02-28'],
    [periodOf('month', '2026-01-15'), '2025-12-01', '2025-12-31'],
    [periodOf('quarter', '2026-02-01'), '2025-10-01', '2025-12-31'],
    [periodOf('year', '2026-02-01'), '2025-01-01', '2025-12-31'],
    [{ kind: 'custom' as const, from: '2026-11-10', to: '2026-11-19' }, '2026-10-31', '2026-11-09'],
  ])('previous of %j = %s … %s', (p, from, to) => {
    expect(previousPeriod(p)).toMatchObject({ from, to });
  });

  it.each([
    [periodOf('month', '2029-02-10'), '2028-02-01', '2028-02-29'], // whole February of a leap year
    [periodOf('month', '2028-02-10'), '2027-02-01', '2027-02-28'],
    [periodOf('day', '2028-02-29'), '2027-02-28', '2027-02-28'],
    [periodOf('quarter', '2026-11-01'), '2025-10-01', '2025-12-31'],
    [{ kind: 'custom' as const, from: '2026-11-10', to: '2026-11-19' }, '2025-11-10', '2025-11-19'],
  ])('same period last year of %j = %s … %s', (p, from, to) => {
    expect(samePeriodLastYear(p)).toMatchObject({ from, to });
  });

  it('buckets: days up to 62 days, else months clipped to the period', () => {
    expect(buckets(periodOf('month', '2026-02-01'))).toHaveLength(28);
    const q = buckets({ kind: 'custom', from: '2026-01-15', to: '2026-04-10' });
    expect(q.map((b) => [b.label, b.from, b.to])).toEqual([
      ['2026-01', '2026-01-15', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-31'],
      ['2026-04', '2026-04-01', '2026-04-10'],
    ]);
    expect(buckets(periodOf('year', '2026-05-05'))).toHaveLength(12);
  });

  it.each([
    ['2026-11-01', '2026-11-30', null],
    ['2026-11-30', '2026-11-01', 'to'],
    ['2020-01-01', '2026-01-01', 'to'],
  ])('custom %s … %s → %s', (from, to, path) => {
    expect(customPeriodProblem(from, to)?.path ?? null).toBe(path);
  });
});

describe('splitByMonths: whole months from the monthly rows, edge days from the daily rows', () => {
  it.each([
    ['a year', '2026-01-01', '2026-12-31', { from: '2026-01-01', to: '2026-12-01' }, []],
    ['one whole month', '2026-02-01', '2026-02-28', { from: '2026-02-01', to: '2026-02-01' }, []],
    ['a leap February', '2028-02-01', '2028-02-29', { from: '2028-02-01', to: '2028-02-01' }, []],
    ['February without its last day', '2028-02-01', '2028-02-28', null, [{ from: '2028-02-01', to: '2028-02-28' }]],
    ['one day', '2026-11-22', '2026-11-22', null, [{ from: '2026-11-22', to: '2026-11-22' }]],
    ['a month edge, no whole month', '2026-01-15', '2026-02-10', null, [{ from: '2026-01-15', to: '2026-02-10' }]],
    [
      'custom: edges on both sides',
      '2026-01-15',
      '2026-03-10',
      { from: '2026-02-01', to: '2026-02-01' },
      [
        { from: '2026-01-15', to: '2026-01-31' },
        { from: '2026-03-01', to: '2026-03-10' },
      ],
    ],
    ['across a year end', '2025-12-31', '2026-02-28', { from: '2026-01-01', to: '2026-02-01' }, [{ from: '2025-12-31', to: '2025-12-31' }]],
    ['from a month start to mid-month', '2026-01-01', '2026-03-15', { from: '2026-01-01', to: '2026-02-01' }, [{ from: '2026-03-01', to: '2026-03-15' }]],
  ])('%s', (_, from, to, months, days) => {
    expect(splitByMonths(from, to)).toEqual({ months, days });
  });

  it('covers every day of the period exactly once', () => {
    for (const [from, to] of [
      ['2025-11-17', '2026-03-02'],
      ['2024-02-29', '2025-03-01'],
      ['2026-06-30', '2026-07-01'],
    ]) {
      const { months, days } = splitByMonths(from, to);
      const covered: string[] = [];
      for (const r of days) for (let d = r.from; d <= r.to; d = addDays(d, 1)) covered.push(d);
      if (months)
        for (let m = months.from; m <= months.to; m = addDays(periodOf('month', m).to, 1))
          for (let d = m; d <= periodOf('month', m).to; d = addDays(d, 1)) covered.push(d);
      const expected: string[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) expected.push(d);
      expect(covered.sort()).toEqual(expected);
    }
  });
});
