import { describe, expect, it } from 'vitest';
import {
  WORK_ORDER_ACTIONS,
  WORK_ORDER_STATUSES,
  WORK_ORDER_TYPES,
  allowedActions,
  applyWorkOrderAction,
  defaultPayer,
  isTerminalWorkOrderStatus,
  nextWorkOrderStatus,
  requiresSettlement,
  type WorkOrderAction,
  type WorkOrderStatus,
  type WorkOrderType,
} from './status.js';
import { WORK_ORDER_ACTION_LABELS, WORK_ORDER_STATUS_LABELS, WORK_ORDER_TYPE_LABELS } from './labels.js';

const CUSTOMER_TYPES = WORK_ORDER_TYPES.filter((t) => t !== 'internal');

const common: [WorkOrderStatus, WorkOrderAction, WorkOrderStatus][] = [
  ['draft', 'confirm', 'confirmed'],
  ['confirmed', 'start', 'in_progress'],
  ['in_progress', 'wait_parts', 'waiting_parts'],
  ['waiting_parts', 'parts_arrived', 'in_progress'],
  ['in_progress', 'finish', 'qc'],
  ['qc', 'qc_pass', 'ready'],
  ['qc', 'qc_fail', 'in_progress'],
  ['delivered', 'close', 'closed'],
  ['draft', 'cancel', 'cancelled'],
  ['confirmed', 'cancel', 'cancelled'],
];
/** Release control (放行): the car is handed over only after settlement or 挂账. */
const settledOnly: [WorkOrderStatus, WorkOrderAction, WorkOrderStatus][] = [
  ['ready', 'settle', 'settled'],
  ['settled', 'deliver', 'delivered'],
];
const internalOnly: [WorkOrderStatus, WorkOrderAction, WorkOrderStatus][] = [
  ['ready', 'deliver', 'delivered'],
  ['settled', 'deliver', 'delivered'], // only if re-typed after settlement: not stranded
];

const legalFor = (type: WorkOrderType) => [...common, ...(type === 'internal' ? internalOnly : settledOnly)];
const cases = WORK_ORDER_TYPES.flatMap((type) => legalFor(type).map(([from, a, to]) => [type, from, a, to] as const));

describe('nextWorkOrderStatus', () => {
  it.each(cases)('%s: %s --%s--> %s', (type, from, action, to) => expect(nextWorkOrderStatus(from, action, type)).toEqual({ ok: true, to }));

  it.each(WORK_ORDER_TYPES)('%s: every other pair is refused naming the status and the action', (type) => {
    const ok = new Set(legalFor(type).map(([f, a]) => `${f}|${a}`));
    for (const s of WORK_ORDER_STATUSES) {
      for (const a of WORK_ORDER_ACTIONS) {
        if (ok.has(`${s}|${a}`)) continue;
        const r = nextWorkOrderStatus(s, a, type);
        expect(r.ok, `${s} ${a}`).toBe(false);
        if (!r.ok) expect(r.message).toContain(`工单状态为「${WORK_ORDER_STATUS_LABELS[s].zh}」,不能执行「${WORK_ORDER_ACTION_LABELS[a].zh}」`);
      }
    }
  });

  it.each([
    ['internal', 'ready', 'settle', '内部工单不向客户结算'],
    ['repair', 'ready', 'deliver', '须先结算或挂账'],
    ['warranty', 'ready', 'deliver', '须先结算或挂账'],
    ['repair', 'settled', 'close', '须先交车'],
    ['repair', 'in_progress', 'cancel', '已开工的工单不能取消'],
    ['repair', 'closed', 'start', '工单已终结'],
    ['repair', 'qc', 'deliver', '可执行:质检合格、质检不合格返工'],
  ] as const)('%s in %s refuses %s: …%s', (type, status, action, hint) => {
    const r = nextWorkOrderStatus(status, action, type);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(hint);
  });
});

describe('settlement by type', () => {
  it.each(CUSTOMER_TYPES)('%s orders must settle before delivery', (type) => {
    expect(requiresSettlement(type)).toBe(true);
    expect(allowedActions('ready', type)).toEqual(['settle']);
    expect(allowedActions('settled', type)).toEqual(['deliver']);
  });
  it('internal orders are delivered straight after QC and closed after delivery', () => {
    expect(requiresSettlement('internal')).toBe(false);
    expect(allowedActions('ready', 'internal')).toEqual(['deliver']);
    expect(allowedActions('delivered', 'internal')).toEqual(['close']);
  });
  it.each([
    ['maintenance', 'customer'],
    ['repair', 'customer'],
    ['accident', 'insurance'],
    ['warranty', 'warranty'],
    ['recall', 'warranty'],
    ['internal', 'internal'],
  ] as const)('%s is billed by default to %s', (type, payer) => expect(defaultPayer(type)).toBe(payer));
});

describe('allowedActions', () => {
  it.each([
    ['draft', ['confirm', 'cancel']],
    ['confirmed', ['start', 'cancel']],
    ['in_progress', ['wait_parts', 'finish']],
    ['waiting_parts', ['parts_arrived']],
    ['qc', ['qc_pass', 'qc_fail']],
    ['ready', ['settle']],
    ['settled', ['deliver']],
    ['delivered', ['close']],
    ['closed', []],
    ['cancelled', []],
  ] as const)('%s → %j', (status, actions) => expect(allowedActions(status, 'repair')).toEqual(actions));

  it.each(WORK_ORDER_TYPES)('%s: agrees with nextWorkOrderStatus', (type) => {
    for (const s of WORK_ORDER_STATUSES) {
      for (const a of WORK_ORDER_ACTIONS) expect(nextWorkOrderStatus(s, a, type).ok).toBe(allowedActions(s, type).includes(a));
    }
  });
});

describe('applyWorkOrderAction', () => {
  it('counts a failed QC as rework', () => {
    expect(applyWorkOrderAction({ type: 'repair', status: 'qc', reworkCount: 1 }, 'qc_fail')).toEqual({ ok: true, status: 'in_progress', reworkCount: 2 });
    expect(applyWorkOrderAction({ type: 'repair', status: 'qc', reworkCount: 1 }, 'qc_pass')).toEqual({ ok: true, status: 'ready', reworkCount: 1 });
  });
  it.each([[undefined], [''], ['   ']])('cancelling needs a reason (%j)', (reason) => {
    expect(applyWorkOrderAction({ type: 'repair', status: 'draft', reworkCount: 0 }, 'cancel', { reason })).toEqual({
      ok: false,
      message: '取消工单须填写原因',
    });
  });
  it('keeps the trimmed cancel reason', () => {
    expect(applyWorkOrderAction({ type: 'maintenance', status: 'confirmed', reworkCount: 0 }, 'cancel', { reason: ' 客户改约 ' })).toEqual({
      ok: true,
      status: 'cancelled',
      reworkCount: 0,
      cancelReason: '客户改约',
    });
  });
  it('passes refusals through', () => {
    expect(applyWorkOrderAction({ type: 'repair', status: 'ready', reworkCount: 0 }, 'cancel', { reason: '客户不修了' }).ok).toBe(false);
  });
});

describe('labels', () => {
  it.each([
    [WORK_ORDER_STATUSES, WORK_ORDER_STATUS_LABELS],
    [WORK_ORDER_ACTIONS, WORK_ORDER_ACTION_LABELS],
    [WORK_ORDER_TYPES, WORK_ORDER_TYPE_LABELS],
  ] as const)('every value has a Chinese and an English label', (values, labels) => {
    for (const v of values) {
      const l = (labels as Record<string, { zh: string; en: string }>)[v];
      expect(l.zh).toMatch(/\p{Script=Han}/u);
      expect(l.en).toMatch(/^[A-Z]/);
    }
  });
  it('terminal statuses', () => expect(WORK_ORDER_STATUSES.filter(isTerminalWorkOrderStatus)).toEqual(['closed', 'cancelled']));
});
