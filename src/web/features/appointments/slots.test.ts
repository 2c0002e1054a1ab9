import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { groupByAdvisor, slotEnd, slotLevel, weekOf } from './slots';
import type { Appointment } from './types';

describe('appointment slots', () => {
  it('colours a slot by what is left', () => {
    expect(slotLevel({ capacityMinutes: 1000, freeMinutes: 1000 })).toBe('free');
    expect(slotLevel({ capacityMinutes: 1000, freeMinutes: 200 })).toBe('free');
    expect(slotLevel({ capacityMinutes: 1000, freeMinutes: 199 })).toBe('low');
    expect(slotLevel({ capacityMinutes: 1000, freeMinutes: 0 })).toBe('full');
    expect(slotLevel({ capacityMinutes: 1000, freeMinutes: -30 })).toBe('full');
    expect(slotLevel({ capacityMinutes: 0, freeMinutes: 0 })).toBe('full');
  });

  it('computes slot ends and the week', () => {
    expect(slotEnd('08:00', 60)).toBe('09:00');
    expect(slotEnd('16:30', 45)).toBe('17:15');
    const [mon, sun] = weekOf(dayjs('2026-11-22')); // a Sunday
    expect(mon.format('YYYY-MM-DD')).toBe('2026-11-16');
    expect(sun.format('YYYY-MM-DD')).toBe('2026-11-22');
    expect(weekOf(dayjs('2026-11-23'))[0].format('YYYY-MM-DD')).toBe('2026-11-23');
  });

  it('groups by advisor, unassigned last, in time order', () => {
    const a = (id: string, advisor: string | null, name: string | null, slot: string) =>
      ({ id, advisorEmployeeId: advisor, advisorName: name, slotStart: slot, plate: id }) as Appointment;
    const groups = groupByAdvisor([a('1', null, null, '08:00'), a('2', 'b', '王', '10:00'), a('3', 'b', '王', '08:00'), a('4', 'a', '何', '09:00')]);
    expect(groups.map((g) => g.advisorName)).toEqual(['何', '王', null]);
    expect(groups[1].items.map((i) => i.id)).toEqual(['3', '2']);
  });
});
