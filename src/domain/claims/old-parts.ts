/**
 * Old parts (旧件) of claims: a claimed part flagged 需回运 is due back to the manufacturer in a monthly return
 * batch (回运单) unless a 延返 request is granted; the manufacturer's receipt marks each part returned (实返) or
 * missing (缺失); missing parts are deducted on the station's settlement.
 */

export const RETURN_STATUSES = ['not_required', 'due', 'deferral_requested', 'waived', 'shipped', 'returned', 'missing'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const RETURN_STATUS_ZH: Record<ReturnStatus, string> = {
  not_required: '无需回运',
  due: '待回运',
  deferral_requested: '延返申请中',
  waived: '同意延返',
  shipped: '已装运',
  returned: '已返回',
  missing: '缺失',
};

export type ReturnEvent = 'requestDeferral' | 'grantDeferral' | 'refuseDeferral' | 'ship' | 'receive' | 'markMissing';
const TRANSITIONS: Record<ReturnEvent, { from: readonly ReturnStatus[]; to: ReturnStatus }> = {
  requestDeferral: { from: ['due'], to: 'deferral_requested' },
  grantDeferral: { from: ['deferral_requested'], to: 'waived' },
  refuseDeferral: { from: ['deferral_requested'], to: 'due' },
  // A part asked to be kept back is not shipped until the request is decided.
  ship: { from: ['due'], to: 'shipped' },
  receive: { from: ['shipped'], to: 'returned' },
  markMissing: { from: ['shipped'], to: 'missing' },
};

export function nextReturnStatus(current: ReturnStatus, event: ReturnEvent): { ok: true; to: ReturnStatus } | { ok: false; message: string } {
  const t = TRANSITIONS[event];
  return t.from.includes(current) ? { ok: true, to: t.to } : { ok: false, message: `旧件状态为「${RETURN_STATUS_ZH[current]}」,不能执行此操作` };
}

/** 应返 / 实返 / 缺失 of a batch from its parts' statuses (parts not yet received count as 应返 only). */
export function batchCounts(statuses: readonly ReturnStatus[]) {
  const expected = statuses.length;
  const returned = statuses.filter((s) => s === 'returned').length;
  const missing = statuses.filter((s) => s === 'missing').length;
  return { expected, returned, missing };
}

/** The printed tag (旧件标签) of a claimed part: claim number and line, read back by the QR code or barcode. */
export const tagNumberOf = (claimNumber: string, lineNo: number) => `${claimNumber}-${String(lineNo).padStart(2, '0')}`;

/** The recovery rate (追偿率) of a supplier: recovered over claimed, in basis points (null when nothing was claimed). */
export function recoveryRateBp(claimedFen: number, recoveredFen: number): number | null {
  if (claimedFen <= 0) return null;
  return Math.round((recoveredFen * 10_000) / claimedFen);
}

/** Supplier recovery claims (二次索赔) against a component supplier (配套厂家). */
export const SUPPLIER_CLAIM_STATUSES = ['open', 'sent', 'accepted', 'partly_accepted', 'refused'] as const;
export type SupplierClaimStatus = (typeof SUPPLIER_CLAIM_STATUSES)[number];
export const SUPPLIER_CLAIM_STATUS_ZH: Record<SupplierClaimStatus, string> = {
  open: '待发出',
  sent: '已发出',
  accepted: '全额追回',
  partly_accepted: '部分追回',
  refused: '供应商拒赔',
};

/** The status after the supplier's answer: the recovered amount decides accepted, partly accepted or refused. */
export function supplierOutcome(claimedFen: number, recoveredFen: number): SupplierClaimStatus {
  if (recoveredFen <= 0) return 'refused';
  return recoveredFen >= claimedFen ? 'accepted' : 'partly_accepted';
}
