/** Settlement (结算单) as served by /api/work-orders/{id}/settlement. */
import type { Answer } from '../../api/paths';

export type Settlement = Answer<'/work-orders/{id}/settlement'>;
export type SettlementStatus = Settlement['status'];
export const PAYMENT_METHODS = ['cash', 'bank-card', 'wechat', 'alipay', 'transfer', 'member-card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const SETTLEMENT_STATUS_COLORS: Record<SettlementStatus | 'none', string> = {
  none: 'default',
  pending_approval: 'warning',
  approved: 'processing',
  settled: 'success',
  on_account: 'success',
  rejected: 'error',
};
