import { describe, expect, it } from 'vitest';
import { appointmentRates, arrivedInSlot, checkBooking, isoWeekdayOf, slotLoads, slotsOfDay, type WorkshopHours } from './capacity.js';

const w: WorkshopHours = {
  hours: {
    '1': [
      { from: '08:30', to: '12:00' },
      { from: '13:00', to: '17:30' },
    ],
    '6': [{ from: '09:00', to: '12:00' }],
  },
  slotMinutes: 60,
  bookableShare: 0.5,
};

describe('slots and capacity', () => {
  it.each([
    ['2026-11-23', 1],
    ['2026-11-22', 7],
    ['2026-11-28', 6],
    ['2024-02-29', 4],
  ])('%s is ISO weekday %i', (d, wd) => expect(isoWeekdayOf(d)).toBe(wd));

  it('cuts opening hours into slots, keeping a short tail', () => {
    expect(slotsOfDay(w, '2026-11-23').map((s) => `${s.start}/${s.minutes}`)).toEqual([
      '08:30/60',
      '09:30/60',
      '10:30/60',
      '11:30/30',
      '13:00/60',
      '14:00/60',
      '15:00/60',
      '16:00/60',
      '17:00/30',
    ]);
    expect(slotsOfDay(w, '2026-11-22')).toEqual([]); // Sunday: closed
  });

  it('capacity = technicians × slot × bookable share, minus booked', () => {
    const loads = slotLoads(w, '2026-11-23', 10, [
      { start: '08:30', minutes: 120 },
      { start: '08:30', minutes: 60 },
      { start: '13:00', minutes: 300 },
    ]);
    expect(loads[0]).toMatchObject({ start: '08:30', capacityMinutes: 300, bookedMinutes: 180, freeMinutes: 120 });
    expect(loads[3]).toMatchObject({ start: '11:30', capacityMinutes: 150, freeMinutes: 150 });
    expect(loads[4]).toMatchObject({ start: '13:00', freeMinutes: 0 });
  });

  it.each([
    ['fits', '08:30', 120, true, undefined],
    ['too much', '08:30', 121, false, 'OVERBOOKED'],
    ['full slot', '13:00', 1, false, 'OVERBOOKED'],
    ['not a slot', '12:15', 10, false, 'NO_SLOT'],
  ])('%s', (_n, start, minutes, ok, code) => {
    const loads = slotLoads(w, '2026-11-23', 10, [
      { start: '08:30', minutes: 180 },
      { start: '13:00', minutes: 300 },
    ]);
    const r = checkBooking(loads, start, minutes);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.code).toBe(code);
  });
});

describe('appointment rates', () => {
  it('appointment rate counts arrivals that had a booking; success counts arrivals in their slot', () => {
    const r = appointmentRates([
      { channel: 'phone', status: 'arrived', arrivedInSlot: true },
      { channel: 'online', status: 'arrived', arrivedInSlot: false },
      { channel: 'phone', status: 'no_show', arrivedInSlot: false },
      { channel: 'phone', status: 'cancelled', arrivedInSlot: false },
      { channel: 'walk-in', status: 'arrived', arrivedInSlot: true },
      { channel: 'walk-in', status: 'arrived', arrivedInSlot: true },
    ]);
    expect(r).toEqual({ appointments: 3, arrivals: 4, arrivalsWithAppointment: 2, noShows: 1, appointmentRate: 0.5, showRate: 2 / 3, successRate: 1 / 3 });
  });
  it('is null without data', () => expect(appointmentRates([])).toMatchObject({ appointmentRate: null, successRate: null }));
  it('counts an order opened from a booking once, as an arrival with an appointment; walk-in orders dilute the rate', () => {
    const r = appointmentRates(
      [
        { channel: 'phone', status: 'arrived', arrivedInSlot: true, hasOrder: true },
        { channel: 'online', status: 'arrived', arrivedInSlot: true, hasOrder: false },
        { channel: 'phone', status: 'booked', arrivedInSlot: false },
      ],
      [{ appointmentChannel: 'phone' }, { appointmentChannel: null }, { appointmentChannel: null }],
    );
    expect(r).toEqual({
      appointments: 3,
      arrivals: 4,
      arrivalsWithAppointment: 2,
      noShows: 0,
      appointmentRate: 0.5,
      showRate: 2 / 3,
      successRate: 2 / 3,
    });
  });
});

describe('arrivedInSlot (履约)', () => {
  const dayStart = new Date('2026-11-22T16:00:00Z');
  const startAt = new Date('2026-11-23T06:00:00Z');
  it.each([
    ['early the same day', '2026-11-23T02:00:00Z', true],
    ['at the start', '2026-11-23T06:00:00Z', true],
    ['at the end of the slot', '2026-11-23T07:00:00Z', true],
    ['after the slot', '2026-11-23T07:01:00Z', false],
    ['the day before', '2026-11-22T15:59:00Z', false],
    ['not arrived', null, false],
  ])('%s → %s', (_, at, want) => expect(arrivedInSlot({ startAt, dayStart, slotMinutes: 60, arrivedAt: at ? new Date(at as string) : null })).toBe(want));
});
