/** The work order (任务委托书 / 工单): types, statuses and the status machine of the repair flow. */
import { WORK_ORDER_ACTION_LABELS, WORK_ORDER_STATUS_LABELS, WORK_ORDER_TYPE_LABELS } from './labels.js';
import type { Payer } from './quote.js';

export const WORK_ORDER_TYPES = ['maintenance', 'repair', 'accident', 'warranty', 'recall', 'internal'] as const;
export type WorkOrderType = (typeof WORK_ORDER_TYPES)[number];

export const WORK_ORDER_STATUSES = [
  'draft',
  'confirmed',
  'in_progress',
  'waiting_parts',
  'qc',
  'ready',
  'delivered',
  'settled',
  'closed',
  'cancelled',
] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const WORK_ORDER_ACTIONS = [
  'confirm',
  'start',
  'wait_parts',
  'parts_arrived',
  'finish',
  'qc_pass',
  'qc_fail',
  'deliver',
  'settle',
  'close',
  'cancel',
] as const;
export type WorkOrderAction = (typeof WORK_ORDER_ACTIONS)[number];

type Transition = { from: readonly WorkOrderStatus[]; to: WorkOrderStatus };

/** Transitions for orders settled with a payer (customer, manufacturer for warranty/recall, insurer). */
const SETTLED_FLOW: Record<WorkOrderAction, Transition> = {
  confirm: { from: ['draft'], to: 'confirmed' }, // the customer signs; parts are reserved
  start: { from: ['confirmed'], to: 'in_progress' }, // the first job is clocked on
  wait_parts: { from: ['in_progress'], to: 'waiting_parts' },
  parts_arrived: { from: ['waiting_parts'], to: 'in_progress' },
  finish: { from: ['in_progress'], to: 'qc' }, // every job is finished
  qc_pass: { from: ['qc'], to: 'ready' },
  qc_fail: { from: ['qc'], to: 'in_progress' }, // rework (返工), counted
  settle: { from: ['ready'], to: 'settled' }, // paid at the counter or put on account (挂账)
  deliver: { from: ['settled'], to: 'delivered' }, // the car is handed over with its exit pass (出门证)
  close: { from: ['delivered'], to: 'closed' }, // after the follow-up call
  cancel: { from: ['draft', 'confirmed'], to: 'cancelled' },
};

/**
 * Internal orders (the station's own cars, used-car preparation) bill nobody: ready → delivered → closed.
 * One already settled (re-typed after settlement) may still be delivered rather than stranded.
 */
const INTERNAL_FLOW: Record<WorkOrderAction, Transition> = {
  ...SETTLED_FLOW,
  settle: { from: [], to: 'settled' },
  deliver: { from: ['ready', 'settled'], to: 'delivered' },
};

const flowOf = (type: WorkOrderType) => (type === 'internal' ? INTERNAL_FLOW : SETTLED_FLOW);

export type WorkOrderTransition = { ok: true; to: WorkOrderStatus } | { ok: false; message: string };

/** Whether a work order of this type is settled (结算) before it can be closed. */
export const requiresSettlement = (type: WorkOrderType): boolean => type !== 'internal';

/** Who pays by default for lines of a work order of this type; warranty and recall bill the manufacturer. */
export function defaultPayer(type: WorkOrderType): Payer {
  switch (type) {
    case 'accident':
      return 'insurance';
    case 'warranty':
    case 'recall':
      return 'warranty';
    case 'internal':
      return 'internal';
    default:
      return 'customer';
  }
}

/** Closed and cancelled orders accept no action. */
export const isTerminalWorkOrderStatus = (s: WorkOrderStatus): boolean => s === 'closed' || s === 'cancelled';

/** Vehicle is in the workshop's hands: counts on the workshop board (在修). */
export const isInWorkshop = (s: WorkOrderStatus): boolean => s === 'confirmed' || s === 'in_progress' || s === 'waiting_parts' || s === 'qc' || s === 'ready';

/** Actions allowed in `status` for a work order of `type`, in the order of the flow. */
export function allowedActions(status: WorkOrderStatus, type: WorkOrderType): WorkOrderAction[] {
  const flow = flowOf(type);
  return WORK_ORDER_ACTIONS.filter((a) => flow[a].from.includes(status));
}

/** The status after `action`, or a Chinese message naming the status and the refused action. */
export function nextWorkOrderStatus(current: WorkOrderStatus, action: WorkOrderAction, type: WorkOrderType): WorkOrderTransition {
  const t = flowOf(type)[action];
  if (t.from.includes(current)) return { ok: true, to: t.to };
  return { ok: false, message: refusal(current, action, type) };
}

function refusal(current: WorkOrderStatus, action: WorkOrderAction, type: WorkOrderType): string {
  const head = `工单状态为「${WORK_ORDER_STATUS_LABELS[current].zh}」,不能执行「${WORK_ORDER_ACTION_LABELS[action].zh}」`;
  if (action === 'settle' && !requiresSettlement(type)) return `${head}:${WORK_ORDER_TYPE_LABELS[type].zh}不向客户结算,交车后直接关闭`;
  if (action === 'deliver' && current === 'ready') return `${head}:须先结算或挂账,才能交车放行`;
  if (action === 'close' && (current === 'settled' || current === 'ready')) return `${head}:须先交车`;
  if (action === 'cancel' && !isTerminalWorkOrderStatus(current)) return `${head}:已开工的工单不能取消`;
  if (isTerminalWorkOrderStatus(current)) return `${head}:工单已终结`;
  const next = allowedActions(current, type).map((a) => WORK_ORDER_ACTION_LABELS[a].zh);
  return `${head}(可执行:${next.join('、')})`;
}

/** What the repository stores of a work order's progress. */
export interface WorkOrderProgress {
  type: WorkOrderType;
  status: WorkOrderStatus;
  reworkCount: number;
}

export type WorkOrderActionResult = { ok: true; status: WorkOrderStatus; reworkCount: number; cancelReason?: string } | { ok: false; message: string };

/** Apply an action: the new status, the rework count (+1 on a failed QC) and the required cancel reason. */
export function applyWorkOrderAction(order: WorkOrderProgress, action: WorkOrderAction, input: { reason?: string } = {}): WorkOrderActionResult {
  const t = nextWorkOrderStatus(order.status, action, order.type);
  if (!t.ok) return t;
  if (action === 'cancel') {
    const reason = (input.reason ?? '').trim();
    if (reason === '') return { ok: false, message: '取消工单须填写原因' };
    return { ok: true, status: t.to, reworkCount: order.reworkCount, cancelReason: reason };
  }
  return { ok: true, status: t.to, reworkCount: order.reworkCount + (action === 'qc_fail' ? 1 : 0) };
}
