/** Where a ticket goes when a deadline passes: up the position tree, then up the service-point tree. */

export interface EscalationPosition {
  id: string;
  servicePointId: string;
  superiorId: string | null;
  /** True for the position that heads customer service at its point (the entry point from a lower point). */
  isCustomerServiceHead: boolean;
}
export interface EscalationPoint {
  id: string;
  parentId: string | null;
}

export type EscalationTarget = { kind: 'position'; positionId: string; servicePointId: string } | { kind: 'none'; reason: string };

/**
 * The next level above `fromPositionId`: its direct superior; at the top of a point's tree, the
 * customer-service head (or, failing that, the top position) of the parent point; at HQ's top, none.
 */
export function nextEscalation(fromPositionId: string, positions: EscalationPosition[], points: EscalationPoint[]): EscalationTarget {
  const byId = new Map(positions.map((p) => [p.id, p]));
  const from = byId.get(fromPositionId);
  if (!from) return { kind: 'none', reason: '岗位不存在' };
  if (from.superiorId && byId.has(from.superiorId)) {
    return { kind: 'position', positionId: from.superiorId, servicePointId: byId.get(from.superiorId)!.servicePointId };
  }
  let point = points.find((p) => p.id === from.servicePointId);
  while (point?.parentId) {
    const parentId: string = point.parentId;
    const atParent = positions.filter((p) => p.servicePointId === parentId);
    const target = atParent.find((p) => p.isCustomerServiceHead) ?? atParent.find((p) => p.superiorId === null);
    if (target) return { kind: 'position', positionId: target.id, servicePointId: parentId };
    point = points.find((p) => p.id === parentId);
  }
  return { kind: 'none', reason: '已到最高层级' };
}

/** The escalation chain from a position to the top (for showing "who is next" in the UI). */
export function escalationChain(fromPositionId: string, positions: EscalationPosition[], points: EscalationPoint[], max = 12): string[] {
  const chain: string[] = [];
  let cur = fromPositionId;
  for (let i = 0; i < max; i++) {
    const next = nextEscalation(cur, positions, points);
    if (next.kind === 'none' || chain.includes(next.positionId)) break;
    chain.push(next.positionId);
    cur = next.positionId;
  }
  return chain;
}
