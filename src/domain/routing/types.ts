/**
 * Route planning (VRPTW) for field service: the problem, options and result types. Pure data.
 *
 * Times are plain numbers in one unit chosen by the caller (minutes since the plan's epoch for real sites,
 * Solomon's time units for the benchmark), the same unit as `TravelMatrix.time`. Places are indexes into the
 * matrix. Nothing here reads a clock or a time zone: the caller converts its dates to numbers and back.
 */

/** Distance and travel time between every pair of places (`[from][to]`). */
export interface TravelMatrix {
  /** Distance per leg (km for real sites; Euclidean units for Solomon). */
  distance: number[][];
  /** Travel time per leg, in the plan's time unit. */
  time: number[][];
}

/** A certificate an engineer holds; valid for a visit when the service starts no later than `validUntil`. */
export interface RoutingCertification {
  key: string;
  /** Last moment (plan time) the certificate is valid; omitted = no expiry. */
  validUntil?: number;
}

/** One engineer (one vehicle): a shift from and back to a home base. */
export interface RoutingEngineer {
  id: string;
  /** Place index of the home base the route starts from. */
  home: number;
  /** Place index the route ends at (defaults to `home`). */
  end?: number;
  /** Earliest departure from home. */
  shiftStart: number;
  /** Latest return to `end`. */
  shiftEnd: number;
  /** Van capacity (same unit as `RoutingVisit.demand`); omitted = unlimited. */
  capacity?: number;
  skills?: readonly string[];
  certifications?: readonly RoutingCertification[];
}

/** One visit (a customer stop). */
export interface RoutingVisit {
  id: string;
  /** Place index of the site. */
  place: number;
  /** Time on site. */
  serviceTime: number;
  /** Time window for the start of service: wait until `earliest`, arrive no later than `latest`. */
  window?: { earliest: number; latest: number };
  /** Hard latest arrival (e.g. the on-site deadline); combined with the window's `latest`. */
  deadline?: number;
  /** Load taken from the van (parts volume, Solomon demand); 0 when omitted. */
  demand?: number;
  /** A skill the engineer must have. */
  requiredSkill?: string;
  /** A certificate the engineer must hold, valid at the start of service. */
  requiredCertification?: string;
  /** Only these engineers may take it; omitted = anyone qualified. */
  allowedEngineers?: readonly string[];
  /**
   * A fixed assignment (the dispatcher's manual override): only this engineer may take it, and the engineer's pinned
   * visits keep the relative `order` they were given where the route stays feasible that way.
   */
  pin?: { engineerId: string; order?: number };
}

export interface RoutingProblem {
  matrix: TravelMatrix;
  visits: readonly RoutingVisit[];
  engineers: readonly RoutingEngineer[];
}

/**
 * What is minimised, lexicographically, after serving as many visits as possible:
 * - `distance` (default): total distance;
 * - `vehicles-then-distance`: the number of engineers used, then total distance (the Solomon convention);
 * - `time`: total travel time.
 */
export type RoutingObjective = 'distance' | 'vehicles-then-distance' | 'time';

export interface PlanOptions {
  objective?: RoutingObjective;
  /** Seed of the pseudo-random search; the same seed and limits give the same plan. Default 1. */
  seed?: number;
  /** Search iterations after the construction (default 2000); 0 = construction + local search only. */
  iterations?: number;
  /** Stop the search after this many milliseconds (measured with `clock`); a time limit trades determinism for time. */
  timeLimitMs?: number;
  /** Milliseconds clock for `timeLimitMs` (defaults to `performance.now`). */
  clock?: () => number;
}

export interface PlannedStop {
  visitId: string;
  arrival: number;
  /** Start of service (arrival, or the window's opening after waiting). */
  start: number;
  departure: number;
  /** Waiting before service. */
  wait: number;
  /** Leg from the previous place (home or the previous stop). */
  legDistance: number;
  legTime: number;
}

export interface PlannedRoute {
  engineerId: string;
  stops: PlannedStop[];
  /** Departure from home (as late as possible without changing the arrivals) and return to the end place. */
  departure: number;
  returnAt: number;
  distance: number;
  travelTime: number;
  load: number;
}

export type UnassignedReason = 'no_skill' | 'no_certification' | 'window_unreachable' | 'capacity' | 'not_allowed' | 'no_room';

export const UNASSIGNED_REASON_LABELS: Record<UnassignedReason, string> = {
  no_skill: '没有具备所需技能的工程师',
  no_certification: '没有持有效证书的工程师',
  window_unreachable: '时间窗或时限内无法到达',
  capacity: '超出车辆容量',
  not_allowed: '指定的工程师不可用',
  no_room: '工程师的班次已排满,无法在时限内插入',
};

export interface PlanResult {
  /** One route per engineer used, in the engineers' order; engineers without visits are left out. */
  routes: PlannedRoute[];
  unassigned: { visitId: string; reason: UnassignedReason }[];
  vehicles: number;
  totalDistance: number;
  totalTravelTime: number;
  /** Search iterations done (for the bench). */
  iterations: number;
}
