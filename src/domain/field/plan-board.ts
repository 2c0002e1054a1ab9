/**
 * The plan board's bridge to the route planner (domain/routing, VRPTW): today's visits and engineers of a point
 * become a routing problem in minutes since the plan day's local midnight; the planner's routes come back as
 * assignments (engineer, order, estimated arrival) and the visits it could not place, with the reason.
 */
import { greatCircleMatrix, planRoutes, type RoutingEngineer, type RoutingVisit, UNASSIGNED_REASON_LABELS } from '../routing/index.js';
import { atLocalTime, dayRange } from '../time/index.js';
import { certificateValidOn } from './eligibility.js';

export interface BoardEngineer {
  id: string;
  homeLat: number;
  homeLng: number;
  skills: readonly string[];
  certificates: readonly { skill: string; validFrom: string; validUntil: string }[];
  shiftStart: string;
  shiftEnd: string;
}
export interface BoardVisit {
  id: string;
  lat: number | null;
  lng: number | null;
  serviceMinutes: number;
  requiredSkill: string;
  deadlineAt: Date | null;
  /** The dispatcher's manual assignment: kept on this engineer, in this order among the engineer's pins. */
  pin?: { engineerId: string; order: number | null } | null;
}
export interface BoardPlan {
  /** A pinned visit the route cannot fit stays with its engineer at the end of the route, without an arrival estimate. */
  assignments: { visitId: string; engineerId: string; routeOrder: number; etaAt: Date | null }[];
  unassigned: { visitId: string; reason: string }[];
  routes: { engineerId: string; distanceKm: number; travelMinutes: number }[];
}

/** Plan the day: engineers start no earlier than `now` on the plan day itself; travel at `speedKmh`. */
export function planBoard(o: {
  timeZone: string;
  date: string;
  now: Date;
  engineers: readonly BoardEngineer[];
  visits: readonly BoardVisit[];
  speedKmh?: number;
  seed?: number;
}): BoardPlan {
  const epoch = dayRange(o.timeZone, o.date).start.getTime();
  const minutes = (d: Date) => (d.getTime() - epoch) / 60_000;
  const nowMin = minutes(o.now);
  const unassigned: BoardPlan['unassigned'] = [];
  const located = o.visits.filter((v) => {
    if (v.lat === null || v.lng === null) unassigned.push({ visitId: v.id, reason: '设备没有坐标,无法规划路线' });
    return v.lat !== null && v.lng !== null;
  });
  const places = [...o.engineers.map((e) => ({ lat: e.homeLat, lng: e.homeLng })), ...located.map((v) => ({ lat: v.lat!, lng: v.lng! }))];
  const matrix = greatCircleMatrix(places, { speedKmh: o.speedKmh ?? 40 });
  const engineers: RoutingEngineer[] = o.engineers.map((e, i) => ({
    id: e.id,
    home: i,
    shiftStart: Math.max(minutes(atLocalTime(o.timeZone, o.date, e.shiftStart)), nowMin),
    shiftEnd: minutes(atLocalTime(o.timeZone, o.date, e.shiftEnd)),
    skills: e.skills,
    // A certificate counts for the whole plan day when valid on it (expiry is by date).
    certifications: e.certificates.filter((c) => certificateValidOn(c, o.date)).map((c) => ({ key: c.skill })),
  }));
  const visits: RoutingVisit[] = located.map((v, i) => ({
    id: v.id,
    place: o.engineers.length + i,
    serviceTime: v.serviceMinutes,
    requiredSkill: v.requiredSkill,
    requiredCertification: v.requiredSkill,
    ...(v.deadlineAt ? { deadline: minutes(v.deadlineAt) } : {}),
    ...(v.pin && o.engineers.some((e) => e.id === v.pin!.engineerId)
      ? { pin: { engineerId: v.pin.engineerId, ...(v.pin.order !== null ? { order: v.pin.order } : {}) } }
      : {}),
  }));
  const result = planRoutes({ matrix, visits, engineers }, { seed: o.seed ?? 1, iterations: 300 });
  const at = (m: number) => new Date(epoch + Math.round(m) * 60_000);
  const assignments: BoardPlan['assignments'] = result.routes.flatMap((r) =>
    r.stops.map((s, k) => ({ visitId: s.visitId, engineerId: r.engineerId, routeOrder: k + 1, etaAt: at(s.arrival) })),
  );
  // The dispatcher's decision wins: a pinned visit the planner could not fit stays on its engineer, flagged.
  const pinnedOf = new Map(o.visits.flatMap((v) => (v.pin ? [[v.id, v.pin.engineerId] as const] : [])));
  for (const u of [...unassigned, ...result.unassigned]) {
    const engineerId = pinnedOf.get(u.visitId);
    if (!engineerId) continue;
    const routeOrder = Math.max(0, ...assignments.filter((a) => a.engineerId === engineerId).map((a) => a.routeOrder)) + 1;
    assignments.push({ visitId: u.visitId, engineerId, routeOrder, etaAt: null });
  }
  const pinnedReason = (id: string, reason: string) => (pinnedOf.has(id) ? `已人工指定工程师(保留),但${reason}` : reason);
  return {
    assignments,
    unassigned: [
      ...unassigned.map((u) => ({ ...u, reason: pinnedReason(u.visitId, u.reason) })),
      ...result.unassigned.map((u) => ({ visitId: u.visitId, reason: pinnedReason(u.visitId, UNASSIGNED_REASON_LABELS[u.reason]) })),
    ],
    routes: result.routes.map((r) => ({ engineerId: r.engineerId, distanceKm: Math.round(r.distance * 10) / 10, travelMinutes: Math.round(r.travelTime) })),
  };
}
