/**
 * Reports upward (定期报告): the station's monthly report to the general manager and the manufacturer, the quarterly
 * 小结 and the annual 总结 — a template of sections (seed 002: 前台工时, 零配件及增值业务, 服务流程及5S, 客户关系,
 * 车间生产力/工作效率/维修质量, 服务利润) with the KPI figures filled in; draft → submitted → acknowledged by the level above.
 */
export const REPORT_KINDS = ['monthly', 'quarterly', 'annual'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Record<ReportKind, { zh: string; en: string }> = {
  monthly: { zh: '月度服务站报告', en: 'Monthly station report' },
  quarterly: { zh: '季度小结', en: 'Quarterly summary' },
  annual: { zh: '年度总结', en: 'Annual review' },
};
export const REPORT_STATUSES = ['draft', 'submitted', 'acknowledged'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportAction = 'edit' | 'submit' | 'acknowledge' | 'reopen';

/** The status after an action, or null when the action is not allowed in that status. */
export function nextReportStatus(status: ReportStatus, action: ReportAction): ReportStatus | null {
  if (action === 'edit') return status === 'draft' ? 'draft' : null;
  if (action === 'submit') return status === 'draft' ? 'submitted' : null;
  if (action === 'acknowledge') return status === 'submitted' ? 'acknowledged' : null;
  return status === 'submitted' ? 'draft' : null; // reopen: the level above sends it back
}

/** The sections of each kind's template, in order; the KPI keys shown with each. */
export const REPORT_TEMPLATES: Record<ReportKind, { key: string; titleZh: string; kpis: string[] }[]> = {
  monthly: [
    { key: 'front-desk', titleZh: '前台工时与业绩', kpis: ['carsIn', 'carsSettled', 'revenueLabor', 'avgTicket', 'appointmentRate'] },
    { key: 'parts', titleZh: '零配件及增值业务销售', kpis: ['revenueParts', 'revenueOther', 'partsFill'] },
    { key: 'process', titleZh: '服务流程及 5S', kpis: ['onTimeDelivery', 'sameDayDelivery', 'appointmentSuccess'] },
    { key: 'customers', titleZh: '客户关系', kpis: ['csi', 'followUpRate', 'complaintRate', 'complaintInTime'] },
    {
      key: 'workshop',
      titleZh: '车间生产力、工作效率与维修质量',
      kpis: ['productivity', 'efficiency', 'productionRate', 'firstTimeFix', 'comebackRate', 'qcFirstPass'],
    },
    { key: 'profit', titleZh: '服务利润', kpis: ['revenue'] },
    { key: 'plan', titleZh: '问题与下月计划', kpis: [] },
  ],
  quarterly: [
    { key: 'overview', titleZh: '本季概况', kpis: ['carsIn', 'carsSettled', 'revenue', 'avgTicket'] },
    { key: 'quality', titleZh: '质量与客户', kpis: ['firstTimeFix', 'csi', 'complaintInTime', 'onTimeDelivery'] },
    { key: 'issues', titleZh: '主要问题', kpis: [] },
    { key: 'actions', titleZh: '改进措施', kpis: [] },
    { key: 'plan', titleZh: '下季计划', kpis: [] },
  ],
  annual: [
    { key: 'overview', titleZh: '年度概况', kpis: ['carsIn', 'carsSettled', 'revenue', 'revenueLabor', 'revenueParts', 'avgTicket'] },
    { key: 'workshop', titleZh: '车间与质量', kpis: ['productivity', 'efficiency', 'productionRate', 'firstTimeFix', 'partsFill'] },
    { key: 'customers', titleZh: '客户满意与投诉', kpis: ['csi', 'complaintRate', 'complaintInTime', 'followUpRate'] },
    { key: 'achievements', titleZh: '主要成绩', kpis: [] },
    { key: 'issues', titleZh: '存在问题', kpis: [] },
    { key: 'goals', titleZh: '明年目标', kpis: [] },
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * A report period label ('2026-11', '2026-Q4', '2026') of the kind as local dates, or a Chinese problem.
 * A period that has not started yet (from after `today`) is in the future.
 */
export function reportPeriod(kind: ReportKind, label: string, today: string): { from: string; to: string } | { problem: string } {
  let from: string;
  let to: string;
  const m = kind === 'monthly' ? /^(\d{4})-(\d{2})$/.exec(label) : kind === 'quarterly' ? /^(\d{4})-Q([1-4])$/.exec(label) : /^(\d{4})$/.exec(label);
  if (!m) return { problem: kind === 'monthly' ? '月份格式须为 YYYY-MM' : kind === 'quarterly' ? '季度格式须为 YYYY-Q1…Q4' : '年份格式须为 YYYY' };
  const y = Number(m[1]);
  if (y < 2000 || y > 2200) return { problem: '年份须在 2000–2200 之间' };
  if (kind === 'monthly') {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return { problem: '月份须为 01–12' };
    from = `${y}-${pad(mo)}-01`;
    to = `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`;
  } else if (kind === 'quarterly') {
    const q0 = (Number(m[2]) - 1) * 3 + 1;
    from = `${y}-${pad(q0)}-01`;
    to = `${y}-${pad(q0 + 2)}-${pad(lastDay(y, q0 + 2))}`;
  } else {
    from = `${y}-01-01`;
    to = `${y}-12-31`;
  }
  if (from > today) return { problem: '报告期间不能在将来' };
  return { from, to };
}
