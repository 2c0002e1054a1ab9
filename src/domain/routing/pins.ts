/**
 * Fixed assignments (固定派工): a visit the dispatcher assigned or dragged by hand is pinned to its engineer. The
 * planner keeps it there (a pin is an allowed-engineers list of one) and plans the other visits around it; among an
 * engineer's pinned visits, the dispatcher's order is kept wherever the route stays as feasible that way. Pure.
 */
import { evaluateRoute } from './check.js';
import type { RoutingEngineer, RoutingProblem, RoutingVisit } from './types.js';

/** The problem with every pin turned into its constraint: only the pinned engineer (within any allowed list). */
export function withPins(problem: RoutingProblem): RoutingProblem {
  if (!problem.visits.some((v) => v.pin)) return problem;
  const visits = problem.visits.map((v): RoutingVisit => {
    if (!v.pin) return v;
    const id = v.pin.engineerId;
    return { ...v, allowedEngineers: !v.allowedEngineers || v.allowedEngineers.includes(id) ? [id] : [] };
  });
  return { ...problem, visits };
}

/**
 * `visitIds` (a planned route of `engineer`) with its pinned visits put back in the dispatcher's order, in the slots
 * they hold: unpinned visits stay where the planner put them. Kept only when it adds no violation; else `visitIds`.
 */
export function keepPinnedOrder(problem: RoutingProblem, engineer: RoutingEngineer, visitIds: readonly string[]): readonly string[] {
  const byId = new Map(problem.visits.map((v) => [v.id, v]));
  const order = (id: string) => {
    const pin = byId.get(id)?.pin;
    return pin && pin.engineerId === engineer.id && pin.order !== undefined ? pin.order : null;
  };
  const slots = visitIds.flatMap((id, i) => (order(id) !== null ? [i] : []));
  if (slots.length < 2) return visitIds;
  const wanted = slots.map((i) => visitIds[i]).sort((a, b) => order(a)! - order(b)!);
  if (wanted.every((id, j) => id === visitIds[slots[j]])) return visitIds;
  const reordered = [...visitIds];
  slots.forEach((i, j) => {
    reordered[i] = wanted[j];
  });
  const before = evaluateRoute(problem, engineer, visitIds).violations.length;
  return evaluateRoute(problem, engineer, reordered).violations.length <= before ? reordered : visitIds;
}
