/** Work orders (任务委托书): the status machine, quality guarantee and comebacks, catalog quotes in fen. */

/** Types, statuses, actions; transitions; default payer per type. */
export {
  WORK_ORDER_ACTIONS,
  WORK_ORDER_STATUSES,
  WORK_ORDER_TYPES,
  allowedActions,
  applyWorkOrderAction,
  defaultPayer,
  isInWorkshop,
  isTerminalWorkOrderStatus,
  nextWorkOrderStatus,
  requiresSettlement,
} from './status.js';
export type { WorkOrderAction, WorkOrderActionResult, WorkOrderProgress, WorkOrderStatus, WorkOrderTransition, WorkOrderType } from './status.js';
/** zh/en names of types, statuses and actions. */
export { WORK_ORDER_ACTION_LABELS, WORK_ORDER_STATUS_LABELS, WORK_ORDER_TYPE_LABELS } from './labels.js';
export type { Label } from './labels.js';
/** Quality guarantee periods (质量保证期) and comebacks (返修). */
export {
  LEGAL_GUARANTEE,
  REPAIR_CATEGORIES,
  REPAIR_CATEGORY_LABELS,
  checkGuaranteeSettings,
  guaranteeFor,
  isComeback,
  isWithinGuarantee,
} from './guarantee.js';
export type {
  CurrentVisit,
  DeliveredRepair,
  GuaranteeCheck,
  GuaranteeReason,
  GuaranteeSettings,
  GuaranteeTerms,
  PreviousRepair,
  RepairCategory,
} from './guarantee.js';
/** Quotes: priced lines, totals per payer and kind, tax contained. */
export { PAYERS, priceLine, quote, validateQuoteLine } from './quote.js';
export type { LaborLine, LineKind, PartsLine, Payer, PayerTotals, PricedLine, Quote, QuoteLine, QuoteTotals } from './quote.js';
/** Integer money helpers. */
export { formatYuan, roundHalfUpDiv, toScaled, vatIncluded } from './money.js';
