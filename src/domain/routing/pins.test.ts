import { describe, expect, it } from 'vitest';
import { checkPlan, evaluateRoute } from './check.js';
import { euclideanMatrix } from './matrix.js';
import { planRoutes, seededRandom } from './plan.js';
import { keepPinnedOrder, withPins } from './pins.js';
import type { RoutingEngineer, RoutingProblem, RoutingVisit } from './types.js';

const visit = (id: string, place: number, o: Partial<RoutingVisit> = {}): RoutingVisit => ({ id, place, serviceTime: 5, ...o });
const eng = (id: string, o: Partial<RoutingEngineer> = {}): RoutingEngineer => ({ id, home: 0, shiftStart: 0, shiftEnd: 1000, ...o });
// Places on a line: 0 (both homes), 10, 20, 30, 40.
const line = euclideanMatrix([0, 10, 20, 30, 40].map((x) => ({ x, y: 0 })));
const whoServes = (r: ReturnType<typeof planRoutes>) => Object.fromEntries(r.routes.flatMap((x) => x.stops.map((s) => [s.visitId, x.engineerId])));
const orderOf = (r: ReturnType<typeof planRoutes>, e: string) => r.routes.find((x) => x.engineerId === e)?.stops.map((s) => s.visitId) ?? [];

describe('fixed assignments (the dispatcher’s pins)', () => {
  it('a pin becomes an allowed list of one; a pin outside the allowed list allows nobody', () => {
    const p = withPins({
      matrix: line,
      engineers: [eng('a'), eng('b')],
      visits: [visit('x', 1, { pin: { engineerId: 'b' } }), visit('y', 2, { allowedEngineers: ['a'], pin: { engineerId: 'b' } })],
    });
    expect(p.visits.map((v) => v.allowedEngineers)).toEqual([['b'], []]);
  });

  it('keeps a pinned visit on its engineer even where another is closer, and plans the rest around it', () => {
    const p: RoutingProblem = {
      matrix: line,
      engineers: [eng('near'), eng('far', { home: 4 })],
      visits: [visit('pinned', 1, { pin: { engineerId: 'far' } }), visit('free', 1), visit('free2', 4)],
    };
    const r = planRoutes(p, { iterations: 100 });
    expect(r.unassigned).toEqual([]);
    expect(whoServes(r).pinned).toBe('far');
    expect(checkPlan(p, r.routes)).toEqual([]);
    // Unpinned, the planner sends the near engineer.
    const free = planRoutes({ ...p, visits: p.visits.map((v) => ({ ...v, pin: undefined })) }, { iterations: 100 });
    expect(whoServes(free).pinned).not.toBe('far');
  });

  it('keeps the dispatcher’s order among pinned visits when the route stays feasible, not when it would be late', () => {
    const visits = [visit('c', 3, { pin: { engineerId: 'e', order: 1 } }), visit('a', 1, { pin: { engineerId: 'e', order: 2 } }), visit('b', 2)];
    // Ending the day at place 4, the shortest route is a, b, c; the dispatcher put c before a.
    const p: RoutingProblem = { matrix: line, engineers: [eng('e', { end: 4 })], visits };
    expect(orderOf(planRoutes({ ...p, visits: visits.map((v) => ({ ...v, pin: undefined })) }, { iterations: 100 }), 'e')).toEqual(['a', 'b', 'c']);
    const r = planRoutes(p, { iterations: 100 });
    const order = orderOf(r, 'e');
    expect(order.indexOf('c')).toBeLessThan(order.indexOf('a'));
    expect(checkPlan(p, r.routes)).toEqual([]);
    // With a deadline on 'a' that the pinned order (c first: a at 30+5+20 = 55) would miss, feasibility wins.
    const tight: RoutingProblem = { ...p, visits: [visits[0], { ...visits[1], deadline: 15 }, visits[2]] };
    const t = planRoutes(tight, { iterations: 100 });
    expect(t.unassigned).toEqual([]);
    expect(orderOf(t, 'e')[0]).toBe('a');
    expect(checkPlan(tight, t.routes)).toEqual([]);
  });

  it('keepPinnedOrder leaves unpinned stops in their slots', () => {
    const p: RoutingProblem = {
      matrix: line,
      engineers: [eng('e')],
      visits: [visit('p1', 1, { pin: { engineerId: 'e', order: 2 } }), visit('x', 2), visit('p2', 3, { pin: { engineerId: 'e', order: 1 } })],
    };
    expect(keepPinnedOrder(p, p.engineers[0], ['p1', 'x', 'p2'])).toEqual(['p2', 'x', 'p1']);
    expect(evaluateRoute(p, p.engineers[0], ['p2', 'x', 'p1']).violations).toEqual([]);
  });

  it('feasibility on random instances: every route respects windows, skills and capacity; every served pin is on its engineer', () => {
    const rnd = seededRandom(7);
    for (let trial = 0; trial < 25; trial++) {
      const pts = Array.from({ length: 12 }, () => ({ x: Math.round(rnd() * 100), y: Math.round(rnd() * 100) }));
      const matrix = euclideanMatrix(pts);
      const engineers = ['e0', 'e1', 'e2'].map((id, k) => eng(id, { home: k, shiftEnd: 600, capacity: 40, skills: k === 2 ? ['s'] : [] }));
      const visits = Array.from({ length: 9 }, (_, i) => {
        const earliest = Math.round(rnd() * 200);
        const pinned = rnd() < 0.4 ? { pin: { engineerId: `e${Math.floor(rnd() * 3)}`, order: i } } : {};
        return visit(`v${i}`, 3 + i, { demand: 5, window: { earliest, latest: earliest + 150 }, ...(rnd() < 0.2 ? { requiredSkill: 's' } : {}), ...pinned });
      });
      const p: RoutingProblem = { matrix, engineers, visits };
      const r = planRoutes(p, { iterations: 60, seed: trial });
      expect(checkPlan(p, r.routes)).toEqual([]);
      const who = whoServes(r);
      for (const v of visits) if (v.pin && who[v.id]) expect(who[v.id]).toBe(v.pin.engineerId);
      expect(Object.keys(who).length + r.unassigned.length).toBe(visits.length);
    }
  });
});
