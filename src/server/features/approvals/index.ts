/**
 * Approvals, server side: who is asked when a request is above the requester's authority. The rule itself
 * (within authority, who may approve, no self-approval) is src/domain/approvals; features call this inside
 * their own transaction and notify the holder.
 */
import type { Db, Tx } from '../../db/client.js';
import { escalationChain } from '../../../domain/tickets/escalation.js';
import { pickApprover, type LimitKey } from '../../../domain/approvals/index.js';
import { holderOf } from '../org/index.js';
import { positionsOnPath } from './approvals.repo.js';
import { notify } from '../notifications/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { approvalRoutes } from './approvals.routes.js';
import { createApprovalRegistry, type ApprovalProvider, type ApprovalRegistry } from './registry.js';

export type { ApprovalProvider, ApprovalRegistry } from './registry.js';

export { isWithinAuthority, refuseApproval, refusalMessage } from '../../../domain/approvals/index.js';

export interface ApproverQuery {
  point: { id: string; path: string };
  key: LimitKey;
  amount: number;
  /** Ask up the reporting line from this position (then up the network); without it, the point's positions from the lowest up. */
  fromPositionId?: string | null;
}

/** The position and employee to ask for approval, or undefined when nobody's limit covers the amount. */
export async function findApprover(q: Db | Tx, query: ApproverQuery) {
  const ctx = await positionsOnPath(q, query.point.path);
  const tree = ctx.positions.map((p) => ({ ...p, isCustomerServiceHead: p.headOf === 'customer-service' }));
  const depth = (id: string) => escalationChain(id, tree, ctx.points).length;
  const start =
    query.fromPositionId !== undefined
      ? (query.fromPositionId ?? tree.find((p) => p.servicePointId === query.point.id && p.superiorId === null)?.id)
      : undefined;
  const candidates =
    query.fromPositionId !== undefined
      ? (start ? escalationChain(start, tree, ctx.points) : []).map((id) => tree.find((p) => p.id === id)!).filter(Boolean)
      : tree.filter((p) => p.servicePointId === query.point.id).sort((a, b) => depth(b.id) - depth(a.id));
  const position = pickApprover(candidates, query.key, query.amount);
  if (!position) return undefined;
  const holder = await holderOf(q, position.id);
  return holder ? { positionId: position.id, ...holder } : undefined;
}

/** Where the approver sees and decides every pending approval. */
export const APPROVALS_TODO_LINK = '/approvals';

/**
 * Ask the approver: an in-app notice (the bell) linking to 待我审批, and the same by SMS when `sms` is set.
 * Call inside the requesting transaction; the dedupe key makes a retried request notify once.
 */
export async function notifyApprover(
  tx: Db | Tx,
  n: { servicePointId: string; employeeId: string; title: string; body: string; dedupeKey: string; sms?: boolean },
) {
  const base = { servicePointId: n.servicePointId, recipientEmployeeId: n.employeeId, title: n.title, body: n.body, link: APPROVALS_TODO_LINK };
  await notify(tx, { ...base, dedupeKey: n.dedupeKey });
  if (n.sms) await notify(tx, { ...base, channel: 'sms', dedupeKey: `${n.dedupeKey}:sms` });
}

/** The 待我审批 list and decisions over the providers the other features register (main.ts passes them). */
export function approvalsModule(_ctx: ModuleContext, deps: { providers: () => readonly ApprovalProvider[] }): FeatureModule & { api: ApprovalRegistry } {
  const registry = createApprovalRegistry(deps.providers);
  return { routers: [approvalRoutes(registry)], api: registry };
}
