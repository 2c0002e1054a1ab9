import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan, evaluateRoute } from './check.js';
import { planRoutes } from './plan.js';
import { parseSolomon, parseSolomonSolution } from './solomon.js';

/** The Solomon instances kept in the repository (bench/data/solomon-100; SOLOMON_DIR overrides). */
const DIR = [process.env.SOLOMON_DIR, 'bench/data/solomon-100']
  .filter((d): d is string => !!d)
  .map((d) => resolve(d))
  .find((d) => existsSync(join(d, 'bks.csv')));
if (!DIR) throw new Error('Solomon data not found: set SOLOMON_DIR');
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
// bks.csv, min-distance rows (routes in the .sol files), truncated-to-0.1 distances
const BKS_TRUNC: Record<string, number> = { C101: 827.3, R101: 1637.7, RC101: 1619.8, C201: 589.1, R201: 1143.2, RC201: 1261.8 };
const INSTANCES = Object.keys(BKS_TRUNC);

describe('Solomon instances', () => {
  it('parses C101: 25 vehicles of 200, 100 customers, the depot window', () => {
    const { vehicles, capacity, problem } = parseSolomon(read('C101.txt'));
    expect([vehicles, capacity, problem.visits.length]).toEqual([25, 200, 100]);
    expect(problem.visits[4]).toMatchObject({ id: '5', place: 5, demand: 10, window: { earliest: 15, latest: 67 }, serviceTime: 90 });
    expect(problem.engineers[0]).toMatchObject({ home: 0, shiftStart: 0, shiftEnd: 1236, capacity: 200 });
  });

  it.each(INSTANCES)('%s: the best-known routes pass the checker with the published (truncated) distance', (name) => {
    const { problem } = parseSolomon(read(`${name}.txt`), { truncateDecimals: 1 });
    const routes = parseSolomonSolution(read(`${name}.sol`));
    let total = 0;
    const served = new Set<string>();
    routes.forEach((ids, k) => {
      const ev = evaluateRoute(problem, problem.engineers[k], ids);
      expect(ev.violations).toEqual([]);
      total += ev.distance;
      for (const id of ids) served.add(id);
    });
    expect(served.size).toBe(100);
    expect(total).toBeCloseTo(BKS_TRUNC[name], 6);
  });

  it('the checker catches the known RC101 defect under exact distances (customer 46 at 143.07 > 143)', () => {
    const { problem } = parseSolomon(read('RC101.txt'));
    const routes = parseSolomonSolution(read('RC101.sol'));
    const violations = routes.flatMap((ids, k) => evaluateRoute(problem, problem.engineers[k], ids).violations);
    expect(violations).toEqual([expect.objectContaining({ kind: 'late', visitId: '46', latest: 143 })]);
  });

  it.each(INSTANCES)('%s: every route the planner returns is feasible and every customer is served', (name) => {
    const { problem } = parseSolomon(read(`${name}.txt`));
    const r = planRoutes(problem, { objective: 'vehicles-then-distance', iterations: 25, seed: 3 });
    expect(checkPlan(problem, r.routes)).toEqual([]);
    expect(r.unassigned).toEqual([]);
    expect(r.routes.flatMap((x) => x.stops).length).toBe(100);
    expect(r.totalDistance).toBeCloseTo(
      r.routes.reduce(
        (s, x) =>
          s +
          evaluateRoute(
            problem,
            problem.engineers.find((e) => e.id === x.engineerId)!,
            x.stops.map((st) => st.visitId),
          ).distance,
        0,
      ),
      6,
    );
  });
});
