import { describe, expect, it } from 'vitest';
import { checkPlan, evaluateRoute } from './check.js';
import { euclideanMatrix } from './matrix.js';
import type { RoutingEngineer, RoutingProblem, RoutingVisit } from './types.js';

// Places on a line: home 0 at x=0, sites at x = 10, 20, 30 (time = distance).
const matrix = euclideanMatrix([0, 10, 20, 30].map((x) => ({ x, y: 0 })));
const visit = (id: string, place: number, o: Partial<RoutingVisit> = {}): RoutingVisit => ({ id, place, serviceTime: 5, ...o });
const eng = (o: Partial<RoutingEngineer> = {}): RoutingEngineer => ({ id: 'e1', home: 0, shiftStart: 0, shiftEnd: 1000, ...o });
const problem = (visits: RoutingVisit[], engineers: RoutingEngineer[] = [eng()]): RoutingProblem => ({ matrix, visits, engineers });
const kinds = (p: RoutingProblem, ids: string[], e = p.engineers[0]) => evaluateRoute(p, e, ids).violations.map((v) => v.kind);

describe('evaluateRoute: feasibility at every boundary', () => {
  it.each([
    // [case, visit options, engineer options, expected violation kinds]
    ['no constraints', {}, {}, []],
    ['arrives exactly at the window end', { window: { earliest: 0, latest: 10 } }, {}, []],
    ['arrives just after the window end', { window: { earliest: 0, latest: 9.99 } }, {}, ['late']],
    ['arrives before the window: waits, fine', { window: { earliest: 50, latest: 60 } }, {}, []],
    ['arrives exactly at the deadline', { deadline: 10 }, {}, []],
    ['misses the deadline', { deadline: 9 }, {}, ['late']],
    ['deadline earlier than the window end decides', { window: { earliest: 0, latest: 100 }, deadline: 5 }, {}, ['late']],
    ['required skill held', { requiredSkill: 'boiler' }, { skills: ['boiler'] }, []],
    ['required skill missing', { requiredSkill: 'boiler' }, { skills: ['oven'] }, ['no_skill']],
    ['certificate valid at the start of service', { requiredCertification: 'C1' }, { certifications: [{ key: 'C1', validUntil: 10 }] }, []],
    [
      'certificate expires before the start of service',
      { requiredCertification: 'C1' },
      { certifications: [{ key: 'C1', validUntil: 9 }] },
      ['certificate_expired'],
    ],
    ['certificate without expiry', { requiredCertification: 'C1' }, { certifications: [{ key: 'C1' }] }, []],
    ['certificate not held', { requiredCertification: 'C1' }, { certifications: [{ key: 'C2' }] }, ['no_certification']],
    ['demand equals capacity', { demand: 10 }, { capacity: 10 }, []],
    ['demand over capacity', { demand: 11 }, { capacity: 10 }, ['capacity']],
    ['back home exactly at shift end', {}, { shiftEnd: 25 }, []],
    ['back home after shift end', {}, { shiftEnd: 24.9 }, ['shift_end']],
    ['pinned to another engineer', { allowedEngineers: ['e2'] }, {}, ['not_allowed']],
  ] as [string, Partial<RoutingVisit>, Partial<RoutingEngineer>, string[]][])('%s', (_name, vo, eo, expected) => {
    const p = problem([visit('a', 1, vo)], [eng(eo)]);
    expect(kinds(p, ['a'])).toEqual(expected);
  });

  it('computes arrivals, waits, departures, distance and a late departure from home', () => {
    const p = problem([visit('a', 1, { window: { earliest: 30, latest: 40 } }), visit('b', 3, { demand: 2 })]);
    const ev = evaluateRoute(p, p.engineers[0], ['a', 'b']);
    expect(ev.violations).toEqual([]);
    expect(ev.departure).toBe(20); // leaves at 20 to arrive at 30, no wait
    expect(ev.stops.map((s) => [s.visitId, s.arrival, s.start, s.departure, s.wait])).toEqual([
      ['a', 30, 30, 35, 0],
      ['b', 55, 55, 60, 0],
    ]);
    expect(ev.distance).toBe(60);
    expect(ev.returnAt).toBe(90);
    expect(ev.load).toBe(2);
  });

  it('capacity counts the whole route; a later window waits', () => {
    const p = problem([visit('a', 1, { demand: 6 }), visit('b', 2, { demand: 5, window: { earliest: 100, latest: 120 } })], [eng({ capacity: 10 })]);
    const ev = evaluateRoute(p, p.engineers[0], ['a', 'b']);
    expect(ev.violations.map((v) => v.kind)).toEqual(['capacity']);
    expect(ev.stops[1]).toMatchObject({ arrival: 25, start: 100, wait: 75 });
  });

  it('order matters: the second visit misses its deadline after a detour', () => {
    const p = problem([visit('far', 3), visit('near', 1, { deadline: 20 })]);
    expect(kinds(p, ['near', 'far'])).toEqual([]);
    expect(kinds(p, ['far', 'near'])).toEqual(['late']);
  });

  it('checkPlan flags a visit served twice and unknown visits', () => {
    const p = problem([visit('a', 1)], [eng(), eng({ id: 'e2' })]);
    const stops = (id: string) => [{ visitId: id, arrival: 0, start: 0, departure: 0, wait: 0, legDistance: 0, legTime: 0 }];
    expect(
      checkPlan(p, [
        { engineerId: 'e1', stops: stops('a') },
        { engineerId: 'e2', stops: stops('a') },
      ]).map((v) => v.kind),
    ).toEqual(['duplicate_visit']);
    expect(checkPlan(p, [{ engineerId: 'e1', stops: stops('zz') }]).map((v) => v.kind)).toEqual(['unknown_visit']);
  });
});
