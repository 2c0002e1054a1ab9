/**
 * 增项 (extra work found on the car): the request's statuses and the one transition table. The technician reports
 * it, the advisor prices it and sends it to the customer (a link) or records the customer's answer at the counter;
 * the customer's per-item decisions make it approved, partly approved or refused. An unanswered link expires.
 */

export const EXTRA_WORK_STATUSES = ['reported', 'priced', 'sent', 'approved', 'partly_approved', 'refused', 'expired'] as const;
export type ExtraWorkStatus = (typeof EXTRA_WORK_STATUSES)[number];

export const EXTRA_WORK_EVENTS = ['price', 'send', 'decide', 'expire'] as const;
export type ExtraWorkEvent = (typeof EXTRA_WORK_EVENTS)[number];

export type ItemDecision = 'approved' | 'refused';

/** Where each event may happen; `decide` leads to the outcome of the decisions (see decisionOutcome). */
const TRANSITIONS: Record<ExtraWorkEvent, { from: readonly ExtraWorkStatus[]; to: ExtraWorkStatus | 'outcome' }> = {
  // Re-pricing a sent or expired request withdraws the link (the customer must see the new prices).
  price: { from: ['reported', 'priced', 'sent', 'expired'], to: 'priced' },
  send: { from: ['priced', 'expired'], to: 'sent' },
  // The customer answers through the link (sent) or at the counter (priced, sent, or after the link expired).
  decide: { from: ['priced', 'sent', 'expired'], to: 'outcome' },
  expire: { from: ['sent'], to: 'expired' },
};

export const EXTRA_WORK_STATUS_ZH: Record<ExtraWorkStatus, string> = {
  reported: '待报价',
  priced: '待客户确认',
  sent: '已发送客户',
  approved: '客户已同意',
  partly_approved: '部分同意',
  refused: '客户拒修',
  expired: '链接已过期',
};
const EVENT_ZH: Record<ExtraWorkEvent, string> = { price: '报价', send: '发送客户确认', decide: '客户确认', expire: '过期' };

/** The request's status once every item is decided: all approved, all refused, or a mix. */
export function decisionOutcome(decisions: readonly ItemDecision[]): ExtraWorkStatus {
  if (decisions.every((d) => d === 'approved')) return 'approved';
  if (decisions.every((d) => d === 'refused')) return 'refused';
  return 'partly_approved';
}

/** The status after `event` (for `decide`, from the item decisions), or a Chinese message when it is not allowed. */
export function nextExtraWorkStatus(
  current: ExtraWorkStatus,
  event: ExtraWorkEvent,
  decisions: readonly ItemDecision[] = [],
): { ok: true; to: ExtraWorkStatus } | { ok: false; message: string } {
  const t = TRANSITIONS[event];
  if (!t.from.includes(current)) return { ok: false, message: `增项状态为「${EXTRA_WORK_STATUS_ZH[current]}」,不能${EVENT_ZH[event]}` };
  if (t.to !== 'outcome') return { ok: true, to: t.to };
  if (!decisions.length) return { ok: false, message: '请对每一项选择同意或拒绝' };
  return { ok: true, to: decisionOutcome(decisions) };
}

/** Decided requests are final: their approved items are on the order, their refused items are 拒修项目 of the car. */
export const isDecided = (s: ExtraWorkStatus) => s === 'approved' || s === 'partly_approved' || s === 'refused';
/** Waiting for the advisor (to price or to send) or for the customer. */
export const isOpenExtraWork = (s: ExtraWorkStatus) => s === 'reported' || s === 'priced' || s === 'sent' || s === 'expired';

/** Whether a link expiring at `expiresAt` may still be answered at `now` (the expiry instant itself is too late). */
export const isLinkLive = (expiresAt: Date | null, now: Date) => expiresAt !== null && now.getTime() < expiresAt.getTime();

/** How long a customer link stays valid by default. */
export const LINK_VALID_HOURS = 24;
