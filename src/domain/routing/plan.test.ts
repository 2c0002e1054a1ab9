import { describe, expect, it } from 'vitest';
import { checkPlan, evaluateRoute } from './check.js';
import { euclideanMatrix, greatCircleMatrix } from './matrix.js';
import { planRoutes, seededRandom } from './plan.js';
import type { PlanResult, RoutingEngineer, RoutingObjective, RoutingProblem, RoutingVisit } from './types.js';

const visit = (id: string, place: number, o: Partial<RoutingVisit> = {}): RoutingVisit => ({ id, place, serviceTime: 5, ...o });
const eng = (id: string, o: Partial<RoutingEngineer> = {}): RoutingEngineer => ({ id, home: 0, shiftStart: 0, shiftEnd: 1000, ...o });
const line = euclideanMatrix([0, 10, 20, 30, 40].map((x) => ({ x, y: 0 })));
const served = (r: PlanResult) => r.routes.flatMap((x) => x.stops.map((s) => s.visitId)).sort();

describe('planRoutes on hand-made cases', () => {
  it('serves everything on one route in the natural order and reports times and distance', () => {
    const p: RoutingProblem = { matrix: line, visits: [visit('c', 3), visit('a', 1), visit('b', 2)], engineers: [eng('e1')] };
    const r = planRoutes(p, { iterations: 50 });
    expect(r.unassigned).toEqual([]);
    expect(r.routes).toHaveLength(1);
    expect(r.totalDistance).toBe(60);
    expect(checkPlan(p, r.routes)).toEqual([]);
  });

  it.each([
    ['no_skill', { requiredSkill: 'boiler' }, {}],
    ['no_certification', { requiredCertification: 'C1' }, {}],
    ['no_certification', { requiredCertification: 'C1' }, { certifications: [{ key: 'C1', validUntil: 5 }] }],
    ['capacity', { demand: 20 }, { capacity: 10 }],
    ['window_unreachable', { window: { earliest: 0, latest: 5 } }, {}],
    ['window_unreachable', { deadline: 29 }, {}],
    ['window_unreachable', {}, { shiftEnd: 59 }],
    ['not_allowed', { allowedEngineers: ['nobody'] }, {}],
  ] as [string, Partial<RoutingVisit>, Partial<RoutingEngineer>][])('an impossible visit is unassigned with reason %s', (reason, vo, eo) => {
    const p: RoutingProblem = { matrix: line, visits: [visit('x', 3, vo), visit('ok', 1)], engineers: [eng('e1', eo)] };
    const r = planRoutes(p, { iterations: 20 });
    expect(r.unassigned).toEqual([{ visitId: 'x', reason }]);
    expect(served(r)).toEqual(['ok']);
  });

  it('two visits with the same tight window and one engineer: one served, the other has no room', () => {
    const p: RoutingProblem = {
      matrix: line,
      visits: [visit('a', 1, { window: { earliest: 10, latest: 10 } }), visit('b', 2, { window: { earliest: 20, latest: 20 } })],
      engineers: [eng('e1')],
    };
    const r = planRoutes(p, { iterations: 50 });
    expect(r.routes.flatMap((x) => x.stops)).toHaveLength(1);
    expect(r.unassigned[0].reason).toBe('no_room');
  });

  it('sends the skilled engineer and respects the certificate expiry', () => {
    const p: RoutingProblem = {
      matrix: line,
      visits: [visit('boiler', 2, { requiredSkill: 'boiler' }), visit('oven', 2, { requiredCertification: 'OV' })],
      engineers: [eng('a', { skills: ['boiler'], certifications: [{ key: 'OV', validUntil: 10 }] }), eng('b', { home: 4, certifications: [{ key: 'OV' }] })],
    };
    const r = planRoutes(p, { iterations: 100 });
    const who = Object.fromEntries(r.routes.flatMap((x) => x.stops.map((s) => [s.visitId, x.engineerId])));
    expect(who).toEqual({ boiler: 'a', oven: 'b' });
    expect(checkPlan(p, r.routes)).toEqual([]);
  });

  it('uses fewer engineers under vehicles-then-distance, the shortest distance otherwise', () => {
    // Two engineers at opposite ends; two visits near each end; one engineer could do both.
    const p: RoutingProblem = { matrix: line, visits: [visit('a', 1), visit('b', 3)], engineers: [eng('w'), eng('e', { home: 4 })] };
    expect(planRoutes(p, { iterations: 100 }).vehicles).toBe(2);
    expect(planRoutes(p, { iterations: 100, objective: 'vehicles-then-distance' }).vehicles).toBe(1);
  });

  it('plans real sites on a great-circle matrix in minutes', () => {
    const sites = [
      { lat: 31.23, lng: 121.47 }, // base, Shanghai
      { lat: 31.3, lng: 121.5 },
      { lat: 31.1, lng: 121.4 },
      { lat: 31.25, lng: 121.6 },
    ];
    const p: RoutingProblem = {
      matrix: greatCircleMatrix(sites, { speedKmh: 30 }),
      visits: [visit('a', 1, { serviceTime: 60, deadline: 8 * 60 }), visit('b', 2, { serviceTime: 60 }), visit('c', 3, { serviceTime: 45 })],
      engineers: [eng('e1', { shiftStart: 8 * 60, shiftEnd: 17 * 60 })],
    };
    const r = planRoutes(p, { iterations: 50 });
    expect(r.unassigned).toEqual([{ visitId: 'a', reason: 'window_unreachable' }]); // cannot be on site before 08:00
    expect(checkPlan(p, r.routes)).toEqual([]);
    expect(r.routes[0].departure).toBeGreaterThanOrEqual(8 * 60);
  });

  it('the same seed gives the same plan; an empty problem gives an empty plan', () => {
    const p = randomProblem(7, 30, 4);
    expect(planRoutes(p, { seed: 5, iterations: 150 })).toEqual(planRoutes(p, { seed: 5, iterations: 150 }));
    expect(planRoutes({ matrix: line, visits: [], engineers: [eng('e')] }, {})).toMatchObject({ routes: [], unassigned: [], vehicles: 0 });
    expect(planRoutes({ matrix: line, visits: [visit('a', 1)], engineers: [] }, {}).unassigned).toEqual([{ visitId: 'a', reason: 'no_skill' }]);
  });

  it.each([
    ['a visit outside the matrix', [visit('a', 9)], [eng('e')]],
    ['a duplicate visit id', [visit('a', 1), visit('a', 2)], [eng('e')]],
    ['a negative service time', [visit('a', 1, { serviceTime: -1 })], [eng('e')]],
    ['a home outside the matrix', [visit('a', 1)], [eng('e', { home: -1 })]],
  ] as [string, RoutingVisit[], RoutingEngineer[]][])('refuses %s', (_name, visits, engineers) => {
    expect(() => planRoutes({ matrix: line, visits, engineers })).toThrow(RangeError);
  });

  it('stops at the time limit', () => {
    let t = 0;
    const r = planRoutes(randomProblem(3, 30, 4), { timeLimitMs: 100, clock: () => (t += 10) });
    expect(r.iterations).toBeLessThan(20);
  });
});

/** A random instance: sites in a 100×100 square, windows, skills, certificates, capacity, 2–3 engineers. */
function randomProblem(seed: number, n: number, m: number): RoutingProblem {
  const rnd = seededRandom(seed);
  const pts = Array.from({ length: n + m }, () => ({ x: Math.round(rnd() * 100), y: Math.round(rnd() * 100) }));
  const visits = Array.from({ length: n }, (_, i): RoutingVisit => {
    const e = Math.round(rnd() * 300);
    return visit(`v${i}`, m + i, {
      serviceTime: 10 + Math.round(rnd() * 20),
      demand: 1 + Math.floor(rnd() * 4),
      window: rnd() < 0.7 ? { earliest: e, latest: e + 40 + Math.round(rnd() * 150) } : undefined,
      deadline: rnd() < 0.2 ? 150 + Math.round(rnd() * 200) : undefined,
      requiredSkill: rnd() < 0.3 ? 'hv' : undefined,
      requiredCertification: rnd() < 0.2 ? 'gas' : undefined,
    });
  });
  const engineers = Array.from({ length: m }, (_, k) =>
    eng(`e${k}`, {
      home: k,
      shiftStart: 0,
      shiftEnd: 400 + Math.round(rnd() * 100),
      capacity: 6 + Math.floor(rnd() * 6),
      skills: rnd() < 0.5 ? ['hv'] : [],
      certifications: rnd() < 0.6 ? [{ key: 'gas', validUntil: rnd() < 0.5 ? 200 : undefined }] : [],
    }),
  );
  return { matrix: euclideanMatrix(pts), visits, engineers };
}

/** Exhaustive search with the independent checker: the lexicographic optimum (unassigned, [vehicles,] cost). */
function bruteForce(p: RoutingProblem, objective: RoutingObjective) {
  const n = p.visits.length;
  let best: [number, number, number] = [Number.POSITIVE_INFINITY, 0, 0];
  const better = (a: [number, number, number], b: [number, number, number]) =>
    a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2] - 1e-9)));
  const walk = (k: number, route: string[], used: Set<string>, vehicles: number, cost: number) => {
    if (k === p.engineers.length) {
      const key: [number, number, number] = [n - used.size, objective === 'vehicles-then-distance' ? vehicles : 0, cost];
      if (better(key, best)) best = key;
      return;
    }
    // close this engineer's route (only when it gets back in time)
    const ev = evaluateRoute(p, p.engineers[k], route);
    if (!ev.violations.length)
      walk(k + 1, [], used, vehicles + (route.length ? 1 : 0), cost + (route.length ? (objective === 'time' ? ev.travelTime : ev.distance) : 0));
    for (const v of p.visits) {
      if (used.has(v.id)) continue;
      const next = [...route, v.id];
      // prefix feasibility: windows, skills, certificates and load only get worse as a route grows
      if (evaluateRoute(p, p.engineers[k], next).violations.some((x) => x.kind !== 'shift_end')) continue;
      used.add(v.id);
      walk(k, next, used, vehicles, cost);
      used.delete(v.id);
    }
  };
  walk(0, [], new Set(), 0, 0);
  return best;
}

describe('planRoutes is optimal on tiny instances (brute-force enumeration)', () => {
  const cases = Array.from({ length: 12 }, (_, i) => [100 + i, 5 + (i % 3), 2 + (i % 2), i % 4 === 3 ? 'vehicles-then-distance' : 'distance'] as const);
  it.each(cases)('seed %i: %i visits, %i engineers, %s', (seed, n, m, objective) => {
    const p = randomProblem(seed, n, m);
    const r = planRoutes(p, { seed, iterations: 400, objective });
    expect(checkPlan(p, r.routes)).toEqual([]);
    expect(served(r).length + r.unassigned.length).toBe(n);
    const [missed, vehicles, cost] = bruteForce(p, objective);
    expect(r.unassigned.length).toBe(missed);
    if (objective === 'vehicles-then-distance') expect(r.vehicles).toBe(vehicles);
    expect(r.totalDistance).toBeCloseTo(cost, 6);
  });
});
