/** Settlement (结算单) as served by /api/work-orders/{id}/settlement. */
export type SettlementStatus = 'approved' | 'pending_approval' | 'settled' | 'rejected';
export const PAYMENT_METHODS = ['cash', 'bank-card', 'wechat', 'alipay', 'transfer', 'member-card'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface Settlement {
  id: string;
  workOrderId: string;
  number: string;
  status: SettlementStatus;
  grossFen: number;
  discountFen: number;
  discountPct: number;
  payableFen: number;
  payments: { method: string; amountFen: number }[];
  invoiceNo: string;
  approvedByName: string | null;
  cashierName: string | null;
  settledAt: string | null;
  version: number;
}

export const SETTLEMENT_STATUS_COLORS: Record<SettlementStatus | 'none', string> = {
  none: 'default', pending_approval: 'warning', approved: 'processing', settled: 'success', rejected: 'error',
};
