/**
 * Service requests (服务请求) and on-site visits (上门服务): statuses and the one transition table each.
 * A request is received, diagnosed by phone (resolved there, or an on-site visit is needed), and closed.
 * A visit is open until assigned, then the engineer checks in at the site and checks out, resolved or not
 * (an unresolved visit asks for a next visit).
 */

export const REQUEST_STATUSES = ['received', 'diagnosing', 'on_site', 'resolved', 'closed', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_ZH: Record<RequestStatus, string> = {
  received: '已受理',
  diagnosing: '电话诊断中',
  on_site: '需上门',
  resolved: '已解决',
  closed: '已关闭',
  cancelled: '已取消',
};

export const DIAGNOSIS_OUTCOMES = ['resolved_by_phone', 'needs_visit', 'customer_unreachable'] as const;
export type DiagnosisOutcome = (typeof DIAGNOSIS_OUTCOMES)[number];
export const DIAGNOSIS_ZH: Record<DiagnosisOutcome, string> = {
  resolved_by_phone: '电话解决',
  needs_visit: '需上门',
  customer_unreachable: '客户未接通',
};

export const VISIT_STATUSES = ['open', 'assigned', 'checked_in', 'done', 'unresolved', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_ZH: Record<VisitStatus, string> = {
  open: '待派工',
  assigned: '已派工',
  checked_in: '已到场',
  done: '已完成',
  unresolved: '未解决',
  cancelled: '已取消',
};
export const VISIT_KINDS = ['repair', 'maintenance', 'installation'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const VISIT_EVENTS = ['assign', 'check_in', 'check_out', 'cancel'] as const;
export type VisitEvent = (typeof VISIT_EVENTS)[number];
const VISIT_EVENT_ZH: Record<VisitEvent, string> = { assign: '派工', check_in: '签到', check_out: '签退', cancel: '取消' };

const VISIT_FROM: Record<VisitEvent, readonly VisitStatus[]> = {
  // The dispatcher may move an assigned visit to someone else until the engineer is on site.
  assign: ['open', 'assigned'],
  check_in: ['assigned'],
  check_out: ['checked_in'],
  cancel: ['open', 'assigned'],
};

/** The status after `event`, or the Chinese reason it is not allowed. check_out ends done or unresolved. */
export function nextVisitStatus(current: VisitStatus, event: VisitEvent, resolved = true): { ok: true; to: VisitStatus } | { ok: false; message: string } {
  if (!VISIT_FROM[event].includes(current)) {
    if (event === 'check_out' && current === 'assigned') return { ok: false, message: '尚未签到,不能签退' };
    return { ok: false, message: `上门服务状态为「${VISIT_STATUS_ZH[current]}」,不能${VISIT_EVENT_ZH[event]}` };
  }
  const to: Record<VisitEvent, VisitStatus> = { assign: 'assigned', check_in: 'checked_in', check_out: resolved ? 'done' : 'unresolved', cancel: 'cancelled' };
  return { ok: true, to: to[event] };
}

/** Visits still waiting for the engineer to arrive: they count against the response deadline. */
export const AWAITING_ARRIVAL: readonly VisitStatus[] = ['open', 'assigned'];
