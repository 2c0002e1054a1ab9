import { describe, expect, it } from 'vitest';
import { planBoard, type BoardEngineer, type BoardVisit } from './plan-board.js';

const TZ = 'Asia/Shanghai';
const DATE = '2026-12-01';
const at = (hhmm: string) => new Date(`${DATE}T${hhmm}:00+08:00`);
const eng = (id: string, skills: string[], certs: { skill: string; validUntil: string }[], o: Partial<BoardEngineer> = {}): BoardEngineer => ({
  id,
  homeLat: 22.27,
  homeLng: 113.55,
  skills,
  certificates: certs.map((c) => ({ ...c, validFrom: '2025-01-01' })),
  shiftStart: '08:30',
  shiftEnd: '18:30',
  ...o,
});
const visit = (id: string, o: Partial<BoardVisit> = {}): BoardVisit => ({
  id,
  lat: 22.28,
  lng: 113.56,
  serviceMinutes: 60,
  requiredSkill: '冷柜',
  deadlineAt: null,
  ...o,
});

describe('plan board → route planner', () => {
  it('assigns by skill and valid certificate, in route order, arrivals after now and within the shift', () => {
    const plan = planBoard({
      timeZone: TZ,
      date: DATE,
      now: at('10:00'),
      engineers: [
        eng('cold', ['冷柜'], [{ skill: '冷柜', validUntil: '2027-01-01' }]),
        eng('oven', ['蒸烤箱'], [{ skill: '蒸烤箱', validUntil: '2027-01-01' }]),
      ],
      visits: [visit('a'), visit('b', { requiredSkill: '蒸烤箱', lat: 22.3 }), visit('c', { lat: 22.29 })],
    });
    expect(plan.unassigned).toEqual([]);
    const byVisit = Object.fromEntries(plan.assignments.map((a) => [a.visitId, a]));
    expect(byVisit.a.engineerId).toBe('cold');
    expect(byVisit.c.engineerId).toBe('cold');
    expect(byVisit.b.engineerId).toBe('oven');
    expect([byVisit.a.routeOrder, byVisit.c.routeOrder].sort()).toEqual([1, 2]);
    for (const a of plan.assignments) {
      expect(a.etaAt!.getTime()).toBeGreaterThanOrEqual(at('10:00').getTime());
      expect(a.etaAt!.getTime()).toBeLessThanOrEqual(at('18:30').getTime());
    }
  });

  it('an expired certificate, missing coordinates and an unreachable deadline are reported with reasons', () => {
    const plan = planBoard({
      timeZone: TZ,
      date: DATE,
      now: at('10:00'),
      engineers: [
        eng(
          'e',
          ['冷柜', '蒸烤箱'],
          [
            { skill: '冷柜', validUntil: '2027-01-01' },
            { skill: '蒸烤箱', validUntil: '2026-11-30' },
          ],
        ),
      ],
      visits: [
        visit('oven', { requiredSkill: '蒸烤箱' }),
        visit('nowhere', { lat: null, lng: null }),
        visit('far', { lat: 31.23, lng: 121.47, deadlineAt: at('11:00') }),
        visit('fine', { deadlineAt: at('12:00') }),
      ],
    });
    const reasons = Object.fromEntries(plan.unassigned.map((u) => [u.visitId, u.reason]));
    expect(reasons.oven).toContain('证书');
    expect(reasons.nowhere).toContain('坐标');
    expect(reasons.far).toContain('时限');
    expect(plan.assignments.map((a) => a.visitId)).toEqual(['fine']);
    expect(plan.assignments[0].etaAt!.getTime()).toBeLessThanOrEqual(at('12:00').getTime());
  });

  it('is deterministic for the same input', () => {
    const input = {
      timeZone: TZ,
      date: DATE,
      now: at('08:00'),
      engineers: [
        eng('x', ['冷柜'], [{ skill: '冷柜', validUntil: '2027-01-01' }]),
        eng('y', ['冷柜'], [{ skill: '冷柜', validUntil: '2027-01-01' }], { homeLat: 22.5 }),
      ],
      visits: Array.from({ length: 8 }, (_, i) => visit(`v${i}`, { lat: 22.2 + i * 0.04, lng: 113.5 + (i % 3) * 0.05 })),
    };
    expect(planBoard(input)).toEqual(planBoard(input));
  });

  it('keeps the dispatcher’s pinned visits on their engineer; a pinned visit that cannot fit stays there, flagged', () => {
    const engineers = [
      eng('near', ['冷柜'], [{ skill: '冷柜', validUntil: '2027-01-01' }]),
      eng('far', ['冷柜'], [{ skill: '冷柜', validUntil: '2027-01-01' }], { homeLat: 22.6, homeLng: 113.9 }),
    ];
    const base = { timeZone: TZ, date: DATE, now: at('08:00'), engineers };
    // Unpinned, the engineer at home next to the site takes it.
    const free = planBoard({ ...base, visits: [visit('p')] });
    expect(free.assignments.find((a) => a.visitId === 'p')?.engineerId).toBe('near');
    const pinned = planBoard({ ...base, visits: [visit('p', { pin: { engineerId: 'far', order: 1 } }), visit('q')] });
    expect(pinned.assignments.find((a) => a.visitId === 'p')?.engineerId).toBe('far');
    expect(pinned.unassigned).toEqual([]);
    // Pinned to an engineer without the certificate: the dispatcher's choice is kept, the reason is shown.
    const nocert = planBoard({
      ...base,
      engineers: [...engineers, eng('novice', ['冷柜'], [])],
      visits: [visit('p', { pin: { engineerId: 'novice', order: 1 } })],
    });
    expect(nocert.assignments).toEqual([{ visitId: 'p', engineerId: 'novice', routeOrder: 1, etaAt: null }]);
    expect(nocert.unassigned[0].reason).toMatch(/^已人工指定工程师\(保留\),但/);
  });
});
