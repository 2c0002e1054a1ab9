/** The Solomon VRPTW benchmark format: instances (`*.txt`) and best-known routes (`*.sol`) as planner input. Pure. */
import { euclideanMatrix } from './matrix.js';
import type { RoutingProblem } from './types.js';

export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  /** Customers as visits `1..n` (ids are the customer numbers), the depot is place 0; time = exact Euclidean distance. */
  problem: RoutingProblem;
}

/** Parse a Solomon instance: fleet size and capacity, then one row per customer (row 0 the depot). */
export function parseSolomon(text: string, o: { truncateDecimals?: number } = {}): SolomonInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const name = lines.find((l) => l.length) ?? '';
  const vIdx = lines.findIndex((l) => /^NUMBER\s+CAPACITY/i.test(l));
  if (vIdx < 0) throw new SyntaxError('not a Solomon instance: no VEHICLE section');
  const [vehicles, capacity] = lines[vIdx + 1].split(/\s+/).map(Number);
  const rows = lines
    .slice(vIdx + 2)
    .filter((l) => /^\d/.test(l))
    .map((l) => l.split(/\s+/).map(Number))
    .filter((r) => r.length >= 7);
  if (!rows.length || rows[0][0] !== 0) throw new SyntaxError('not a Solomon instance: no depot row');
  const matrix = euclideanMatrix(
    rows.map((r) => ({ x: r[1], y: r[2] })),
    { truncateDecimals: o.truncateDecimals },
  );
  const depot = rows[0];
  const visits = rows.slice(1).map((r, i) => ({
    id: String(r[0]),
    place: i + 1,
    demand: r[3],
    window: { earliest: r[4], latest: r[5] },
    serviceTime: r[6],
  }));
  const engineers = Array.from({ length: vehicles }, (_, k) => ({ id: `v${k + 1}`, home: 0, shiftStart: depot[4], shiftEnd: depot[5], capacity }));
  return { name, vehicles, capacity, problem: { matrix, visits, engineers } };
}

/** Parse a `.sol` file: `Route #1: 5 3 7 …` lines into lists of customer ids. */
export function parseSolomonSolution(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => /^Route\s*#\d+:/i.test(l.trim()))
    .map((l) => l.split(':')[1].trim().split(/\s+/).filter(Boolean));
}
