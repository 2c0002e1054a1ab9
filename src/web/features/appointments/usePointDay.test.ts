import { describe, expect, it } from 'vitest';
import { pointDayOf } from './usePointDay';

describe('pointDayOf: the station’s day, whatever the browser’s zone', () => {
  const at = new Date('2026-11-22T17:30:00Z');
  it.each([
    ['Asia/Shanghai', '2026-11-23', '2026-11-24', '01:30'],
    ['Asia/Urumqi', '2026-11-22', '2026-11-23', '23:30'],
    ['Europe/Berlin', '2026-11-22', '2026-11-23', '18:30'],
    ['no zone', '2026-11-23', '2026-11-24', '01:30'], // an unusable stored zone reads as the default
  ])('%s', (tz, today, tomorrow, hhmm) => expect(pointDayOf(tz, at)).toMatchObject({ today, tomorrow, nowHhmm: hhmm }));
});
