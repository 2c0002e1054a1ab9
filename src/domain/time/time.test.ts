import { describe, expect, it } from 'vitest';
import {
  addDays,
  atLocalTime,
  compactDate,
  dayRange,
  formatLocalDateTime,
  lastDays,
  localDate,
  minuteOfDay,
  periodRange,
  usableTimeZone,
  weekdayOf,
} from './index.js';
import { counterName, documentNumber } from './document-numbers.js';

const at = (iso: string) => new Date(iso);

describe('local dates in the point zone', () => {
  it.each([
    ['Asia/Shanghai', '2026-11-30T16:00:00Z', '2026-12-01'],
    ['Asia/Shanghai', '2026-11-30T15:59:59Z', '2026-11-30'],
    ['UTC', '2026-11-30T16:00:00Z', '2026-11-30'],
    ['Asia/Urumqi', '2026-11-30T18:00:00Z', '2026-12-01'],
    ['Asia/Urumqi', '2026-11-30T17:59:00Z', '2026-11-30'],
    ['America/New_York', '2026-03-08T04:59:00Z', '2026-03-07'],
  ])('%s %s → %s', (tz, instant, expected) => expect(localDate(tz, at(instant))).toBe(expected));

  it('day ranges follow the zone, including DST days', () => {
    expect(dayRange('Asia/Shanghai', '2026-12-01')).toEqual({ start: at('2026-11-30T16:00:00Z'), end: at('2026-12-01T16:00:00Z') });
    const dst = dayRange('America/New_York', '2026-03-08');
    expect((dst.end.getTime() - dst.start.getTime()) / 3_600_000).toBe(23);
    expect(periodRange('Asia/Shanghai', '2026-12-01', '2026-12-07')).toEqual({ start: at('2026-11-30T16:00:00Z'), end: at('2026-12-07T16:00:00Z') });
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %s) = %s', (d, n, expected) => expect(addDays(d, n)).toBe(expected));

  it('weekdays, wall times, minutes of day, last days', () => {
    expect(weekdayOf('2026-12-01')).toBe(2);
    expect(atLocalTime('Asia/Shanghai', '2026-12-01', '08:30')).toEqual(at('2026-12-01T00:30:00Z'));
    expect(minuteOfDay('Asia/Shanghai', at('2026-12-01T00:30:00Z'))).toBe(510);
    expect(lastDays('2026-12-02', 3)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('one document date-time format', () => {
    expect(formatLocalDateTime('Asia/Shanghai', '2026-12-01T21:18:40Z')).toBe('2026-12-02 05:18');
    expect(formatLocalDateTime('Asia/Shanghai', null)).toBe('—');
  });

  it.each([
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['Not/AZone', 'Asia/Shanghai'],
    ['', 'Asia/Shanghai'],
    [null, 'Asia/Shanghai'],
    ['Europe/Berlin', 'Europe/Berlin'],
  ])('usableTimeZone(%s) = %s', (tz, expected) => expect(usableTimeZone(tz)).toBe(expected));
});

describe('document numbers', () => {
  const late = at('2026-12-01T17:30:00Z'); // already 2 December in Shanghai
  it.each([
    ['workOrder', 7, 'WO202612020007', 'work-order-20261202'],
    ['ticket', 12, 'TS202612020012', 'ticket-20261202'],
    ['settlement', 1, 'JS202612020001', 'settlement-20261202'],
    ['qcCertificate', 12, 'QC202600012', 'qc-certificate-2026'],
    ['employee', 42, 'E0042', 'employee'],
  ] as const)('%s #%s → %s from counter %s', (kind, seq, number, counter) => {
    expect(documentNumber(kind, 'Asia/Shanghai', late, seq)).toBe(number);
    expect(counterName(kind, 'Asia/Shanghai', late)).toBe(counter);
  });
  it('the date is the point date, not UTC', () => expect(compactDate('UTC', late)).toBe('20261201'));
});
