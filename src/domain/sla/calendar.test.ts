import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  coverage,
  dayKind,
  isWorkingDay,
  nextWorkingMoment,
  workingIntervalsOn,
  workingMinutesBetween,
  type WorkCalendar,
} from './calendar.js';
import { ALWAYS, LUNCH, OFFICE, SHOP, bj, fmtBj } from './fixtures.test-helpers.js';

const H = 60;

describe('addWorkingTime — Mon–Fri 09:00–18:00 on the official calendar', () => {
  const cases: [string, string, number, string][] = [
    ['Fri 17:00 + 8 h: 1 h Fri, 7 h on make-up Sun 09-28', '2025-09-26 17:00', 8 * H, '2025-09-28 16:00'],
    ['nothing runs 10-01..10-08: 1 h on 09-30, 1 h on Thu 10-09', '2025-09-30 17:00', 2 * H, '2025-10-09 10:00'],
    ['Sat 2025-10-11 is a make-up working day', '2025-10-10 17:00', 2 * H, '2025-10-11 10:00'],
    ['after make-up Sat the Sunday is off', '2025-10-11 17:00', 2 * H, '2025-10-13 10:00'],
    ['year boundary: 01-01..01-03 off, Sun 01-04 works', '2025-12-31 17:00', 2 * H, '2026-01-04 10:00'],
    ['year boundary: whole 01-04, then Mon 01-05', '2025-12-31 17:00', 11 * H, '2026-01-05 10:00'],
    ['ending exactly at closing stays at closing', '2025-09-26 17:00', 1 * H, '2025-09-26 18:00'],
    ['start before opening counts from 09:00', '2025-09-29 07:30', 30, '2025-09-29 09:30'],
    ['start exactly at opening', '2025-09-29 09:00', 30, '2025-09-29 09:30'],
    ['start after closing counts from next opening', '2025-09-29 19:00', 30, '2025-09-30 09:30'],
    ['start exactly at closing', '2025-09-29 18:00', 30, '2025-09-30 09:30'],
    ['start on a plain Saturday runs on make-up Sunday', '2025-09-27 10:00', 1 * H, '2025-09-28 10:00'],
    ['start inside the holiday', '2025-10-03 10:00', 1 * H, '2025-10-09 10:00'],
    ['one full working day', '2025-09-29 09:00', 9 * H, '2025-09-29 18:00'],
    ['30 working days of 9 h (crosses make-up Sat 10-11)', '2025-10-09 09:00', 30 * 9 * H, '2025-11-18 18:00'],
    ['fractional minutes honoured', '2025-09-29 09:00', 0.5, '2025-09-29 09:00'],
    // 2025
    ['2025 元旦: only 01-01 off', '2024-12-31 17:00', 2 * H, '2025-01-02 10:00'],
    ['2025 春节: make-up Sun 01-26', '2025-01-24 17:00', 2 * H, '2025-01-26 10:00'],
    ['2025 春节: 01-28..02-04 off', '2025-01-27 17:00', 2 * H, '2025-02-05 10:00'],
    ['2025 春节: make-up Sat 02-08', '2025-02-07 17:00', 2 * H, '2025-02-08 10:00'],
    ['2025 清明: 04-04..04-06 off', '2025-04-03 17:00', 2 * H, '2025-04-07 10:00'],
    ['2025 劳动节: make-up Sun 04-27', '2025-04-25 17:00', 2 * H, '2025-04-27 10:00'],
    ['2025 劳动节: 05-01..05-05 off', '2025-04-30 17:00', 2 * H, '2025-05-06 10:00'],
    ['2025 端午: 05-31..06-02 off', '2025-05-30 17:00', 2 * H, '2025-06-03 10:00'],
    // 2024
    ['2024 元旦: 01-01 off', '2023-12-29 17:00', 2 * H, '2024-01-02 10:00'],
    ['2024 春节: make-up Sun 02-04', '2024-02-02 17:00', 2 * H, '2024-02-04 10:00'],
    ['2024 春节: 除夕 02-09 works, 02-10..02-17 off, make-up Sun 02-18', '2024-02-09 17:00', 2 * H, '2024-02-18 10:00'],
    ['2024 清明: 04-04..04-06 off, make-up Sun 04-07', '2024-04-03 17:00', 2 * H, '2024-04-07 10:00'],
    ['2024 劳动节: make-up Sun 04-28', '2024-04-26 17:00', 2 * H, '2024-04-28 10:00'],
    ['2024 劳动节: 05-01..05-05 off', '2024-04-30 17:00', 2 * H, '2024-05-06 10:00'],
    ['2024 劳动节: make-up Sat 05-11', '2024-05-10 17:00', 2 * H, '2024-05-11 10:00'],
    ['2024 端午: 06-10 off', '2024-06-07 17:00', 2 * H, '2024-06-11 10:00'],
    ['2024 中秋: make-up Sat 09-14', '2024-09-13 17:00', 2 * H, '2024-09-14 10:00'],
    ['2024 中秋: 09-15..09-17 off', '2024-09-14 17:00', 2 * H, '2024-09-18 10:00'],
    ['2024 国庆: make-up Sun 09-29', '2024-09-27 17:00', 2 * H, '2024-09-29 10:00'],
    ['2024 国庆: 10-01..10-07 off', '2024-09-30 17:00', 2 * H, '2024-10-08 10:00'],
    ['2024 国庆: make-up Sat 10-12', '2024-10-11 17:00', 2 * H, '2024-10-12 10:00'],
    // 2026
    ['2026 春节: make-up Sat 02-14', '2026-02-13 17:00', 2 * H, '2026-02-14 10:00'],
    ['2026 春节: 02-15..02-23 off', '2026-02-14 17:00', 2 * H, '2026-02-24 10:00'],
    ['2026 春节: make-up Sat 02-28', '2026-02-27 17:00', 2 * H, '2026-02-28 10:00'],
    ['2026 清明: 04-04..04-06 off', '2026-04-03 17:00', 2 * H, '2026-04-07 10:00'],
    ['2026 劳动节: 05-01..05-05 off', '2026-04-30 17:00', 2 * H, '2026-05-06 10:00'],
    ['2026 劳动节: make-up Sat 05-09', '2026-05-08 17:00', 2 * H, '2026-05-09 10:00'],
    ['2026 端午: 06-19..06-21 off', '2026-06-18 17:00', 2 * H, '2026-06-22 10:00'],
    ['2026 国庆: make-up Sun 09-20', '2026-09-18 17:00', 2 * H, '2026-09-20 10:00'],
    ['2026 中秋: 09-25..09-27 off', '2026-09-24 17:00', 2 * H, '2026-09-28 10:00'],
    ['2026 国庆: 10-01..10-07 off', '2026-09-30 17:00', 2 * H, '2026-10-08 10:00'],
    ['2026 国庆: make-up Sat 10-10', '2026-10-09 17:00', 2 * H, '2026-10-10 10:00'],
    // no data
    ['2027 (no data): plain weekdays, 10-01 is a Friday', '2027-09-30 17:00', 2 * H, '2027-10-01 10:00'],
    ['2023 (no data): 10-02 Mon counts', '2023-09-29 17:00', 2 * H, '2023-10-02 10:00'],
  ];
  it.each(cases)('%s', (_name, start, minutes, expected) => {
    expect(fmtBj(addWorkingTime(OFFICE, bj(start), minutes))).toBe(expected);
    expect(workingMinutesBetween(OFFICE, bj(start), addWorkingTime(OFFICE, bj(start), minutes))).toBe(minutes);
  });

  it('the required make-up Sunday case to the instant', () => {
    expect(addWorkingTime(OFFICE, bj('2025-09-26 17:00'), 480).toISOString()).toBe(new Date('2025-09-28T16:00:00+08:00').toISOString());
  });

  it('zero minutes returns the start unchanged, even outside working hours', () => {
    for (const s of ['2025-09-29 10:00', '2025-10-03 10:00', '2025-09-27 23:59']) {
      expect(addWorkingTime(OFFICE, bj(s), 0).getTime()).toBe(bj(s).getTime());
    }
    expect(addWorkingTime(OFFICE, bj('2025-10-03 10:00'), 0)).not.toBe(bj('2025-10-03 10:00'));
  });

  it('rejects negative / non-finite minutes and invalid dates', () => {
    expect(() => addWorkingTime(OFFICE, bj('2025-09-29 10:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingTime(OFFICE, bj('2025-09-29 10:00'), Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingTime(OFFICE, new Date('nope'), 1)).toThrow(RangeError);
  });

  it('a calendar that never opens fails instead of looping forever', () => {
    const closed: WorkCalendar = { ...OFFICE, hours: {} };
    expect(() => addWorkingTime(closed, bj('2025-09-29 10:00'), 1)).toThrow(/no working time/);
  });

  it('two years of working time is computed day by day, not minute by minute', () => {
    const t = Date.now();
    const end = addWorkingTime(OFFICE, bj('2025-01-02 09:00'), 2 * 250 * 9 * H);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(workingMinutesBetween(OFFICE, bj('2025-01-02 09:00'), end)).toBe(2 * 250 * 9 * H);
  });
});

describe('lunch breaks', () => {
  const cases: [string, string, number, string][] = [
    ['morning into afternoon skips 12:00–13:00', '2025-09-29 11:00', 2 * H, '2025-09-29 14:00'],
    ['ending exactly at 12:00 stays at 12:00', '2025-09-29 11:00', 1 * H, '2025-09-29 12:00'],
    ['start during lunch counts from 13:00', '2025-09-29 12:30', 30, '2025-09-29 13:30'],
    ['a full day is 8 h', '2025-09-29 09:00', 8 * H, '2025-09-29 18:00'],
    ['make-up Sunday uses Monday hours, lunch included', '2025-09-26 17:00', 4 * H, '2025-09-28 12:00'],
    ['…and continues after lunch', '2025-09-26 17:00', 5 * H, '2025-09-28 14:00'],
  ];
  it.each(cases)('%s', (_name, start, minutes, expected) => {
    expect(fmtBj(addWorkingTime(LUNCH, bj(start), minutes))).toBe(expected);
  });
  it('lunch does not count in workingMinutesBetween', () => {
    expect(workingMinutesBetween(LUNCH, bj('2025-09-29 11:30'), bj('2025-09-29 13:30'))).toBe(60);
    expect(workingMinutesBetween(LUNCH, bj('2025-09-29 00:00'), bj('2025-09-30 00:00'))).toBe(480);
  });
  it('makeupWeekday picks the hours used on make-up days', () => {
    const sat: WorkCalendar = { ...LUNCH, hours: { ...LUNCH.hours, 6: [{ from: '10:00', to: '14:00' }] }, makeupWeekday: 6 };
    expect(fmtBj(addWorkingTime(sat, bj('2025-09-26 17:00'), 2 * H))).toBe('2025-09-28 11:00');
    expect(fmtBj(addWorkingTime(sat, bj('2025-09-26 17:00'), 5 * H))).toBe('2025-09-28 14:00');
    expect(fmtBj(addWorkingTime(sat, bj('2025-09-26 17:00'), 6 * H))).toBe('2025-09-29 10:00');
  });
});

describe("'everyday' and '24x7' modes", () => {
  const cases: [string, WorkCalendar, string, number, string][] = [
    ['everyday: Saturday counts (weekend hours)', SHOP, '2025-09-19 17:30', 1 * H, '2025-09-20 10:00'],
    ['everyday: Sunday counts', SHOP, '2025-09-20 15:00', 2 * H, '2025-09-21 10:00'],
    ['everyday: National Day skipped', SHOP, '2025-09-30 17:00', 1 * H, '2025-10-09 09:00'],
    ['everyday: make-up Sunday uses Monday hours', SHOP, '2025-09-27 15:00', 2 * H, '2025-09-28 09:30'],
    ['everyday: 2026 元旦 skipped, Sun 01-04 make-up', SHOP, '2025-12-31 17:00', 1 * H, '2026-01-04 09:00'],
    ['everyday + openOnHolidays: 10-01 (Wed) open', { ...SHOP, openOnHolidays: true }, '2025-09-30 17:00', 1 * H, '2025-10-01 09:00'],
    ['everyday + openOnHolidays: 10-04 (Sat) weekend hours', { ...SHOP, openOnHolidays: true }, '2025-10-03 17:00', 1 * H, '2025-10-04 09:30'],
    ['24x7: counts through the night', ALWAYS, '2025-09-26 17:00', 8 * H, '2025-09-27 01:00'],
    ['24x7: counts through holidays', ALWAYS, '2025-10-01 00:00', 8 * 24 * H, '2025-10-09 00:00'],
    ['24x7: zero minutes', ALWAYS, '2025-10-01 03:17', 0, '2025-10-01 03:17'],
  ];
  it.each(cases)('%s', (_name, cal, start, minutes, expected) => {
    expect(fmtBj(addWorkingTime(cal, bj(start), minutes))).toBe(expected);
  });
});

describe('isWorkingDay / dayKind / workingIntervalsOn', () => {
  const days: [string, boolean, string][] = [
    ['2025-09-26', true, 'weekday'],
    ['2025-09-27', false, 'weekend'],
    ['2025-09-28', true, 'makeup'],
    ['2025-10-01', false, 'holiday'],
    ['2025-10-06', false, 'holiday'],
    ['2025-10-08', false, 'holiday'],
    ['2025-10-09', true, 'weekday'],
    ['2025-10-11', true, 'makeup'],
    ['2025-10-12', false, 'weekend'],
    ['2025-12-31', true, 'weekday'],
    ['2026-01-01', false, 'holiday'],
    ['2026-01-03', false, 'holiday'],
    ['2026-01-04', true, 'makeup'],
    ['2026-01-05', true, 'weekday'],
    ['2024-02-09', true, 'weekday'],
    ['2025-01-26', true, 'makeup'],
    ['2025-02-08', true, 'makeup'],
    ['2025-04-27', true, 'makeup'],
    ['2025-05-05', false, 'holiday'],
    ['2026-02-23', false, 'holiday'],
    ['2026-09-20', true, 'makeup'],
    ['2027-01-01', true, 'weekday'],
    ['2027-01-02', false, 'weekend'],
  ];
  it.each(days)('%s working=%s kind=%s', (date, working, kind) => {
    expect(isWorkingDay(OFFICE, date)).toBe(working);
    expect(dayKind(OFFICE, date)).toBe(kind);
  });
  it('everyday and 24x7 working days', () => {
    expect(isWorkingDay(SHOP, '2025-09-27')).toBe(true);
    expect(isWorkingDay(SHOP, '2025-10-01')).toBe(false);
    expect(isWorkingDay({ ...SHOP, openOnHolidays: true }, '2025-10-01')).toBe(true);
    expect(isWorkingDay(ALWAYS, '2025-10-01')).toBe(true);
  });
  it('intervals are UTC instants of Beijing wall time', () => {
    expect(workingIntervalsOn(LUNCH, '2025-09-28')).toEqual([
      [bj('2025-09-28 09:00').getTime(), bj('2025-09-28 12:00').getTime()],
      [bj('2025-09-28 13:00').getTime(), bj('2025-09-28 18:00').getTime()],
    ]);
    expect(workingIntervalsOn(LUNCH, '2025-10-02')).toEqual([]);
    expect(workingIntervalsOn(ALWAYS, '2025-10-02')).toEqual([[bj('2025-10-02 00:00').getTime(), bj('2025-10-03 00:00').getTime()]]);
  });
  it('rejects malformed local dates', () => {
    expect(() => isWorkingDay(OFFICE, '2025-02-30')).toThrow(RangeError);
    expect(() => workingIntervalsOn(OFFICE, '2025/10/01')).toThrow(RangeError);
  });
});

describe('workingMinutesBetween and nextWorkingMoment', () => {
  it.each([
    ['2025-09-26 17:00', '2025-09-28 16:00', 480],
    ['2025-09-30 00:00', '2025-10-10 00:00', 18 * H],
    ['2025-10-01 09:00', '2025-10-08 18:00', 0],
    ['2025-09-29 10:00', '2025-09-29 10:00', 0],
    ['2025-09-29 12:00', '2025-09-29 10:00', -120],
  ] as const)('%s → %s = %d min', (a, b, expected) => {
    expect(workingMinutesBetween(OFFICE, bj(a), bj(b))).toBe(expected);
  });
  it.each([
    ['2025-09-29 10:00', '2025-09-29 10:00'],
    ['2025-09-29 18:00', '2025-09-30 09:00'],
    ['2025-09-30 18:30', '2025-10-09 09:00'],
    ['2025-09-27 08:00', '2025-09-28 09:00'],
  ] as const)('next working moment after %s is %s', (t, expected) => {
    expect(fmtBj(nextWorkingMoment(OFFICE, bj(t)))).toBe(expected);
  });
});

describe('coverage', () => {
  it('lists years with data and the missing ones in a range', () => {
    expect(coverage(OFFICE, { from: 2024, to: 2027 })).toEqual({ years: [2024, 2025, 2026], missingYears: [2027], needsHolidayData: true });
    expect(coverage({ ...OFFICE, holidays: [] }, { from: 2025, to: 2025 }).missingYears).toEqual([2025]);
    expect(coverage(OFFICE).missingYears).toEqual([]);
  });
  it('knows when holiday data does not matter', () => {
    expect(coverage(ALWAYS).needsHolidayData).toBe(false);
    expect(coverage(SHOP).needsHolidayData).toBe(true);
    expect(coverage({ ...SHOP, openOnHolidays: true }).needsHolidayData).toBe(false);
  });
});
