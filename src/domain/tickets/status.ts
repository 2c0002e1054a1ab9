/** Ticket (客户反馈/投诉) kinds, channels, priorities and the status machine. Defined once; used everywhere. */

export const TICKET_KINDS = ['consultation', 'complaint', 'fault', 'suggestion'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKET_CHANNELS = ['phone', 'email', 'web', 'chat', 'social', 'walk-in', 'follow-up', 'work-order'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const TICKET_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_customer', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_ACTIONS = ['assign', 'respond', 'wait_customer', 'resume', 'resolve', 'confirm', 'reopen', 'close'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

const TRANSITIONS: Record<TicketAction, { from: readonly TicketStatus[]; to: TicketStatus }> = {
  assign: { from: ['new', 'assigned', 'in_progress', 'waiting_customer'], to: 'assigned' },
  respond: { from: ['new', 'assigned'], to: 'in_progress' },
  wait_customer: { from: ['in_progress', 'assigned'], to: 'waiting_customer' },
  resume: { from: ['waiting_customer'], to: 'in_progress' },
  resolve: { from: ['assigned', 'in_progress', 'waiting_customer'], to: 'resolved' },
  confirm: { from: ['resolved'], to: 'closed' },
  reopen: { from: ['resolved', 'closed'], to: 'in_progress' },
  close: { from: ['resolved'], to: 'closed' },
};

export const STATUS_LABEL_ZH: Record<TicketStatus, string> = {
  new: '新建',
  assigned: '已分派',
  in_progress: '处理中',
  waiting_customer: '等待客户',
  resolved: '已解决',
  closed: '已关闭',
};
const ACTION_LABEL_ZH: Record<TicketAction, string> = {
  assign: '分派',
  respond: '首次响应',
  wait_customer: '等待客户',
  resume: '恢复处理',
  resolve: '解决',
  confirm: '客户确认',
  reopen: '重新打开',
  close: '关闭',
};

/** The status after `action`, or an error message (Chinese) when the transition is illegal. */
export function nextStatus(current: TicketStatus, action: TicketAction): { ok: true; to: TicketStatus } | { ok: false; message: string } {
  const t = TRANSITIONS[action];
  if (t.from.includes(current)) return { ok: true, to: t.to };
  return { ok: false, message: `工单状态为「${STATUS_LABEL_ZH[current]}」,不能执行「${ACTION_LABEL_ZH[action]}」` };
}

/** Open tickets run SLA clocks; resolved/closed ones do not. */
export const isOpen = (s: TicketStatus) => s !== 'resolved' && s !== 'closed';
/** The clock is paused while waiting for the customer. */
export const isPaused = (s: TicketStatus) => s === 'waiting_customer';
