/**
 * Warranty claims to the manufacturer (三包索赔): statuses and the one transition table (RULES.md, OEM DMS).
 * 未上报 draft → 已上报 submitted → 审核中 reviewing → 通过 approved / 拒绝 rejected / 退回 returned → 结算 settled.
 * A returned claim is corrected by the station and submitted again.
 */

export const CLAIM_STATUSES = ['draft', 'submitted', 'reviewing', 'approved', 'rejected', 'returned', 'settled'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_EVENTS = ['edit', 'submit', 'startReview', 'approve', 'reject', 'return', 'settle'] as const;
export type ClaimEvent = (typeof CLAIM_EVENTS)[number];

const TRANSITIONS: Record<ClaimEvent, { from: readonly ClaimStatus[]; to: ClaimStatus | 'same' }> = {
  edit: { from: ['draft', 'returned'], to: 'same' },
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  startReview: { from: ['submitted'], to: 'reviewing' },
  // A reviewer may decide a submitted claim at once (taking it into review implicitly).
  approve: { from: ['submitted', 'reviewing'], to: 'approved' },
  reject: { from: ['submitted', 'reviewing'], to: 'rejected' },
  return: { from: ['submitted', 'reviewing'], to: 'returned' },
  settle: { from: ['approved'], to: 'settled' },
};

export const CLAIM_STATUS_ZH: Record<ClaimStatus, string> = {
  draft: '未上报',
  submitted: '已上报',
  reviewing: '审核中',
  approved: '通过',
  rejected: '拒绝',
  returned: '退回',
  settled: '结算',
};
const EVENT_ZH: Record<ClaimEvent, string> = {
  edit: '修改',
  submit: '上报',
  startReview: '开始审核',
  approve: '审核通过',
  reject: '拒绝',
  return: '退回',
  settle: '结算',
};

/** The status after `event`, or a Chinese message (shown with 409) when the claim's status does not allow it. */
export function nextClaimStatus(current: ClaimStatus, event: ClaimEvent): { ok: true; to: ClaimStatus } | { ok: false; message: string } {
  const t = TRANSITIONS[event];
  if (!t.from.includes(current)) return { ok: false, message: `索赔单状态为「${CLAIM_STATUS_ZH[current]}」,不能${EVENT_ZH[event]}` };
  return { ok: true, to: t.to === 'same' ? current : t.to };
}

/** Waiting for the manufacturer (the reviewer's queue). */
export const isAwaitingReview = (s: ClaimStatus) => s === 'submitted' || s === 'reviewing';
