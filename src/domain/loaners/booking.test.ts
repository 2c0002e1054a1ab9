import { describe, expect, it } from 'vitest';
import { type BookingStatus, chargeDays, clashOf, overlaps, returnProblems } from './booking.js';

const t = (h: number) => new Date(Date.UTC(2026, 11, 1, h));

describe('loaner bookings', () => {
  it.each([
    ['inside', 2, 4, 1, 5, true],
    ['straddles the start', 0, 2, 1, 5, true],
    ['straddles the end', 4, 8, 1, 5, true],
    ['touches the end', 5, 8, 1, 5, false],
    ['touches the start', 0, 1, 1, 5, false],
    ['before', 0, 1, 2, 5, false],
    ['same', 1, 5, 1, 5, true],
  ])('%s', (_n, a0, a1, b0, b1, want) => {
    expect(overlaps(t(a0), t(a1), t(b0), t(b1))).toBe(want);
    expect(overlaps(t(b0), t(b1), t(a0), t(a1))).toBe(want);
  });

  it.each([
    ['booked', true],
    ['out', true],
    ['returned', false],
    ['cancelled', false],
  ] as [BookingStatus, boolean][])('a %s booking holds the car: %s', (status, clash) =>
    expect(clashOf([{ startAt: t(1), endAt: t(5), status }], t(2), t(3)) !== undefined).toBe(clash),
  );

  it.each([
    [0, 1, 1],
    [0, 24, 1],
    [0, 25, 2],
    [0, 48, 2],
    [0, 0, 1],
    [0, 24 * 6 + 1, 7],
  ])('out at %ih, back at %ih: %i days', (a, b, days) => expect(chargeDays(t(a), t(b))).toBe(days));

  it('refuses mileage going back and a return before handover', () => {
    expect(returnProblems({ outAt: t(5), inAt: t(4), mileageOut: 1000, mileageIn: 999 }).map((p) => p.path)).toEqual(['mileageKm', 'returnedAt']);
    expect(returnProblems({ outAt: t(5), inAt: t(5), mileageOut: 1000, mileageIn: 1000 })).toEqual([]);
  });
});
