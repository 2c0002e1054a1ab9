/**
 * The approvals to-do (待我审批): each feature with approvals registers a provider that lists its pending items an
 * approver may decide and decides one. The decision (and its rule, audit and notice to the requester) stays in the
 * owning feature; this registry only gathers and dispatches.
 */
import type { Actor } from '../../../domain/auth/actor.js';
import type { ApprovalDecision, PendingApproval } from '../../../contracts/approvals.js';
import { notFound } from '../../http/errors.js';

export interface ApprovalProvider {
  /** 'discount', 'compensation', later 'warranty', 'purchase', 'on-account', 'card-refund'. */
  type: string;
  /** Pending items in the actor's scope that the actor may decide (within their limit, not their own). */
  pending(actor: Actor): Promise<Omit<PendingApproval, 'type'>[]>;
  decide(actor: Actor, id: string, input: ApprovalDecision): Promise<unknown>;
}

export function createApprovalRegistry(providers: () => readonly ApprovalProvider[]) {
  const byType = (type: string) => {
    const p = providers().find((x) => x.type === type);
    if (!p) throw notFound('审批类型');
    return p;
  };
  return {
    async pending(actor: Actor): Promise<PendingApproval[]> {
      const lists = await Promise.all(providers().map(async (p) => (await p.pending(actor)).map((i) => ({ ...i, type: p.type }))));
      return lists.flat().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    decide: (actor: Actor, type: string, id: string, input: ApprovalDecision) => byType(type).decide(actor, id, input),
  };
}
export type ApprovalRegistry = ReturnType<typeof createApprovalRegistry>;
