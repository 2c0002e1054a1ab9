/** Route planning (路线规划) for field service: VRPTW with skills, certificates, deadlines, capacity and shifts. Pure. */
export type {
  PlannedRoute,
  PlannedStop,
  PlanOptions,
  PlanResult,
  RoutingCertification,
  RoutingEngineer,
  RoutingObjective,
  RoutingProblem,
  RoutingVisit,
  TravelMatrix,
  UnassignedReason,
} from './types.js';
export { UNASSIGNED_REASON_LABELS } from './types.js';
export { euclideanMatrix, greatCircleKm, greatCircleMatrix } from './matrix.js';
export { TIME_EPSILON, certificateValidUntil, checkPlan, evaluateRoute, latestStart, qualification } from './check.js';
export type { RouteEvaluation, RouteViolation } from './check.js';
export { planRoutes, seededRandom } from './plan.js';
export { keepPinnedOrder, withPins } from './pins.js';
export { parseSolomon, parseSolomonSolution } from './solomon.js';
export type { SolomonInstance } from './solomon.js';
