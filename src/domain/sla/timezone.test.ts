import { describe, expect, it } from 'vitest';
import { addWorkingTime, workingIntervalsOn, workingMinutesBetween, type WorkCalendar } from './calendar.js';
import { localDayOf, tzOffsetMs, wallToEpoch } from './tz.js';
import { dayNumber } from './holiday-year.js';
import { BERLIN, BERLIN_FULL_DAYS, NEW_YORK, OFFICE, at } from './fixtures.test-helpers.js';

const iso = (d: Date) => d.toISOString();
const day = (s: string) => dayNumber(s) as number;

describe('wall time ↔ instant via Intl (no fixed offsets)', () => {
  it.each([
    ['Asia/Shanghai', '2025-07-01', 9 * 60, '2025-07-01T01:00:00.000Z'],
    ['Asia/Tokyo', '2025-07-01', 9 * 60, '2025-07-01T00:00:00.000Z'],
    ['UTC', '2025-07-01', 9 * 60, '2025-07-01T09:00:00.000Z'],
    ['Europe/Berlin', '2025-01-15', 9 * 60, '2025-01-15T08:00:00.000Z'],
    ['Europe/Berlin', '2025-07-15', 9 * 60, '2025-07-15T07:00:00.000Z'],
    ['America/New_York', '2025-07-15', 9 * 60, '2025-07-15T13:00:00.000Z'],
    ['America/New_York', '2025-12-15', 9 * 60, '2025-12-15T14:00:00.000Z'],
    ['Asia/Kolkata', '2025-07-15', 9 * 60, '2025-07-15T03:30:00.000Z'],
    ['Asia/Kathmandu', '2025-07-15', 9 * 60, '2025-07-15T03:15:00.000Z'],
    ['Asia/Shanghai', '2025-07-01', 1440, '2025-07-01T16:00:00.000Z'],
    // Berlin spring-forward 2025-03-30: 02:00–03:00 does not exist → pushed forward by the gap
    ['Europe/Berlin', '2025-03-30', 150, '2025-03-30T01:30:00.000Z'],
    ['Europe/Berlin', '2025-03-30', 180, '2025-03-30T01:00:00.000Z'],
    // Berlin fall-back 2025-10-26: 02:00–03:00 happens twice → earlier (CEST) instant
    ['Europe/Berlin', '2025-10-26', 150, '2025-10-26T00:30:00.000Z'],
    ['Europe/Berlin', '2025-10-26', 180, '2025-10-26T02:00:00.000Z'],
  ] as const)('%s %s minute %d → %s', (tz, date, minute, expected) => {
    expect(new Date(wallToEpoch(tz, day(date), minute)).toISOString()).toBe(expected);
  });

  it('offsets and local days', () => {
    expect(tzOffsetMs('Asia/Shanghai', Date.UTC(2025, 0, 1))).toBe(8 * 3_600_000);
    expect(tzOffsetMs('Europe/Berlin', Date.UTC(2025, 6, 1))).toBe(2 * 3_600_000);
    expect(tzOffsetMs('America/New_York', Date.UTC(2025, 0, 1))).toBe(-5 * 3_600_000);
    expect(localDayOf('Asia/Shanghai', Date.parse('2025-09-30T16:00:00Z'))).toBe(day('2025-10-01'));
    expect(localDayOf('Asia/Shanghai', Date.parse('2025-09-30T15:59:59.999Z'))).toBe(day('2025-09-30'));
    expect(localDayOf('America/New_York', Date.parse('2025-10-01T03:59:00Z'))).toBe(day('2025-09-30'));
  });
});

describe('DST zones', () => {
  it.each([
    ['Berlin Fri 17:00 CET + 2 h across spring-forward → Mon 10:00 CEST', at('2025-03-28 17:00', '+01:00'), 120, at('2025-03-31 10:00', '+02:00')],
    ['Berlin Fri 17:00 CEST + 2 h across fall-back → Mon 10:00 CET', at('2025-10-24 17:00', '+02:00'), 120, at('2025-10-27 10:00', '+01:00')],
    ['Berlin, no holiday data: 2025-12-25 is an ordinary Thursday', at('2025-12-24 17:00', '+01:00'), 120, at('2025-12-25 10:00', '+01:00')],
    ['New York Sat 19:00 EDT + 3 h across fall-back → Sun 10:00 EST', at('2025-11-01 19:00', '-04:00'), 180, at('2025-11-02 10:00', '-05:00')],
    ['New York Sat 19:00 EST + 3 h across spring-forward → Sun 10:00 EDT', at('2025-03-08 19:00', '-05:00'), 180, at('2025-03-09 10:00', '-04:00')],
  ] as const)('%s', (_name, cal0, minutes, expected) => {
    const cal = _name.startsWith('New York') ? NEW_YORK : BERLIN;
    expect(iso(addWorkingTime(cal, cal0, minutes))).toBe(iso(expected));
    expect(workingMinutesBetween(cal, cal0, expected)).toBe(minutes);
  });

  it('wall-clock full days are 23 h and 25 h on transition days', () => {
    const between = (a: string, oa: string, b: string, ob: string) => workingMinutesBetween(BERLIN_FULL_DAYS, at(a, oa), at(b, ob));
    expect(between('2025-03-30 00:00', '+01:00', '2025-03-31 00:00', '+02:00')).toBe(23 * 60);
    expect(between('2025-10-26 00:00', '+02:00', '2025-10-27 00:00', '+01:00')).toBe(25 * 60);
    expect(between('2025-07-01 00:00', '+02:00', '2025-07-02 00:00', '+02:00')).toBe(24 * 60);
    const [[s, e]] = workingIntervalsOn(BERLIN_FULL_DAYS, '2025-03-30');
    expect([new Date(s).toISOString(), new Date(e).toISOString()]).toEqual(['2025-03-29T23:00:00.000Z', '2025-03-30T22:00:00.000Z']);
  });

  it('opening hours that straddle or fall in the missing hour', () => {
    const sunday = (from: string, to: string): WorkCalendar => ({ ...BERLIN_FULL_DAYS, hours: { 7: [{ from, to }] } });
    const minutesOn = (cal: WorkCalendar, date: string) => workingIntervalsOn(cal, date).reduce((n, [s, e]) => n + (e - s) / 60_000, 0);
    expect(minutesOn(sunday('01:00', '04:00'), '2025-03-30')).toBe(120);
    expect(minutesOn(sunday('01:00', '04:00'), '2025-03-23')).toBe(180);
    expect(minutesOn(sunday('01:00', '04:00'), '2025-10-26')).toBe(240);
    expect(workingIntervalsOn(sunday('02:00', '03:00'), '2025-03-30')).toEqual([]);
    expect(minutesOn(sunday('02:00', '03:00'), '2025-10-26')).toBe(120);
  });

  it('the same wall hours in another zone are different instants', () => {
    const tokyo: WorkCalendar = { ...OFFICE, timeZone: 'Asia/Tokyo', holidays: [] };
    const [[sh]] = workingIntervalsOn(OFFICE, '2025-07-01');
    const [[tk]] = workingIntervalsOn(tokyo, '2025-07-01');
    expect(sh - tk).toBe(3_600_000);
  });

  it('an unknown time zone is rejected', () => {
    expect(() => addWorkingTime({ ...OFFICE, timeZone: 'Mars/Olympus' }, new Date(0), 1)).toThrow(RangeError);
  });
});
