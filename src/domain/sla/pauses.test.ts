import { describe, expect, it } from 'vitest';
import { deadlineWithPauses, elapsedWorkingMinutes, slaStatus, type Pause } from './pauses.js';
import { OFFICE, bj, fmtBj } from './fixtures.test-helpers.js';

const P = (from: string, to: string | null): Pause => ({ from: bj(from), to: to === null ? null : bj(to) });
const START = '2025-09-29 09:00'; // Monday

describe('deadlineWithPauses (Mon–Fri 09:00–18:00, start Mon 09:00)', () => {
  const cases: [string, number, Pause[], string, string | null][] = [
    ['no pauses', 480, [], '2025-09-29 12:00', '2025-09-29 17:00'],
    ['closed pause 10:00–11:00 pushes by 1 h', 480, [P('2025-09-29 10:00', '2025-09-29 11:00')], '2025-09-29 12:00', '2025-09-29 18:00'],
    ['target used up exactly when the pause starts', 480, [P('2025-09-29 17:00', '2025-09-30 10:00')], '2025-09-30 12:00', '2025-09-29 17:00'],
    ['pause over night counts only its working part', 540, [P('2025-09-29 17:00', '2025-09-30 10:00')], '2025-09-30 12:00', '2025-09-30 11:00'],
    [
      'overlapping pauses are merged',
      480,
      [P('2025-09-29 10:00', '2025-09-29 11:00'), P('2025-09-29 10:30', '2025-09-29 11:30')],
      '2025-09-29 12:00',
      '2025-09-30 09:30',
    ],
    ['unsorted pauses', 480, [P('2025-09-29 14:00', '2025-09-29 15:00'), P('2025-09-29 10:00', '2025-09-29 11:00')], '2025-09-29 16:00', '2025-09-30 10:00'],
    ['pause before start is clipped', 480, [P('2025-09-29 08:00', '2025-09-29 09:30')], '2025-09-29 12:00', '2025-09-29 17:30'],
    ['pause entirely before start is ignored', 480, [P('2025-09-28 08:00', '2025-09-28 18:00')], '2025-09-29 12:00', '2025-09-29 17:00'],
    ['pause over the holiday changes nothing', 1140, [P('2025-09-30 18:00', '2025-10-09 09:00')], '2025-10-09 12:00', '2025-10-09 10:00'],
    ['open pause stops the clock → null', 480, [P('2025-09-29 10:00', null)], '2025-09-29 12:00', null],
    ['pause whose end is after now is still running → null', 480, [P('2025-09-29 10:00', '2025-09-29 15:00')], '2025-09-29 12:00', null],
    ['pause starting after now is ignored', 480, [P('2025-09-29 10:00', '2025-09-29 11:00')], '2025-09-29 09:30', '2025-09-29 17:00'],
    ['open pause after the deadline keeps the past deadline', 60, [P('2025-09-29 11:00', null)], '2025-09-29 12:00', '2025-09-29 10:00'],
    ['closed then open pause', 480, [P('2025-09-29 10:00', '2025-09-29 11:00'), P('2025-09-29 13:00', null)], '2025-09-29 14:00', null],
    ['zero target is the start', 0, [P('2025-09-29 08:00', null)], '2025-09-29 12:00', START],
    ['short pause early on', 120, [P('2025-09-29 09:30', '2025-09-29 10:00')], '2025-09-29 12:00', '2025-09-29 11:30'],
  ];
  it.each(cases)('%s', (_name, target, pauses, now, expected) => {
    expect(fmtBj(deadlineWithPauses(OFFICE, bj(START), target, pauses, bj(now)))).toBe(expected);
  });

  it('across the make-up Sunday with a pause on Friday', () => {
    const d = deadlineWithPauses(OFFICE, bj('2025-09-26 16:00'), 480, [P('2025-09-26 16:30', '2025-09-26 17:00')], bj('2025-09-27 12:00'));
    expect(fmtBj(d)).toBe('2025-09-28 15:30');
  });

  it('rejects a pause that ends before it starts, and bad targets', () => {
    expect(() => deadlineWithPauses(OFFICE, bj(START), 60, [P('2025-09-29 11:00', '2025-09-29 10:00')], bj('2025-09-29 12:00'))).toThrow(RangeError);
    expect(() => deadlineWithPauses(OFFICE, bj(START), -5, [], bj('2025-09-29 12:00'))).toThrow(RangeError);
  });
});

describe('elapsedWorkingMinutes', () => {
  const cases: [string, string, string, Pause[], number][] = [
    ['no pauses', START, '2025-09-29 12:00', [], 180],
    ['closed pause subtracts', START, '2025-09-29 12:00', [P('2025-09-29 10:00', '2025-09-29 11:00')], 120],
    ['open pause freezes at its start', START, '2025-09-29 17:00', [P('2025-09-29 10:00', null)], 60],
    ['pause running past now freezes too', START, '2025-09-29 17:00', [P('2025-09-29 10:00', '2025-09-30 10:00')], 60],
    ['pause not yet started is ignored', START, '2025-09-29 10:00', [P('2025-09-29 11:00', '2025-09-29 12:00')], 60],
    ['overnight pause only removes its working part', START, '2025-09-30 12:00', [P('2025-09-29 17:00', '2025-09-30 10:00')], 8 * 60 + 2 * 60],
    ['now before start', START, '2025-09-29 08:00', [], 0],
    ['across National Day', '2025-09-30 17:00', '2025-10-09 10:00', [], 120],
    ['across the make-up Sunday', '2025-09-26 17:00', '2025-09-28 16:00', [], 480],
  ];
  it.each(cases)('%s', (_name, start, now, pauses, expected) => {
    expect(elapsedWorkingMinutes(OFFICE, bj(start), bj(now), pauses)).toBe(expected);
  });
});

describe('slaStatus', () => {
  it('running, paused and breached clocks', () => {
    const running = slaStatus(OFFICE, bj(START), 480, [], bj('2025-09-29 12:00'));
    expect(running).toMatchObject({ elapsedMinutes: 180, remainingMinutes: 300, paused: false, breached: false });
    expect(fmtBj(running.deadline)).toBe('2025-09-29 17:00');

    const paused = slaStatus(OFFICE, bj(START), 480, [P('2025-09-29 10:00', null)], bj('2025-09-29 12:00'));
    expect(paused).toMatchObject({ elapsedMinutes: 60, remainingMinutes: 420, deadline: null, paused: true, breached: false });

    const overdueOvernight = slaStatus(OFFICE, bj(START), 480, [], bj('2025-09-29 20:00'));
    expect(overdueOvernight).toMatchObject({ elapsedMinutes: 540, remainingMinutes: -60, breached: true });

    const atDeadline = slaStatus(OFFICE, bj(START), 480, [], bj('2025-09-29 17:00'));
    expect(atDeadline).toMatchObject({ remainingMinutes: 0, breached: false });
  });
});
