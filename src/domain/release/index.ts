/**
 * Release control (放行): a car leaves only when its order is settled, or put on account (挂账) for a fleet customer,
 * the insurer or the manufacturer by someone with that authority; the exit pass (出门证) is checked at the gate once.
 */
import type { WorkOrderType } from '../work-orders/status.js';

/** Who carries an order put on account: a fleet (单位客户), the insurer (保险公司) or the manufacturer (主机厂,三包/召回). */
export const ON_ACCOUNT_PAYERS = ['fleet', 'insurer', 'manufacturer'] as const;
export type OnAccountPayer = (typeof ON_ACCOUNT_PAYERS)[number];
export const ON_ACCOUNT_PAYER_LABELS: Record<OnAccountPayer, { zh: string; en: string }> = {
  fleet: { zh: '单位客户', en: 'Fleet customer' },
  insurer: { zh: '保险公司', en: 'Insurer' },
  manufacturer: { zh: '主机厂', en: 'Manufacturer' },
};

/** Why this order may not go on account with this payer (Chinese), or null. */
export function onAccountRefusal(o: { payer: OnAccountPayer; customerKind: string; orderType: WorkOrderType }): string | null {
  if (o.payer === 'fleet' && o.customerKind !== 'company') return '只有单位客户(车队)可以挂账,个人客户须当场结清';
  if (o.payer === 'insurer' && o.orderType !== 'accident') return '只有事故车工单可以挂保险公司账';
  if (o.payer === 'manufacturer' && o.orderType !== 'warranty' && o.orderType !== 'recall') return '只有三包索赔或召回工单可以挂主机厂账';
  return null;
}

/** How the release was earned: paid at the counter, on account, or an internal order that bills nobody. */
export const RELEASE_BASES = ['settled', 'on_account', 'internal'] as const;
export type ReleaseBasis = (typeof RELEASE_BASES)[number];
export const RELEASE_BASIS_LABELS: Record<ReleaseBasis, { zh: string; en: string }> = {
  settled: { zh: '已结清', en: 'Paid' },
  on_account: { zh: '挂账', en: 'On account' },
  internal: { zh: '内部工单', en: 'Internal order' },
};

/** An exit pass (出门证 / 放行条) is issued at delivery and used once at the gate. */
export const GATE_PASS_STATUSES = ['issued', 'exited'] as const;
export type GatePassStatus = (typeof GATE_PASS_STATUSES)[number];

/** Why the gate may not let the car out on this pass (Chinese), or null. */
export function gateCheckRefusal(pass: { status: GatePassStatus; plate: string }, plateSeen?: string): string | null {
  if (pass.status === 'exited') return '该出门证已使用,车辆已放行';
  if (plateSeen !== undefined && normalizePlate(plateSeen) !== normalizePlate(pass.plate)) return `车牌与出门证不符(出门证车牌 ${pass.plate})`;
  return null;
}

/** A plate as typed at the gate: no spaces or separators, upper case (沪A·12345 = 沪a12345). */
export const normalizePlate = (p: string): string => p.replace(/[\s·.-]/g, '').toUpperCase();
