/**
 * Bench section "routing" — the field-service route planner (VRPTW, src/domain/routing) on the Solomon 100-customer
 * instances in bench/data/solomon-100: per instance the vehicles and distance reached (exact Euclidean,
 * vehicles then distance), the gap to the best-known distance of the same convention (bks.csv, SINTEF hierarchical
 * rows) and to the min-distance rows, the seconds taken, and a re-check by the independent checker.
 * BENCH_ROUTING_MS: time limit per instance (default 10000); BENCH_ROUTING_INSTANCES: a comma list (default all six);
 * BENCH_ROUTING_SEED (default 1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkPlan, parseSolomon, planRoutes } from '../../src/domain/routing/index.js';

const MS = Number(process.env.BENCH_ROUTING_MS ?? 10_000);
const SEED = Number(process.env.BENCH_ROUTING_SEED ?? 1);
const NAMES = (process.env.BENCH_ROUTING_INSTANCES ?? 'C101,C201,R101,R201,RC101,RC201').split(',').map((s) => s.trim());

export function solomonDir() {
  const dir = [process.env.SOLOMON_DIR, 'bench/data/solomon-100']
    .filter((d): d is string => !!d)
    .map((d) => resolve(d))
    .find((d) => existsSync(join(d, 'bks.csv')));
  if (!dir) throw new Error('Solomon data not found: set SOLOMON_DIR');
  return dir;
}

/** bks.csv: per instance the hierarchical (vehicles, distance; exact Euclidean) and the min-distance row. */
function readBks(dir: string) {
  const out: Record<string, { vehicles?: number; distance?: number; minDistance?: number; minDistanceVehicles?: number }> = {};
  for (const line of readFileSync(join(dir, 'bks.csv'), 'utf8').split(/\r?\n/).slice(1)) {
    const [name, , objective, vehicles, distance] = line.split(',');
    if (!name) continue;
    const row = (out[name] ??= {});
    if (objective.startsWith('hierarchical')) Object.assign(row, { vehicles: Number(vehicles), distance: Number(distance) });
    else Object.assign(row, { minDistance: Number(distance), minDistanceVehicles: Number(vehicles) });
  }
  return out;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export async function run() {
  const dir = solomonDir();
  const bks = readBks(dir);
  const instances = [];
  for (const name of NAMES) {
    const { problem } = parseSolomon(readFileSync(join(dir, `${name}.txt`), 'utf8'));
    const t0 = performance.now();
    const r = planRoutes(problem, { objective: 'vehicles-then-distance', timeLimitMs: MS, seed: SEED });
    const seconds = (performance.now() - t0) / 1000;
    const b = bks[name] ?? {};
    instances.push({
      instance: name,
      vehicles: r.vehicles,
      distance: round(r.totalDistance),
      bksVehicles: b.vehicles,
      bksDistance: b.distance,
      gapPct: b.distance ? round((100 * (r.totalDistance - b.distance)) / b.distance) : null,
      /** Against the min-distance BKS (truncated to 0.1, often with more vehicles). */
      gapToMinDistancePct: b.minDistance ? round((100 * (r.totalDistance - b.minDistance)) / b.minDistance) : null,
      unassigned: r.unassigned.length,
      feasible: checkPlan(problem, r.routes).length === 0,
      iterations: r.iterations,
      seconds: round(seconds),
    });
  }
  const gaps = instances.map((i) => i.gapPct ?? 0);
  return { timeLimitMs: MS, seed: SEED, instances, meanGapPct: round(gaps.reduce((s, g) => s + g, 0) / Math.max(1, gaps.length)) };
}
