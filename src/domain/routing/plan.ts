/**
 * The route planner (VRPTW with skills, certificates, deadlines, capacity and shifts). Pure and deterministic for a
 * seed (unless a time limit cuts the search short).
 *
 * Construction by regret insertion, then adaptive large neighbourhood search (ALNS): ruin (random, worst, related,
 * whole route) and recreate (greedy with noise, regret-2, regret-3), simulated-annealing acceptance. For the
 * `vehicles-then-distance` objective a route-elimination phase first empties the smallest route and searches for a
 * plan that serves its visits elsewhere, without opening new routes. Insertion is checked in O(1) per position with
 * forward departure times and backward latest starts of each route.
 */
import { certificateValidUntil, evaluateRoute, latestStart, qualification } from './check.js';
import type { PlannedRoute, PlanOptions, PlanResult, RoutingProblem, UnassignedReason } from './types.js';
import { keepPinnedOrder, withPins } from './pins.js';

const INF = Number.POSITIVE_INFINITY;
const EPS = 1e-9;

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Route {
  k: number;
  seq: number[];
  load: number;
  cost: number;
  /** Departure time after each position. */
  dep: number[];
  /** Latest arrival at each position that keeps the rest of the route feasible. */
  z: number[];
}

interface Sol {
  routes: Route[];
  unassigned: number[];
  cost: number;
}

/** The compiled problem: flat arrays for the search. */
class Model {
  readonly n: number;
  readonly m: number;
  readonly place: Int32Array;
  readonly early: Float64Array;
  readonly service: Float64Array;
  readonly demand: Float64Array;
  /** latest[v * m + k]: latest start of v for engineer k (window, deadline, certificate); -∞ when k may not take v. */
  readonly latest: Float64Array;
  readonly home: Int32Array;
  readonly endPlace: Int32Array;
  readonly shiftStart: Float64Array;
  readonly shiftEnd: Float64Array;
  readonly capacity: Float64Array;
  readonly cost: number[][];
  readonly time: number[][];
  readonly vehicleCost: number;
  /** Cost of an unserved visit: prohibitive, except while eliminating a route (then a little over two legs). */
  missCost: number;
  readonly hardMissCost: number;
  readonly softMissCost: number;
  /** Engineers alike in everything the planner reads share a type: one empty route of a type stands for all. */
  readonly type: Int32Array;

  constructor(
    readonly p: RoutingProblem,
    readonly objective: NonNullable<PlanOptions['objective']>,
  ) {
    const { visits, engineers, matrix } = p;
    this.n = visits.length;
    this.m = engineers.length;
    this.place = Int32Array.from(visits.map((v) => v.place));
    this.early = Float64Array.from(visits.map((v) => v.window?.earliest ?? Number.NEGATIVE_INFINITY));
    this.service = Float64Array.from(visits.map((v) => v.serviceTime));
    this.demand = Float64Array.from(visits.map((v) => v.demand ?? 0));
    this.latest = new Float64Array(this.n * this.m);
    visits.forEach((v, i) =>
      engineers.forEach((e, k) => {
        const cert = certificateValidUntil(v, e);
        // the certificate must be valid at the start of service, which is never before the window opens
        const ok = !qualification(v, e) && (v.window?.earliest ?? Number.NEGATIVE_INFINITY) <= cert;
        this.latest[i * this.m + k] = ok ? Math.min(latestStart(v), cert) : Number.NEGATIVE_INFINITY;
      }),
    );
    this.home = Int32Array.from(engineers.map((e) => e.home));
    this.endPlace = Int32Array.from(engineers.map((e) => e.end ?? e.home));
    this.shiftStart = Float64Array.from(engineers.map((e) => e.shiftStart));
    this.shiftEnd = Float64Array.from(engineers.map((e) => e.shiftEnd));
    this.capacity = Float64Array.from(engineers.map((e) => e.capacity ?? INF));
    const types = new Map<string, number>();
    const pinned = visits.some((v) => v.allowedEngineers);
    this.type = Int32Array.from(
      engineers.map((e) => {
        const key = JSON.stringify([
          e.home,
          e.end ?? e.home,
          e.shiftStart,
          e.shiftEnd,
          e.capacity ?? null,
          [...(e.skills ?? [])].sort(),
          e.certifications ?? [],
          pinned ? e.id : null,
        ]);
        if (!types.has(key)) types.set(key, types.size);
        return types.get(key)!;
      }),
    );
    this.cost = objective === 'time' ? matrix.time : matrix.distance;
    this.time = matrix.time;
    let maxLeg = 0;
    for (const row of this.cost) for (const d of row) if (Number.isFinite(d)) maxLeg = Math.max(maxLeg, d);
    const scale = 2 * Math.max(1, maxLeg) * (this.n + 2);
    this.vehicleCost = objective === 'vehicles-then-distance' ? scale : 0;
    this.hardMissCost = scale * 1000;
    this.softMissCost = 2 * Math.max(1, maxLeg) + 1;
    this.missCost = this.hardMissCost;
  }

  /** Recompute a route's load, cost, departures and latest starts. */
  refresh(r: Route) {
    const { seq, k } = r;
    const len = seq.length;
    const m = this.m;
    r.dep.length = len;
    r.z.length = len;
    let prev = this.home[k];
    let t = this.shiftStart[k];
    let cost = 0;
    let load = 0;
    for (let i = 0; i < len; i++) {
      const v = seq[i];
      const pv = this.place[v];
      const a = t + this.time[prev][pv];
      t = Math.max(a, this.early[v]) + this.service[v];
      r.dep[i] = t;
      cost += this.cost[prev][pv];
      load += this.demand[v];
      prev = pv;
    }
    const end = this.endPlace[k];
    cost += len ? this.cost[prev][end] : 0;
    let z = this.shiftEnd[k];
    let next = end;
    for (let i = len - 1; i >= 0; i--) {
      const v = seq[i];
      const pv = this.place[v];
      // latest arrival at v: its own latest, and starting (after any wait) early enough for the rest
      const room = z - this.time[pv][next] - this.service[v];
      z = this.early[v] > room + EPS ? Number.NEGATIVE_INFINITY : Math.min(this.latest[v * m + k], room);
      r.z[i] = z;
      next = pv;
    }
    r.cost = cost + (len ? this.vehicleCost : 0);
    r.load = load;
  }

  /** Best insertion of v into r: [added cost, position] or null; `open` allows using an empty route. */
  bestInsertion(r: Route, v: number, open: boolean): [number, number] | null {
    const c = this.insert(r, v, open);
    return c === INF ? null : [c, this.pos];
  }

  /** Position of the last `insert`. */
  pos = -1;

  /** The added cost of the best insertion of v into r (∞ when none), its position in `this.pos`. */
  insert(r: Route, v: number, open: boolean): number {
    const k = r.k;
    const m = this.m;
    const lv = this.latest[v * m + k];
    if (lv === Number.NEGATIVE_INFINITY) return INF;
    if (r.load + this.demand[v] > this.capacity[k] + EPS) return INF;
    const len = r.seq.length;
    if (!len && !open) return INF;
    const pv = this.place[v];
    const ev = this.early[v];
    const sv = this.service[v];
    let best = INF;
    let bestPos = -1;
    let prev = this.home[k];
    let dep = this.shiftStart[k];
    for (let i = 0; i <= len; i++) {
      const a = dep + this.time[prev][pv];
      if (a > lv + EPS) break; // later positions only arrive later
      const next = i < len ? this.place[r.seq[i]] : this.endPlace[k];
      const zNext = i < len ? r.z[i] : this.shiftEnd[k];
      const an = Math.max(a, ev) + sv + this.time[pv][next];
      if (an <= zNext + EPS) {
        const delta = this.cost[prev][pv] + this.cost[pv][next] - (i < len || len ? this.cost[prev][next] : 0);
        if (delta < best - EPS) {
          best = delta;
          bestPos = i;
        }
      }
      if (i < len) {
        prev = this.place[r.seq[i]];
        dep = r.dep[i];
      }
    }
    if (bestPos < 0) return INF;
    this.pos = bestPos;
    return best + (len ? 0 : this.vehicleCost);
  }

  newRoute(k: number): Route {
    return { k, seq: [], load: 0, cost: 0, dep: [], z: [] };
  }

  total(s: Sol) {
    let c = s.unassigned.length * this.missCost;
    for (const r of s.routes) c += r.cost;
    s.cost = c;
    return c;
  }
}

const cloneRoute = (r: Route): Route => ({ k: r.k, seq: [...r.seq], load: r.load, cost: r.cost, dep: [...r.dep], z: [...r.z] });
const cloneSol = (s: Sol): Sol => ({ routes: s.routes.map(cloneRoute), unassigned: [...s.unassigned], cost: s.cost });

/**
 * Insert the unassigned visits: regret-`k` (k = 1 is greedy cheapest insertion), costs perturbed by `noise`.
 * `open[k]` says whether engineer k's route may be started when empty.
 */
function recreate(M: Model, s: Sol, regret: number, noise: number, rnd: () => number, open: boolean[]) {
  const R = s.routes.length;
  const pending = [...s.unassigned].sort((a, b) => a - b);
  const P = pending.length;
  // cost[i * R + r], pos[i * R + r]: best insertion of pending[i] into route r (cost ∞ when none)
  const cost = new Float64Array(P * R);
  const pos = new Int32Array(P * R);
  const alive = new Uint8Array(P).fill(1);
  // Only one empty route per engineer type is tried (the others would cost the same).
  const seenType = new Set<number>();
  const active = new Uint8Array(R);
  for (let r = 0; r < R; r++) {
    const route = s.routes[r];
    if (route.seq.length || !open[route.k]) active[r] = 1;
    else if (!seenType.has(M.type[route.k])) {
      seenType.add(M.type[route.k]);
      active[r] = 1;
    }
  }
  const column = (r: number) => {
    const route = s.routes[r];
    const isOpen = open[route.k];
    for (let i = 0; i < P; i++) {
      if (!alive[i]) continue;
      cost[i * R + r] = active[r] ? M.insert(route, pending[i], isOpen) : INF;
      pos[i * R + r] = M.pos;
    }
  };
  for (let r = 0; r < R; r++) column(r);
  const failed: number[] = [];
  for (let left = P; left > 0; left--) {
    let pick = -1;
    let pickScore = -INF;
    let pickRoute = -1;
    for (let i = 0; i < P; i++) {
      if (!alive[i]) continue;
      let b1 = INF;
      let b2 = INF;
      let b3 = INF;
      let bestR = -1;
      for (let r = 0; r < R; r++) {
        let c = cost[i * R + r];
        if (c === INF) continue;
        if (noise) c *= 1 + noise * (2 * rnd() - 1);
        if (c < b1) {
          b3 = b2;
          b2 = b1;
          b1 = c;
          bestR = r;
        } else if (c < b2) {
          b3 = b2;
          b2 = c;
        } else if (c < b3) b3 = c;
      }
      if (bestR < 0) continue;
      let score: number;
      if (regret <= 1) score = -b1;
      else {
        const r2 = (b2 === INF ? M.missCost : b2) - b1;
        const r3 = regret >= 3 ? (b3 === INF ? M.missCost : b3) - b1 : 0;
        score = (r2 + r3) * 1e3 - b1 * 1e-3; // regret first, then cheaper
      }
      if (score > pickScore + EPS) {
        pickScore = score;
        pick = i;
        pickRoute = bestR;
      }
    }
    if (pick < 0) break;
    alive[pick] = 0;
    const route = s.routes[pickRoute];
    const wasEmpty = !route.seq.length;
    route.seq.splice(pos[pick * R + pickRoute], 0, pending[pick]);
    M.refresh(route);
    column(pickRoute);
    if (wasEmpty) {
      // the next empty route of the same type stands in
      for (let r = 0; r < R; r++) {
        const o = s.routes[r];
        if (!active[r] && !o.seq.length && M.type[o.k] === M.type[route.k]) {
          active[r] = 1;
          column(r);
          break;
        }
      }
    }
  }
  for (let i = 0; i < P; i++) if (alive[i]) failed.push(pending[i]);
  s.unassigned = failed;
  M.total(s);
}

type Destroy = (M: Model, s: Sol, q: number, rnd: () => number) => void;

function removeVisits(M: Model, s: Sol, victims: Set<number>) {
  for (const r of s.routes) {
    const before = r.seq.length;
    r.seq = r.seq.filter((v) => !victims.has(v));
    if (r.seq.length !== before) M.refresh(r);
  }
  s.unassigned.push(...victims);
}

const assignedOf = (s: Sol) => s.routes.flatMap((r) => r.seq);

const randomRemoval: Destroy = (M, s, q, rnd) => {
  const all = assignedOf(s);
  const victims = new Set<number>();
  while (victims.size < Math.min(q, all.length)) victims.add(all[Math.floor(rnd() * all.length)]);
  removeVisits(M, s, victims);
};

/** Remove the visits whose removal saves the most (with randomisation, Ropke & Pisinger's p = 3). */
const worstRemoval: Destroy = (M, s, q, rnd) => {
  const saving: [number, number][] = [];
  for (const r of s.routes) {
    const k = r.k;
    for (let i = 0; i < r.seq.length; i++) {
      const prev = i ? M.place[r.seq[i - 1]] : M.home[k];
      const next = i < r.seq.length - 1 ? M.place[r.seq[i + 1]] : M.endPlace[k];
      const p = M.place[r.seq[i]];
      saving.push([M.cost[prev][p] + M.cost[p][next] - M.cost[prev][next], r.seq[i]]);
    }
  }
  saving.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const victims = new Set<number>();
  while (victims.size < Math.min(q, saving.length)) {
    const idx = Math.floor(rnd() ** 3 * saving.length);
    victims.add(saving[idx][1]);
    saving.splice(idx, 1);
  }
  removeVisits(M, s, victims);
};

/** Shaw removal: visits close in place and time to a random seed visit. */
const relatedRemoval: Destroy = (M, s, q, rnd) => {
  const all = assignedOf(s);
  if (!all.length) return;
  const start = new Map<number, number>();
  for (const r of s.routes) r.seq.forEach((v, i) => start.set(v, r.dep[i] - M.service[v]));
  const seed = all[Math.floor(rnd() * all.length)];
  const ps = M.place[seed];
  const rel = (v: number) => M.cost[ps][M.place[v]] + 0.2 * Math.abs((start.get(v) ?? 0) - (start.get(seed) ?? 0));
  const sorted = all.filter((v) => v !== seed).sort((a, b) => rel(a) - rel(b) || a - b);
  const victims = new Set<number>([seed]);
  while (victims.size < Math.min(q, all.length) && sorted.length) {
    const idx = Math.floor(rnd() ** 4 * sorted.length);
    victims.add(sorted[idx]);
    sorted.splice(idx, 1);
  }
  removeVisits(M, s, victims);
};

/** Remove one whole short route (favouring the shortest) plus a few random visits. */
const routeRemoval: Destroy = (M, s, q, rnd) => {
  const used = s.routes.filter((r) => r.seq.length).sort((a, b) => a.seq.length - b.seq.length || a.k - b.k);
  if (!used.length) return;
  const r = used[Math.floor(rnd() ** 2 * used.length)];
  const victims = new Set<number>(r.seq);
  removeVisits(M, s, victims);
  if (victims.size < q) randomRemoval(M, s, Math.max(1, Math.floor((q - victims.size) / 2)), rnd);
};

const DESTROYS: Destroy[] = [randomRemoval, worstRemoval, relatedRemoval, routeRemoval];
const REPAIRS: [number, number][] = [
  [1, 0],
  [1, 0.2],
  [2, 0],
  [2, 0.1],
  [3, 0],
];

/** Relocate and swap within and between routes until no move improves (first improvement, deterministic order). */
function localSearch(M: Model, s: Sol, open: boolean[]) {
  let improved = true;
  let rounds = 0;
  while (improved && rounds++ < 50) {
    improved = false;
    for (const from of s.routes) {
      for (let i = 0; i < from.seq.length; i++) {
        const v = from.seq[i];
        const oldCost = from.cost;
        const without = cloneRoute(from);
        without.seq.splice(i, 1);
        M.refresh(without);
        const gain = oldCost - without.cost;
        let bestTo = -1;
        let bestPos = -1;
        let bestDelta = gain - EPS;
        for (let t = 0; t < s.routes.length; t++) {
          const to = s.routes[t] === from ? without : s.routes[t];
          const o = M.bestInsertion(to, v, open[to.k]);
          if (o && o[0] < bestDelta) {
            bestDelta = o[0];
            bestTo = t;
            bestPos = o[1];
          }
        }
        if (bestTo < 0) continue;
        const to = s.routes[bestTo] === from ? without : s.routes[bestTo];
        to.seq.splice(bestPos, 0, v);
        M.refresh(to);
        if (to !== without) {
          from.seq = without.seq;
          M.refresh(from);
        } else {
          Object.assign(from, without);
        }
        improved = true;
        i--;
      }
    }
    if (twoOptStar(M, s)) improved = true;
  }
  M.total(s);
}

/**
 * 2-opt*: swap the tails of two routes of engineers alike (same type: the latest arrivals then hold for either),
 * checked in O(1) per pair of cuts with departures and latest arrivals; the best improving exchange per pair of
 * routes is applied. True when something improved.
 */
function twoOptStar(M: Model, s: Sol): boolean {
  let any = false;
  const R = s.routes.length;
  for (let x = 0; x < R; x++) {
    for (let y = x + 1; y < R; y++) {
      const r1 = s.routes[x];
      const r2 = s.routes[y];
      if (M.type[r1.k] !== M.type[r2.k] || (!r1.seq.length && !r2.seq.length)) continue;
      const k = r1.k;
      const home = M.home[k];
      const end = M.endPlace[k];
      const cap = M.capacity[k];
      const n1 = r1.seq.length;
      const n2 = r2.seq.length;
      let bestDelta = -EPS;
      let bi = -2;
      let bj = -2;
      let pre1 = 0;
      for (let i = -1; i < n1; i++) {
        if (i >= 0) pre1 += M.demand[r1.seq[i]];
        const p1 = i >= 0 ? M.place[r1.seq[i]] : home;
        const d1 = i >= 0 ? r1.dep[i] : M.shiftStart[k];
        const q1 = i + 1 < n1 ? M.place[r1.seq[i + 1]] : end;
        let pre2 = 0;
        for (let j = -1; j < n2; j++) {
          if (j >= 0) pre2 += M.demand[r2.seq[j]];
          if (i === n1 - 1 && j === n2 - 1) continue;
          if (i === -1 && j === -1) continue;
          const p2 = j >= 0 ? M.place[r2.seq[j]] : home;
          const d2 = j >= 0 ? r2.dep[j] : M.shiftStart[k];
          const q2 = j + 1 < n2 ? M.place[r2.seq[j + 1]] : end;
          const delta = M.cost[p1][q2] + M.cost[p2][q1] - M.cost[p1][q1] - M.cost[p2][q2];
          if (delta >= bestDelta) continue;
          if (pre1 + (r2.load - pre2) > cap + EPS || pre2 + (r1.load - pre1) > cap + EPS) continue;
          const z2 = j + 1 < n2 ? r2.z[j + 1] : M.shiftEnd[k];
          if (d1 + M.time[p1][q2] > z2 + EPS) continue;
          const z1 = i + 1 < n1 ? r1.z[i + 1] : M.shiftEnd[k];
          if (d2 + M.time[p2][q1] > z1 + EPS) continue;
          bestDelta = delta;
          bi = i;
          bj = j;
        }
      }
      if (bi === -2) continue;
      const a = cloneRoute(r1);
      const b = cloneRoute(r2);
      a.seq = [...r1.seq.slice(0, bi + 1), ...r2.seq.slice(bj + 1)];
      b.seq = [...r2.seq.slice(0, bj + 1), ...r1.seq.slice(bi + 1)];
      M.refresh(a);
      M.refresh(b);
      if (a.cost + b.cost < r1.cost + r2.cost - EPS && a.z.every((z) => z > Number.NEGATIVE_INFINITY) && b.z.every((z) => z > Number.NEGATIVE_INFINITY)) {
        s.routes[x] = a;
        s.routes[y] = b;
        any = true;
      }
    }
  }
  return any;
}

/** Why a visit could not be planned, in order of how definitive the reason is. */
function reasonFor(M: Model, v: number): UnassignedReason {
  const { visits, engineers } = M.p;
  const q = engineers.map((e) => qualification(visits[v], e));
  const qualified = engineers.map((_, k) => k).filter((k) => !q[k]);
  if (!qualified.length) {
    for (const r of ['no_skill', 'no_certification', 'not_allowed'] as const) if (q.includes(r)) return r;
    return 'no_skill';
  }
  const fitLoad = qualified.filter((k) => M.demand[v] <= M.capacity[k] + EPS);
  if (!fitLoad.length) return 'capacity';
  const alone = fitLoad.some((k) => {
    const r = M.newRoute(k);
    return M.bestInsertion(r, v, true) !== null;
  });
  if (!alone) return M.latest[v * M.m + fitLoad[0]] < latestStart(visits[v]) ? 'no_certification' : 'window_unreachable';
  return 'no_room';
}

/** Plan routes for the engineers: as many visits as possible, then the objective (see `RoutingObjective`). */
export function planRoutes(input: RoutingProblem, options: PlanOptions = {}): PlanResult {
  // A dispatcher's pin is a fixed assignment: only that engineer (the order is restored in toResult).
  const problem = withPins(input);
  const objective = options.objective ?? 'distance';
  const ids = new Set<string>();
  const places = problem.matrix.distance.length;
  const placeOk = (i: number) => Number.isInteger(i) && i >= 0 && i < places && problem.matrix.time[i]?.length === places;
  for (const v of problem.visits) {
    if (ids.has(v.id)) throw new RangeError(`duplicate visit id ${v.id}`);
    if (!placeOk(v.place)) throw new RangeError(`visit ${v.id}: place ${v.place} is not in the matrix`);
    if (!(v.serviceTime >= 0)) throw new RangeError(`visit ${v.id}: negative service time`);
    ids.add(v.id);
  }
  for (const e of problem.engineers) {
    if (!placeOk(e.home) || !placeOk(e.end ?? e.home)) throw new RangeError(`engineer ${e.id}: home or end is not in the matrix`);
  }
  const M = new Model(problem, objective);
  const rnd = seededRandom(options.seed ?? 1);
  const iterations = options.iterations ?? 2000;
  const clock = options.clock ?? (() => performance.now());
  const t0 = options.timeLimitMs !== undefined ? clock() : 0;
  const allOpen = problem.engineers.map(() => true);

  const cur: Sol = { routes: problem.engineers.map((_, k) => M.newRoute(k)), unassigned: problem.visits.map((_, i) => i), cost: 0 };
  recreate(M, cur, 2, 0, rnd, allOpen);
  localSearch(M, cur, allOpen);
  let best = cloneSol(cur);
  let done = 0;

  const timed = options.timeLimitMs !== undefined && options.iterations === undefined;
  if (M.n > 0 && M.m > 0 && (timed || iterations > 0)) {
    /** ALNS from `start` for `budget` iterations or until the clock reaches `until` (ms), whichever first. */
    const search = (start: Sol, budget: number, until: number, open: boolean[], stopWhenComplete: boolean): Sol => {
      let s = cloneSol(start);
      let b = cloneSol(start);
      const wD = DESTROYS.map(() => 1);
      const wR = REPAIRS.map(() => 1);
      const scoreD = DESTROYS.map(() => 0);
      const scoreR = REPAIRS.map(() => 0);
      const useD = DESTROYS.map(() => 0);
      const useR = REPAIRS.map(() => 0);
      const base = Math.max(1, s.cost - s.unassigned.length * M.missCost - M.vehicleCost * s.routes.filter((r) => r.seq.length).length);
      const T0 = (0.02 * base) / Math.max(1, M.n) / Math.LN2 + EPS;
      const Tend = T0 / 200;
      const roulette = (w: number[]) => {
        let sum = 0;
        for (const x of w) sum += x;
        let x = rnd() * sum;
        for (let i = 0; i < w.length; i++) if ((x -= w[i]) < 0) return i;
        return w.length - 1;
      };
      const tStart = Number.isFinite(until) ? clock() : 0;
      const qLo = Math.min(4, Math.max(1, Math.ceil(0.05 * M.n)));
      const qHi = Math.max(qLo, Math.min(M.n, 10), Math.min(40, Math.ceil(0.4 * M.n)));
      for (let it = 0; it < budget; it++) {
        if (stopWhenComplete && !b.unassigned.length) break;
        let prog = Number.isFinite(budget) ? it / budget : 0;
        if (Number.isFinite(until)) {
          const now = clock();
          if (now >= until) break;
          prog = Math.max(prog, (now - tStart) / Math.max(1, until - tStart));
        }
        const T = T0 * (Tend / T0) ** Math.min(1, prog);
        const assigned = M.n - s.unassigned.length;
        const q = Math.max(1, Math.min(assigned, qLo + Math.floor(rnd() * (qHi - qLo + 1))));
        const d = roulette(wD);
        const r = roulette(wR);
        const cand = cloneSol(s);
        DESTROYS[d](M, cand, q, rnd);
        recreate(M, cand, REPAIRS[r][0], REPAIRS[r][1], rnd, open);
        done++;
        useD[d]++;
        useR[r]++;
        let score = 0;
        if (stopWhenComplete && !cand.unassigned.length) {
          localSearch(M, cand, open);
          return cand;
        }
        if (cand.cost < b.cost - EPS) {
          localSearch(M, cand, open);
          b = cloneSol(cand);
          s = cand;
          score = 33;
        } else if (cand.cost < s.cost - EPS) {
          s = cand;
          score = 9;
        } else if (rnd() < Math.exp(-(cand.cost - s.cost) / T)) {
          s = cand;
          score = 13;
        }
        scoreD[d] += score;
        scoreR[r] += score;
        if ((it + 1) % 100 === 0) {
          for (let i = 0; i < wD.length; i++) wD[i] = 0.8 * wD[i] + 0.2 * (useD[i] ? Math.max(0.05, scoreD[i] / useD[i]) : wD[i]);
          for (let i = 0; i < wR.length; i++) wR[i] = 0.8 * wR[i] + 0.2 * (useR[i] ? Math.max(0.05, scoreR[i] / useR[i]) : wR[i]);
          scoreD.fill(0);
          scoreR.fill(0);
          useD.fill(0);
          useR.fill(0);
        }
      }
      return b;
    };

    const limitAt = options.timeLimitMs !== undefined ? t0 + options.timeLimitMs : INF;
    const total = timed ? INF : iterations;
    if (objective === 'vehicles-then-distance') {
      // Route elimination: empty the smallest route and look for a plan serving its visits without new routes.
      const closed = problem.engineers.map(() => false);
      // At most half the search; one attempt gets at most 15 % (then fewer routes is taken as out of reach).
      const phaseAt = timed ? t0 + 0.5 * options.timeLimitMs! : limitAt;
      let left = timed ? INF : Math.floor(0.5 * iterations);
      while (left > 0 && !best.unassigned.length && !(Number.isFinite(phaseAt) && clock() >= phaseAt)) {
        const used = best.routes.filter((r) => r.seq.length).sort((a, b) => a.seq.length - b.seq.length || a.cost - b.cost || a.k - b.k);
        if (used.length <= 1) break;
        const trial = cloneSol(best);
        const victim = trial.routes.find((r) => r.k === used[0].k)!;
        trial.unassigned.push(...victim.seq);
        victim.seq = [];
        M.refresh(victim);
        recreate(M, trial, 2, 0, rnd, closed);
        const before = done;
        const attemptAt = timed ? Math.min(phaseAt, clock() + 0.15 * options.timeLimitMs!) : limitAt;
        M.missCost = M.softMissCost;
        M.total(trial);
        const found = search(trial, timed ? INF : Math.min(left, Math.max(1, Math.floor(0.15 * iterations))), attemptAt, closed, true);
        M.missCost = M.hardMissCost;
        M.total(found);
        left -= done - before;
        if (found.unassigned.length) break;
        localSearch(M, found, closed);
        best = found;
      }
      // Then distance; a route may move to another engineer (the vehicle cost keeps the count from growing).
      best = search(best, timed ? INF : Math.max(0, iterations - done), limitAt, allOpen, false);
    } else {
      best = search(cur, total, limitAt, allOpen, false);
    }
  }
  localSearch(M, best, allOpen);
  return toResult(M, best, done);
}

function toResult(M: Model, s: Sol, iterations: number): PlanResult {
  const { visits, engineers } = M.p;
  const routes: PlannedRoute[] = [];
  for (const r of [...s.routes].sort((a, b) => a.k - b.k)) {
    if (!r.seq.length) continue;
    const e = engineers[r.k];
    const ev = evaluateRoute(
      M.p,
      e,
      keepPinnedOrder(
        M.p,
        e,
        r.seq.map((v) => visits[v].id),
      ),
    );
    routes.push({
      engineerId: e.id,
      stops: ev.stops,
      departure: ev.departure,
      returnAt: ev.returnAt,
      distance: ev.distance,
      travelTime: ev.travelTime,
      load: ev.load,
    });
  }
  return {
    routes,
    unassigned: [...s.unassigned].sort((a, b) => a - b).map((v) => ({ visitId: visits[v].id, reason: reasonFor(M, v) })),
    vehicles: routes.length,
    totalDistance: routes.reduce((t, r) => t + r.distance, 0),
    totalTravelTime: routes.reduce((t, r) => t + r.travelTime, 0),
    iterations,
  };
}
