/** Property-style checks over many deterministic (seeded LCG) starts and durations; no Math.random. */
import { describe, expect, it } from 'vitest';
import { addWorkingTime, nextWorkingMoment, workingMinutesBetween, type WorkCalendar } from './calendar.js';
import { deadlineWithPauses, elapsedWorkingMinutes, type Pause } from './pauses.js';
import { ALWAYS, BERLIN, BERLIN_FULL_DAYS, LUNCH, NEW_YORK, OFFICE, SHOP, lcg } from './fixtures.test-helpers.js';

const FROM = Date.parse('2023-12-01T00:00:00Z');
const TO = Date.parse('2026-12-31T00:00:00Z');
const MAX_MINUTES = 30 * 9 * 60; // up to 30 working days

const calendars: [string, WorkCalendar][] = [
  ['OFFICE', OFFICE],
  ['LUNCH', LUNCH],
  ['SHOP', SHOP],
  ['SHOP open on holidays', { ...SHOP, openOnHolidays: true }],
  ['ALWAYS', ALWAYS],
  ['BERLIN', BERLIN],
  ['BERLIN_FULL_DAYS', BERLIN_FULL_DAYS],
  ['NEW_YORK', NEW_YORK],
];
const N = 150;

describe.each(calendars)('properties on %s', (_name, cal) => {
  it('workingMinutesBetween(s, addWorkingTime(s, m)) === m', () => {
    const rnd = lcg(20250926);
    for (let i = 0; i < N; i++) {
      const s = new Date(FROM + Math.floor(rnd() * (TO - FROM)));
      const m = i % 10 === 0 ? 0 : Math.floor(rnd() * MAX_MINUTES);
      const d = addWorkingTime(cal, s, m);
      expect(d.getTime()).toBeGreaterThanOrEqual(s.getTime());
      expect(workingMinutesBetween(cal, s, d)).toBe(m);
    }
  });

  it('adding is additive and monotone', () => {
    const rnd = lcg(7);
    for (let i = 0; i < N; i++) {
      const s = new Date(FROM + Math.floor(rnd() * (TO - FROM)));
      const a = Math.floor(rnd() * MAX_MINUTES) + 1;
      const b = Math.floor(rnd() * 600) + 1;
      const ab = addWorkingTime(cal, s, a + b).getTime();
      expect(addWorkingTime(cal, addWorkingTime(cal, s, a), b).getTime()).toBe(ab);
      expect(addWorkingTime(cal, s, a).getTime()).toBeLessThan(ab);
    }
  });

  it('addWorkingTime(s, between(s, t)) lands at or before t with no working time left in between', () => {
    const rnd = lcg(42);
    for (let i = 0; i < N; i++) {
      const s = FROM + Math.floor(rnd() * (TO - FROM));
      const t = s + Math.floor(rnd() * 40 * 86_400_000);
      const m = workingMinutesBetween(cal, new Date(s), new Date(t));
      expect(workingMinutesBetween(cal, new Date(t), new Date(s))).toBe(-m);
      const r = addWorkingTime(cal, new Date(s), m).getTime();
      expect(r).toBeLessThanOrEqual(t);
      expect(workingMinutesBetween(cal, new Date(r), new Date(t))).toBe(0);
    }
  });

  it('nextWorkingMoment is where counting starts', () => {
    const rnd = lcg(99);
    for (let i = 0; i < N; i++) {
      const s = new Date(FROM + Math.floor(rnd() * (TO - FROM)));
      const n = nextWorkingMoment(cal, s);
      expect(workingMinutesBetween(cal, s, n)).toBe(0);
      expect(n.getTime()).toBeGreaterThanOrEqual(s.getTime());
      expect(addWorkingTime(cal, s, 1).getTime()).toBe(addWorkingTime(cal, n, 1).getTime());
    }
  });

  it('with closed pauses, the clock shows exactly the target at the deadline', () => {
    const rnd = lcg(1234);
    for (let i = 0; i < N / 3; i++) {
      const s = FROM + Math.floor(rnd() * (TO - FROM));
      const pauses: Pause[] = [];
      let p = s - 86_400_000;
      for (let k = Math.floor(rnd() * 4); k > 0; k--) {
        p += Math.floor(rnd() * 3 * 86_400_000);
        const len = Math.floor(rnd() * 2 * 86_400_000);
        pauses.push({ from: new Date(p), to: new Date(p + len) });
        p += len;
      }
      const target = Math.floor(rnd() * 5 * 9 * 60) + 1;
      const now = new Date(p + 400 * 86_400_000);
      const d = deadlineWithPauses(cal, new Date(s), target, pauses, now) as Date;
      expect(d).toBeInstanceOf(Date);
      expect(d.getTime()).toBeGreaterThanOrEqual(addWorkingTime(cal, new Date(s), target).getTime());
      expect(elapsedWorkingMinutes(cal, new Date(s), d, pauses)).toBe(target);
      expect(elapsedWorkingMinutes(cal, new Date(s), new Date(s), pauses)).toBe(0);
      expect(elapsedWorkingMinutes(cal, new Date(s), now, [])).toBe(workingMinutesBetween(cal, new Date(s), now));
    }
  });
});
