import { describe, expect, it } from 'vitest';
import { greatCircleMatrix } from '../routing/index.js';
import { moveTo, routeTimeline } from './route-move.js';

const items = ['a', 'b', 'c'].map((id) => ({ id }));
describe('moveTo', () => {
  it.each([
    ['c', 0, 'c a b'],
    ['a', 2, 'b c a'],
    ['a', 99, 'b c a'],
    ['b', -3, 'b a c'],
    ['x', 1, 'a x b c'],
    ['x', 3, 'a b c x'],
  ])('%s to %s → %s', (id, pos, expected) =>
    expect(
      moveTo(items, { id }, pos)
        .map((x) => x.id)
        .join(' '),
    ).toBe(expected),
  );
});

describe('routeTimeline', () => {
  const tz = 'Asia/Shanghai';
  const engineer = { homeLat: 22.27, homeLng: 113.55, shiftStart: '08:30', shiftEnd: '18:30' };
  const site = { lat: 22.2686, lng: 113.5856 };
  const travel = Math.round(greatCircleMatrix([{ lat: 22.27, lng: 113.55 }, site]).time[0][1]);
  const local = (hm: string) => new Date(`2026-12-01T${hm}:00+08:00`);
  const stop = (id: string, o: Partial<{ lat: number | null; lng: number | null; deadlineAt: Date | null; serviceMinutes: number }> = {}) => ({
    id,
    ...site,
    serviceMinutes: 60,
    deadlineAt: null,
    ...o,
  });
  it('starts at the shift start, then each stop after the previous service; no warnings when in time', () => {
    const r = routeTimeline({ timeZone: tz, date: '2026-12-01', now: local('07:00'), engineer, stops: [stop('1'), stop('2')] });
    expect(r.etas[0].etaAt).toEqual(new Date(local('08:30').getTime() + travel * 60_000));
    expect(r.etas[1].etaAt).toEqual(new Date(local('08:30').getTime() + (travel + 60) * 60_000));
    expect(r.warnings).toEqual([]);
  });
  it('never starts before now; warns of a missed deadline and work past the shift end', () => {
    const r = routeTimeline({
      timeZone: tz,
      date: '2026-12-01',
      now: local('17:00'),
      engineer,
      stops: [stop('1', { deadlineAt: local('17:01') }), stop('2', { serviceMinutes: 120 })],
    });
    expect(r.warnings.map((w) => [w.visitId, w.kind])).toEqual([
      ['1', 'deadline'],
      ['2', 'shift'],
    ]);
    expect(r.warnings[0].message).toContain('晚于上门期限 17:01');
  });
  it('a deadline met exactly is no warning; a site without coordinates gets no estimate and a warning', () => {
    const eta = new Date(local('08:30').getTime() + travel * 60_000);
    const r = routeTimeline({
      timeZone: tz,
      date: '2026-12-01',
      now: local('07:00'),
      engineer,
      stops: [stop('0', { lat: null, lng: null }), stop('1', { deadlineAt: eta })],
    });
    expect(r.etas).toEqual([
      { visitId: '0', etaAt: null },
      { visitId: '1', etaAt: eta },
    ]);
    expect(r.warnings.map((w) => w.kind)).toEqual(['location']);
  });
});
