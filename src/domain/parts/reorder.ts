/**
 * Purchasing rules (采购计划): demand statistics, reorder point (订货点) and safety stock (安全库存), the suggested
 * order quantity, and the purchase-order statuses. Quantities ×1000 (milli), whole units where a part is ordered.
 */

/** Daily demand over a history window, from the sums the database gives (one row per part, days without demand count as 0). */
export function dailyDemand(f: { totalMilli: number; sumSquaresMilli2: number; days: number }): { meanMilli: number; sdMilli: number } {
  if (f.days <= 0) return { meanMilli: 0, sdMilli: 0 };
  const mean = f.totalMilli / f.days;
  // Population variance E[x²] − E[x]²; clamped at 0 against float rounding.
  const variance = Math.max(0, f.sumSquaresMilli2 / f.days - mean * mean);
  return { meanMilli: mean, sdMilli: Math.sqrt(variance) };
}

const UNIT = 1000;
/** Up to the next whole unit (parts are ordered and stocked in whole units). */
export const ceilUnit = (milli: number): number => (milli <= 0 ? 0 : Math.ceil(Math.round(milli) / UNIT) * UNIT);

export interface PlanningInput {
  meanMilli: number;
  sdMilli: number;
  leadTimeDays: number;
  /** z of the service level, e.g. 1.65 ≈ 95 %. */
  safetyFactor: number;
}

/**
 * Safety stock = ⌈z × σ(daily) × √lead time⌉; reorder point = ⌈mean daily demand × lead time⌉ + safety stock
 * (the demand expected while an order is on its way, plus the buffer against its variation). Whole units.
 */
export function reorderLevels(p: PlanningInput): { safetyStockMilli: number; reorderPointMilli: number } {
  const lead = Math.max(0, p.leadTimeDays);
  const safetyStockMilli = ceilUnit(Math.max(0, p.safetyFactor) * p.sdMilli * Math.sqrt(lead));
  return { safetyStockMilli, reorderPointMilli: ceilUnit(p.meanMilli * lead) + safetyStockMilli };
}

/** An override (set by the planner) wins over the computed figure, field by field. */
export function effectiveLevels(
  computed: { safetyStockMilli: number; reorderPointMilli: number },
  override: { safetyStockMilli: number | null; reorderPointMilli: number | null },
) {
  return {
    safetyStockMilli: override.safetyStockMilli ?? computed.safetyStockMilli,
    reorderPointMilli: override.reorderPointMilli ?? computed.reorderPointMilli,
    overridden: override.safetyStockMilli !== null || override.reorderPointMilli !== null,
  };
}

export interface PositionInput {
  onHandMilli: number;
  reservedMilli: number;
  /** Short lines of work orders (待料) not yet covered. */
  backorderedMilli: number;
  /** Ordered from suppliers and not yet received (sent / partly received orders). */
  onOrderMilli: number;
  reorderPointMilli: number;
  /** Demand of one review cycle, ordered on top of the reorder point (order-up-to level). */
  cycleDemandMilli: number;
  /** Pack size: the quantity is rounded up to whole packs (≥ 1 unit). */
  packMilli: number;
}

/**
 * Suggested purchase quantity. Stock position = on hand − reserved + on order − backordered. When it is at or below
 * the reorder point, or any backorder is not covered by what is on order, order up to reorder point + one cycle's
 * demand, rounded up to whole packs. Nothing otherwise.
 */
export function suggestedQty(p: PositionInput): { positionMilli: number; qtyMilli: number; reason: 'none' | 'reorder' | 'backorder' } {
  const positionMilli = p.onHandMilli - p.reservedMilli + p.onOrderMilli - p.backorderedMilli;
  const uncoveredBackorder = p.backorderedMilli > 0 && positionMilli < 0;
  if (!uncoveredBackorder && (positionMilli > p.reorderPointMilli || (p.reorderPointMilli === 0 && p.cycleDemandMilli === 0)))
    return { positionMilli, qtyMilli: 0, reason: 'none' };
  const want = p.reorderPointMilli + Math.max(0, p.cycleDemandMilli) - positionMilli;
  const pack = Math.max(UNIT, ceilUnit(p.packMilli));
  const qtyMilli = want <= 0 ? 0 : Math.ceil(Math.round(want) / pack) * pack;
  return { positionMilli, qtyMilli, reason: qtyMilli === 0 ? 'none' : uncoveredBackorder ? 'backorder' : 'reorder' };
}

// ---- purchase orders ----
export const PO_STATUSES = ['draft', 'pending_approval', 'sent', 'partly_received', 'received', 'closed', 'cancelled'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];
export const PO_STATUS_LABELS: Record<PoStatus, string> = {
  draft: '草稿',
  pending_approval: '待审批',
  sent: '已发出',
  partly_received: '部分到货',
  received: '已到货',
  closed: '已关闭',
  cancelled: '已取消',
};
export const PO_ACTIONS = ['send', 'approve', 'reject', 'close', 'cancel'] as const;
export type PoAction = (typeof PO_ACTIONS)[number];

/** Status after an action, or null when the action is not allowed in that status. `send` within authority → sent, else → pending_approval. */
export function poTransition(status: PoStatus, action: PoAction, withinAuthority = true): PoStatus | null {
  switch (action) {
    case 'send':
      return status === 'draft' ? (withinAuthority ? 'sent' : 'pending_approval') : null;
    case 'approve':
      return status === 'pending_approval' ? 'sent' : null;
    case 'reject':
      return status === 'pending_approval' ? 'draft' : null;
    case 'close':
      // The supplier will not deliver the rest: a partly received order is closed short.
      return status === 'partly_received' || status === 'sent' ? 'closed' : null;
    case 'cancel':
      return status === 'draft' || status === 'pending_approval' ? 'cancelled' : null;
  }
}

/** May goods be received against an order in this status. */
export const isReceivable = (s: PoStatus) => s === 'sent' || s === 'partly_received';

/** Status after a receipt, from the lines' ordered and received quantities. */
export function statusAfterReceipt(lines: readonly { orderedMilli: number; receivedMilli: number }[]): PoStatus {
  return lines.every((l) => l.receivedMilli >= l.orderedMilli) ? 'received' : 'partly_received';
}

/** Over-receipt (收货超订): the quantity above what is still open on the line, 0 when within. */
export const overReceiptMilli = (line: { orderedMilli: number; receivedMilli: number }, qtyMilli: number) =>
  Math.max(0, line.receivedMilli + qtyMilli - Math.max(line.orderedMilli, line.receivedMilli));

/** Order value in fen: Σ quantity × unit cost, each line rounded half up. */
export function orderTotalFen(lines: readonly { orderedMilli: number; unitCostFen: number }[]): number {
  return lines.reduce((s, l) => s + Math.round((l.orderedMilli * l.unitCostFen) / 1000), 0);
}
