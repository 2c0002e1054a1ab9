/**
 * The one approvals rule (审批): a request within the requester's own authority limit is granted at once;
 * above it, it waits for someone whose limit covers it, and nobody approves their own request.
 * Used by complaint compensation and settlement discounts, and by every later approval (warranty, insurance,
 * purchasing) that is an amount against an authority limit (工作权限).
 */
import type { Actor } from '../auth/actor.js';
import type { AuthorityLimits } from '../auth/permissions.js';

export type LimitKey = keyof AuthorityLimits;
type Approver = Pick<Actor, 'userId' | 'isSuperuser' | 'limits'>;

/** An amount asked for against one authority limit, and who asked. */
export interface ApprovalRequest {
  key: LimitKey;
  amount: number;
  requestedBy: string | null;
}

export type ApprovalRefusal = { code: 'OVER_LIMIT'; limit: number } | { code: 'SELF_APPROVAL' };

/** True when the requester's own authority covers the amount: granted without an approver. */
export const isWithinAuthority = (actor: Pick<Actor, 'isSuperuser' | 'limits'>, key: LimitKey, amount: number) =>
  actor.isSuperuser || amount <= actor.limits[key];

/** Why `approver` may not decide `request`, or null when they may. A superuser may decide anything but their own request. */
export function refuseApproval(approver: Approver, request: ApprovalRequest): ApprovalRefusal | null {
  if (!isWithinAuthority(approver, request.key, request.amount)) return { code: 'OVER_LIMIT', limit: approver.limits[request.key] };
  if (request.requestedBy !== null && request.requestedBy === approver.userId) return { code: 'SELF_APPROVAL' };
  return null;
}

/** The message of a refusal, with the amount shown the way the feature shows it (¥ or %). */
export function refusalMessage(refusal: ApprovalRefusal, what: string, show: (n: number) => string, amount: number): string {
  return refusal.code === 'SELF_APPROVAL' ? `不能审批自己提出的${what}` : `${what} ${show(amount)} 超出您的审批权限(${show(refusal.limit)})`;
}

/**
 * Who is asked to approve: the first of `candidates` (ordered closest to the requester first) whose limit covers
 * the amount; undefined when nobody's does.
 */
export function pickApprover<T extends { limits: AuthorityLimits }>(candidates: readonly T[], key: LimitKey, amount: number): T | undefined {
  return candidates.find((c) => (c.limits[key] ?? 0) >= amount);
}
