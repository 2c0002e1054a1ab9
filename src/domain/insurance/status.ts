/**
 * 事故车/保险定损 case (the station's side of the insurer's process, RULES.md "Accident and insurance repairs"):
 * 报案登记 → 待定损 → 已定损 → 维修中 ⇄ 追加定损中 → 完工/验车 → 单证已交 → 已回款 → 结案, or 已取消 before the repair.
 * One transition table; the service adds the checks that need data (documents complete, receivable paid).
 */

export const INSURANCE_CASE_STATUSES = [
  'registered',
  'awaiting_assessment',
  'assessed',
  'in_repair',
  'supplement',
  'completed',
  'documents_submitted',
  'paid',
  'closed',
  'cancelled',
] as const;
export type InsuranceCaseStatus = (typeof INSURANCE_CASE_STATUSES)[number];

export const INSURANCE_CASE_EVENTS = [
  'request_assessment',
  'assess',
  'start_repair',
  'supplement',
  'decide_supplement',
  'complete',
  'submit_documents',
  'pay_in_full',
  'close',
  'cancel',
] as const;
export type InsuranceCaseEvent = (typeof INSURANCE_CASE_EVENTS)[number];

const TRANSITIONS: Record<InsuranceCaseEvent, { from: readonly InsuranceCaseStatus[]; to: InsuranceCaseStatus }> = {
  // The car is at the store (towed in or driven); the insurer's assessor (定损员) is asked to come.
  request_assessment: { from: ['registered'], to: 'awaiting_assessment' },
  // The 定损单 (first version) is recorded; recording it again before the repair replaces nothing: it adds a version.
  assess: { from: ['awaiting_assessment', 'assessed'], to: 'assessed' },
  // The work order is opened and linked.
  start_repair: { from: ['assessed'], to: 'in_repair' },
  // Hidden damage after teardown: a 追加定损 goes to the insurer.
  supplement: { from: ['in_repair'], to: 'supplement' },
  // The insurer approves or refuses each supplementary line; the approved ones join the work order.
  decide_supplement: { from: ['supplement'], to: 'in_repair' },
  // The repair is done and inspected (验车).
  complete: { from: ['in_repair'], to: 'completed' },
  // The documents for the insurer are checked off and handed in; a direct-pay case opens the receivable.
  submit_documents: { from: ['completed'], to: 'documents_submitted' },
  // The insurer's payments reach the receivable.
  pay_in_full: { from: ['documents_submitted'], to: 'paid' },
  // Paid (direct pay) or, when the owner claims themselves, once the documents are handed over.
  close: { from: ['paid', 'documents_submitted'], to: 'closed' },
  cancel: { from: ['registered', 'awaiting_assessment', 'assessed'], to: 'cancelled' },
};

export const INSURANCE_CASE_STATUS_ZH: Record<InsuranceCaseStatus, string> = {
  registered: '报案登记',
  awaiting_assessment: '待定损',
  assessed: '已定损',
  in_repair: '维修中',
  supplement: '追加定损中',
  completed: '完工/验车',
  documents_submitted: '单证已交',
  paid: '已回款',
  closed: '结案',
  cancelled: '已取消',
};
export const INSURANCE_CASE_EVENT_ZH: Record<InsuranceCaseEvent, string> = {
  request_assessment: '约定损',
  assess: '录入定损单',
  start_repair: '开始维修',
  supplement: '追加定损',
  decide_supplement: '登记追加定损结果',
  complete: '完工验车',
  submit_documents: '提交单证',
  pay_in_full: '回款',
  close: '结案',
  cancel: '取消',
};

export type CaseTransition = { ok: true; to: InsuranceCaseStatus } | { ok: false; message: string };

/** The status after `event`, or a Chinese message naming the status and the refused event. */
export function nextInsuranceCaseStatus(current: InsuranceCaseStatus, event: InsuranceCaseEvent, o: { directPay?: boolean } = {}): CaseTransition {
  const t = TRANSITIONS[event];
  const head = `案件状态为「${INSURANCE_CASE_STATUS_ZH[current]}」,不能${INSURANCE_CASE_EVENT_ZH[event]}`;
  if (!t.from.includes(current)) return { ok: false, message: head };
  // A direct-pay (直赔) case closes only once the insurer has paid.
  if (event === 'close' && current === 'documents_submitted' && o.directPay) return { ok: false, message: `${head}:直赔案件须保险公司回款后结案` };
  return { ok: true, to: t.to };
}

/** The events possible in a status (for the buttons), in the order of the flow. */
export const allowedCaseEvents = (s: InsuranceCaseStatus, o: { directPay?: boolean } = {}) =>
  INSURANCE_CASE_EVENTS.filter((e) => e !== 'pay_in_full' && nextInsuranceCaseStatus(s, e, o).ok);

/** Cases still being worked on (not closed, not cancelled). */
export const isOpenCase = (s: InsuranceCaseStatus) => s !== 'closed' && s !== 'cancelled';

/** The documents the insurer needs (RULES.md: 单证). */
export const CASE_DOCUMENTS = [
  'invoice',
  'settlement_list',
  'assessment',
  'accident_finding',
  'owner_id',
  'driving_licence',
  'vehicle_licence',
  'direct_pay_authorization',
] as const;
export type CaseDocument = (typeof CASE_DOCUMENTS)[number];
export const CASE_DOCUMENT_ZH: Record<CaseDocument, string> = {
  invoice: '维修发票',
  settlement_list: '结算清单',
  assessment: '定损单',
  accident_finding: '事故认定书/协议书',
  owner_id: '身份证',
  driving_licence: '驾驶证',
  vehicle_licence: '行驶证',
  direct_pay_authorization: '直赔授权书',
};

/** The documents a case needs: the 直赔授权书 only for direct pay. */
export const requiredDocuments = (directPay: boolean): CaseDocument[] => CASE_DOCUMENTS.filter((d) => directPay || d !== 'direct_pay_authorization');

/** The required documents not yet checked off. */
export const missingDocuments = (directPay: boolean, checked: readonly string[]): CaseDocument[] =>
  requiredDocuments(directPay).filter((d) => !checked.includes(d));
