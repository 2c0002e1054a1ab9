import { describe, expect, it } from 'vitest';
import { CN_2024, CN_2025, CN_2026, CN_HOLIDAYS, parseHolidayYear } from './holidays-cn.js';
import { dayNumber, isoDate, isoWeekday } from './holiday-year.js';
import { isWorkingDay, validateCalendar } from './calendar.js';
import { OFFICE } from './fixtures.test-helpers.js';

const wd = (iso: string) => isoWeekday(dayNumber(iso) as number);

describe('official PRC holiday periods as published', () => {
  const periods: [number, string, string, string, number][] = [
    [2024, '元旦', '2024-01-01', '2024-01-01', 1],
    [2024, '春节', '2024-02-10', '2024-02-17', 8],
    [2024, '清明节', '2024-04-04', '2024-04-06', 3],
    [2024, '劳动节', '2024-05-01', '2024-05-05', 5],
    [2024, '端午节', '2024-06-10', '2024-06-10', 1],
    [2024, '中秋节', '2024-09-15', '2024-09-17', 3],
    [2024, '国庆节', '2024-10-01', '2024-10-07', 7],
    [2025, '元旦', '2025-01-01', '2025-01-01', 1],
    [2025, '春节', '2025-01-28', '2025-02-04', 8],
    [2025, '清明节', '2025-04-04', '2025-04-06', 3],
    [2025, '劳动节', '2025-05-01', '2025-05-05', 5],
    [2025, '端午节', '2025-05-31', '2025-06-02', 3],
    [2025, '国庆节、中秋节', '2025-10-01', '2025-10-08', 8],
    [2026, '元旦', '2026-01-01', '2026-01-03', 3],
    [2026, '春节', '2026-02-15', '2026-02-23', 9],
    [2026, '清明节', '2026-04-04', '2026-04-06', 3],
    [2026, '劳动节', '2026-05-01', '2026-05-05', 5],
    [2026, '端午节', '2026-06-19', '2026-06-21', 3],
    [2026, '中秋节', '2026-09-25', '2026-09-27', 3],
    [2026, '国庆节', '2026-10-01', '2026-10-07', 7],
  ];
  it.each(periods)('%i %s: %s..%s (%i days)', (year, name, from, to, days) => {
    const y = CN_HOLIDAYS.find((h) => h.year === year);
    expect(y?.holidays).toContainEqual({ name, from, to });
    expect((dayNumber(to) as number) - (dayNumber(from) as number) + 1).toBe(days);
  });
  it('no other periods than the published ones', () => {
    expect(CN_HOLIDAYS.flatMap((y) => y.holidays).length).toBe(periods.length);
  });

  const makeup: [string, number][] = [
    ['2024-02-04', 7],
    ['2024-02-18', 7],
    ['2024-04-07', 7],
    ['2024-04-28', 7],
    ['2024-05-11', 6],
    ['2024-09-14', 6],
    ['2024-09-29', 7],
    ['2024-10-12', 6],
    ['2025-01-26', 7],
    ['2025-02-08', 6],
    ['2025-04-27', 7],
    ['2025-09-28', 7],
    ['2025-10-11', 6],
    ['2026-01-04', 7],
    ['2026-02-14', 6],
    ['2026-02-28', 6],
    ['2026-05-09', 6],
    ['2026-09-20', 7],
    ['2026-10-10', 6],
  ];
  it.each(makeup)('make-up working day %s falls on ISO weekday %i as the notice says', (date, weekday) => {
    expect(wd(date)).toBe(weekday);
    expect(CN_HOLIDAYS.flatMap((y) => y.workdays)).toContain(date);
  });
  it('no other make-up days than the published ones', () => {
    expect(CN_HOLIDAYS.flatMap((y) => y.workdays).sort()).toEqual(makeup.map(([d]) => d).sort());
  });

  it.each([
    ['2025-01-28', 2],
    ['2025-02-04', 2],
    ['2025-05-01', 4],
    ['2025-05-05', 1],
    ['2025-10-01', 3],
    ['2025-10-08', 3],
    ['2026-01-01', 4],
    ['2026-01-03', 6],
    ['2026-02-15', 7],
    ['2026-02-23', 1],
    ['2026-05-01', 5],
    ['2026-05-05', 2],
    ['2026-06-19', 5],
    ['2026-09-25', 5],
    ['2026-10-01', 4],
    ['2026-10-07', 3],
  ] as const)('weekday of %s printed in the notice is %i', (date, weekday) => {
    expect(wd(date)).toBe(weekday);
  });

  it.each([
    [2024, 251],
    [2025, 248],
    [2026, 248],
  ])('%i has %i working days on a Mon–Fri calendar', (year, expected) => {
    let n = 0;
    for (let d = dayNumber(`${year}-01-01`) as number; isoDate(d).startsWith(String(year)); d++) if (isWorkingDay(OFFICE, isoDate(d))) n++;
    expect(n).toBe(expected);
  });

  it('built-in data passes the importer unchanged', () => {
    for (const y of [CN_2024, CN_2025, CN_2026]) expect(parseHolidayYear(JSON.parse(JSON.stringify(y)))).toEqual(y);
    expect(validateCalendar(OFFICE)).toEqual([]);
  });
});

describe('parseHolidayYear', () => {
  const good = { year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }], workdays: ['2027-01-09'] };
  it('accepts, trims names, sorts and drops unknown keys', () => {
    const r = parseHolidayYear({
      ...good,
      source: 'x',
      holidays: [{ name: ' 春节 ', from: '2027-02-05', to: '2027-02-12', extra: 1 }, ...good.holidays],
      workdays: ['2027-02-20', '2027-01-09'],
    });
    expect(r).toEqual({
      year: 2027,
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-05', to: '2027-02-12' },
      ],
      workdays: ['2027-01-09', '2027-02-20'],
    });
  });
  it('accepts a year with no special days and a period crossing into the next year', () => {
    expect(parseHolidayYear({ year: 2030, holidays: [], workdays: [] })).toEqual({ year: 2030, holidays: [], workdays: [] });
    expect(Array.isArray(parseHolidayYear({ year: 2030, holidays: [{ name: 'x', from: '2030-12-31', to: '2031-01-01' }], workdays: [] }))).toBe(false);
  });
  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'nope', /expected an object/],
    ['array', [], /expected an object/],
    ['bad year', { ...good, year: '2027' }, /^year:/],
    ['fractional year', { ...good, year: 2027.5 }, /^year:/],
    ['holidays missing', { year: 2027, workdays: [] }, /^holidays: expected an array/],
    ['workdays missing', { year: 2027, holidays: [] }, /^workdays: expected an array/],
    ['holiday not an object', { ...good, holidays: [null] }, /^holidays\[0\]: expected an object/],
    ['empty name', { ...good, holidays: [{ name: ' ', from: '2027-01-01', to: '2027-01-01' }] }, /^holidays\[0\]\.name/],
    ['impossible date', { ...good, holidays: [{ name: 'x', from: '2027-02-29', to: '2027-03-01' }] }, /^holidays\[0\]\.from: expected a real date/],
    ['wrong format', { ...good, holidays: [{ name: 'x', from: '2027/01/01', to: '2027-01-01' }] }, /^holidays\[0\]\.from/],
    ['to before from', { ...good, holidays: [{ name: 'x', from: '2027-01-03', to: '2027-01-01' }] }, /is before from/],
    ['too long', { ...good, holidays: [{ name: 'x', from: '2027-01-01', to: '2027-03-01' }] }, /longer than 31/],
    ['other year', { ...good, holidays: [{ name: 'x', from: '2028-01-01', to: '2028-01-02' }] }, /does not touch year 2027/],
    ['overlapping periods', { ...good, holidays: [...good.holidays, { name: 'y', from: '2027-01-03', to: '2027-01-04' }] }, /overlaps/],
    ['workday not a date', { ...good, workdays: [20270109] }, /^workdays\[0\]: expected a real date/],
    ['workday in another year', { ...good, workdays: ['2026-12-27'] }, /not in year 2027/],
    ['duplicate workday', { ...good, workdays: ['2027-01-09', '2027-01-09'] }, /duplicate/],
    ['workday inside a holiday', { ...good, workdays: ['2027-01-02'] }, /inside holiday period holidays\[0\]/],
  ];
  it.each(bad)('rejects: %s', (_name, input, problem) => {
    const r = parseHolidayYear(input);
    expect(Array.isArray(r)).toBe(true);
    expect((r as string[]).some((p) => problem.test(p))).toBe(true);
  });
  it('reports every problem at once', () => {
    const r = parseHolidayYear({ year: 1, holidays: [{ name: '', from: 'x', to: 'y' }], workdays: ['z'] }) as string[];
    expect(r.length).toBeGreaterThanOrEqual(5);
  });
});

describe('validateCalendar', () => {
  it.each([
    ['unknown zone', { ...OFFICE, timeZone: 'Asia/Beijing' }, /timeZone/],
    ['bad mode', { ...OFFICE, mode: 'weekends' }, /mode/],
    ['bad time', { ...OFFICE, hours: { 1: [{ from: '9:00', to: '18:00' }] } }, /hours\.1\[0\]/],
    ['24:00 as a start', { ...OFFICE, hours: { 1: [{ from: '24:00', to: '24:00' }] } }, /hours\.1\[0\]/],
    ['end not after start', { ...OFFICE, hours: { 1: [{ from: '18:00', to: '09:00' }] } }, /not after/],
    [
      'overlap',
      {
        ...OFFICE,
        hours: {
          1: [
            { from: '09:00', to: '13:00' },
            { from: '12:00', to: '18:00' },
          ],
        },
      },
      /overlap/,
    ],
    ['weekday 8', { ...OFFICE, hours: { 8: [] } }, /weekday must be 1–7/],
    ['makeupWeekday 9', { ...OFFICE, makeupWeekday: 9 }, /makeupWeekday/],
    ['duplicate year', { ...OFFICE, holidays: [CN_2025, CN_2025] }, /listed twice/],
    ['bad holiday data', { ...OFFICE, holidays: [{ year: 2025, holidays: [], workdays: ['bad'] }] }, /holidays\[0\]\.workdays\[0\]/],
  ] as const)('%s', (_name, cal, problem) => {
    const problems = validateCalendar(cal as never);
    expect(problems.some((p) => problem.test(p))).toBe(true);
    if (!/holiday|year/.test(_name)) expect(() => isWorkingDay(cal as never, '2025-10-01')).toThrow(RangeError);
  });
});
