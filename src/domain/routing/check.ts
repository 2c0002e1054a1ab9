/**
 * The route checker: who may take a visit, and a route's timeline recomputed from scratch with every violation.
 * Independent of the planner's incremental bookkeeping, so tests (and a dispatcher's manual override) can re-check
 * any plan. Pure.
 */
import type { PlannedRoute, PlannedStop, RoutingEngineer, RoutingProblem, RoutingVisit, UnassignedReason } from './types.js';

/** Times within this tolerance count as on time (floating-point sums of legs). */
export const TIME_EPSILON = 1e-6;

/** The latest start of service at `v`: the window's end and the deadline, whichever is earlier. */
export const latestStart = (v: RoutingVisit) => Math.min(v.window?.latest ?? Number.POSITIVE_INFINITY, v.deadline ?? Number.POSITIVE_INFINITY);

/**
 * Whether engineer `e` may take visit `v` at all (skills, certificate held, pin), ignoring time and load:
 * null when qualified, else the reason. A certificate that expires is checked against the start of service later.
 */
export function qualification(v: RoutingVisit, e: RoutingEngineer): UnassignedReason | null {
  if (v.allowedEngineers && !v.allowedEngineers.includes(e.id)) return 'not_allowed';
  if (v.requiredSkill && !(e.skills ?? []).includes(v.requiredSkill)) return 'no_skill';
  if (v.requiredCertification && !(e.certifications ?? []).some((c) => c.key === v.requiredCertification)) return 'no_certification';
  return null;
}

/** The last start of service at which `e`'s certificate for `v` is still valid (∞ when none is needed). */
export function certificateValidUntil(v: RoutingVisit, e: RoutingEngineer): number {
  if (!v.requiredCertification) return Number.POSITIVE_INFINITY;
  let until = Number.NEGATIVE_INFINITY;
  for (const c of e.certifications ?? []) if (c.key === v.requiredCertification) until = Math.max(until, c.validUntil ?? Number.POSITIVE_INFINITY);
  return until;
}

export type RouteViolation =
  | { kind: 'unknown_visit' | 'duplicate_visit'; visitId: string }
  | { kind: 'no_skill' | 'no_certification' | 'not_allowed'; visitId: string }
  | { kind: 'certificate_expired'; visitId: string; start: number; validUntil: number }
  | { kind: 'late'; visitId: string; arrival: number; latest: number }
  | { kind: 'capacity'; load: number; capacity: number }
  | { kind: 'shift_end'; returnAt: number; shiftEnd: number };

export interface RouteEvaluation {
  stops: PlannedStop[];
  departure: number;
  returnAt: number;
  distance: number;
  travelTime: number;
  load: number;
  violations: RouteViolation[];
}

/**
 * The timeline of `engineer` visiting `visitIds` in order: leave home at the shift start (reported as late as
 * possible without changing the first start of service), wait for windows, serve, drive on, return.
 */
export function evaluateRoute(problem: RoutingProblem, engineer: RoutingEngineer, visitIds: readonly string[]): RouteEvaluation {
  const byId = new Map(problem.visits.map((v) => [v.id, v]));
  const { distance: D, time: T } = problem.matrix;
  const violations: RouteViolation[] = [];
  const seen = new Set<string>();
  const visits: RoutingVisit[] = [];
  for (const id of visitIds) {
    const v = byId.get(id);
    if (!v) violations.push({ kind: 'unknown_visit', visitId: id });
    else if (seen.has(id)) violations.push({ kind: 'duplicate_visit', visitId: id });
    else {
      seen.add(id);
      visits.push(v);
    }
  }
  const endPlace = engineer.end ?? engineer.home;
  let place = engineer.home;
  let t = engineer.shiftStart;
  let distance = 0;
  let travelTime = 0;
  let load = 0;
  const stops: PlannedStop[] = [];
  for (const v of visits) {
    const q = qualification(v, engineer);
    if (q) violations.push({ kind: q, visitId: v.id } as RouteViolation);
    const legDistance = D[place][v.place];
    const legTime = T[place][v.place];
    const arrival = t + legTime;
    const start = Math.max(arrival, v.window?.earliest ?? arrival);
    const latest = latestStart(v);
    if (arrival > latest + TIME_EPSILON) violations.push({ kind: 'late', visitId: v.id, arrival, latest });
    const validUntil = certificateValidUntil(v, engineer);
    if (!q && start > validUntil + TIME_EPSILON) violations.push({ kind: 'certificate_expired', visitId: v.id, start, validUntil });
    const departure = start + v.serviceTime;
    stops.push({ visitId: v.id, arrival, start, departure, wait: start - arrival, legDistance, legTime });
    distance += legDistance;
    travelTime += legTime;
    load += v.demand ?? 0;
    place = v.place;
    t = departure;
  }
  distance += D[place][endPlace];
  travelTime += T[place][endPlace];
  const returnAt = t + T[place][endPlace];
  if (returnAt > engineer.shiftEnd + TIME_EPSILON) violations.push({ kind: 'shift_end', returnAt, shiftEnd: engineer.shiftEnd });
  if (engineer.capacity !== undefined && load > engineer.capacity + TIME_EPSILON) violations.push({ kind: 'capacity', load, capacity: engineer.capacity });
  // Leave home as late as the first start of service allows (no waiting at the first stop).
  let departure = engineer.shiftStart;
  if (stops.length) {
    const first = stops[0];
    departure = Math.max(engineer.shiftStart, first.start - first.legTime);
    first.arrival = departure + first.legTime;
    first.wait = first.start - first.arrival;
  }
  return { stops, departure, returnAt: stops.length ? returnAt : engineer.shiftStart, distance, travelTime, load, violations };
}

/** Every violation of a whole plan: each route re-evaluated, each visit served at most once. */
export function checkPlan(problem: RoutingProblem, routes: readonly Pick<PlannedRoute, 'engineerId' | 'stops'>[]): RouteViolation[] {
  const engineers = new Map(problem.engineers.map((e) => [e.id, e]));
  const out: RouteViolation[] = [];
  const served = new Set<string>();
  for (const r of routes) {
    const e = engineers.get(r.engineerId);
    if (!e) throw new RangeError(`unknown engineer ${r.engineerId}`);
    const ids = r.stops.map((s) => s.visitId);
    for (const id of ids) {
      if (served.has(id)) out.push({ kind: 'duplicate_visit', visitId: id });
      served.add(id);
    }
    out.push(...evaluateRoute(problem, e, ids).violations);
  }
  return out;
}
