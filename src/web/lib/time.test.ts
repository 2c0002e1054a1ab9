import { describe, expect, it } from 'vitest';
import { timeFormatters } from './time';

describe('timeFormatters', () => {
  it.each([
    ['Asia/Shanghai', '2026-12-01T21:24:40Z', '2026-12-02 05:24', '2026-12-02', '05:24'],
    ['Asia/Urumqi', '2026-12-01T21:24:40Z', '2026-12-02 03:24', '2026-12-02', '03:24'],
    ['Europe/Berlin', '2026-12-01T21:24:40Z', '2026-12-01 22:24', '2026-12-01', '22:24'],
    ['not/a-zone', '2026-12-01T21:24:40Z', '2026-12-02 05:24', '2026-12-02', '05:24'],
  ])('%s: %s → %s', (zone, iso, dateTime, date, time) => {
    const f = timeFormatters(zone);
    expect([f.dateTime(iso), f.date(iso), f.time(new Date(iso))]).toEqual([dateTime, date, time]);
  });
  it('an empty or broken value is a dash, never "Invalid Date"', () => {
    const f = timeFormatters('Asia/Shanghai');
    expect([f.dateTime(null), f.date(undefined), f.time('nope')]).toEqual(['—', '—', '—']);
  });
});
