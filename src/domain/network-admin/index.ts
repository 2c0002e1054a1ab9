/**
 * Network administration (issue 13 point 1), pure: star grades, the accreditation lifecycle of a point
 * (申请 → 考察 → 初审 → 签约 → 运营, 整改 and 退出) as one status table, and the evaluation scorecard HQ configures
 * (items with weights adding up to 100, each scored by sampling or pass/fail) with the score of a filled card.
 */

export const STARS = ['none', '1', '2', '3', '4', '5'] as const;
export type Star = (typeof STARS)[number];
export const STAR_LABELS: Record<Star, string> = { none: '普通', '1': '一星', '2': '二星', '3': '三星', '4': '四星', '5': '五星' };

export const ACCREDITATION_STATUSES = ['applied', 'surveyed', 'preliminary', 'signed', 'operating', 'rectifying', 'exited'] as const;
export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[number];
export const ACCREDITATION_LABELS: Record<AccreditationStatus, string> = {
  applied: '申请',
  surveyed: '考察',
  preliminary: '初审',
  signed: '签约',
  operating: '运营',
  rectifying: '整改',
  exited: '退出',
};
export type AccreditationAction = 'survey' | 'approve' | 'sign' | 'open' | 'rectify' | 'resume' | 'exit';

/** The one status table: from → action → to. 退出 is possible from every status but itself, and final. */
const TABLE: Record<AccreditationStatus, Partial<Record<AccreditationAction, AccreditationStatus>>> = {
  applied: { survey: 'surveyed', exit: 'exited' },
  surveyed: { approve: 'preliminary', exit: 'exited' },
  preliminary: { sign: 'signed', exit: 'exited' },
  signed: { open: 'operating', exit: 'exited' },
  operating: { rectify: 'rectifying', exit: 'exited' },
  rectifying: { resume: 'operating', exit: 'exited' },
  exited: {},
};

export const nextAccreditation = (from: AccreditationStatus, action: AccreditationAction): AccreditationStatus | null => TABLE[from]?.[action] ?? null;
export const accreditationActions = (from: AccreditationStatus): AccreditationAction[] => Object.keys(TABLE[from] ?? {}) as AccreditationAction[];

/** A record's date may not be in the future nor before the previous record's date. */
export function accreditationDateProblem(on: string, today: string, lastOn: string | null): string | null {
  if (on > today) return '日期不能在将来';
  if (lastOn && on < lastOn) return `日期不能早于上一步(${lastOn})`;
  return null;
}

export type ScoringMethod = 'sampled' | 'passfail';
export interface ScorecardItem {
  key: string;
  nameZh: string;
  weight: number;
  method: ScoringMethod;
}

/** Problems with a scorecard's items (field path → message): keys unique, weights > 0, the sum exactly 100. */
export function scorecardProblems(items: readonly ScorecardItem[]): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (!items.length) return [{ path: 'items', message: '至少一个评价项目' }];
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.key)) out.push({ path: `items.${i}.key`, message: '项目编码重复' });
    seen.add(it.key);
    if (!Number.isFinite(it.weight) || it.weight <= 0) out.push({ path: `items.${i}.weight`, message: '权重须大于 0' });
  });
  const sum = items.reduce((s, it) => s + (Number.isFinite(it.weight) ? it.weight : 0), 0);
  if (!out.length && Math.abs(sum - 100) > 1e-6) out.push({ path: 'items', message: `权重合计须为 100(现为 ${Math.round(sum * 100) / 100})` });
  return out;
}

export type ItemScore = { pass: boolean } | { sampled: number; passed: number };

/** Problems with one filled card: every item scored in its own way, passed ≤ sampled, sampled ≥ 1. */
export function entryProblems(items: readonly ScorecardItem[], scores: Record<string, ItemScore>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const k of Object.keys(scores)) if (!items.some((i) => i.key === k)) out.push({ path: `scores.${k}`, message: '评价表中没有这一项' });
  for (const it of items) {
    const s = scores[it.key];
    if (!s) out.push({ path: `scores.${it.key}`, message: '请评分' });
    else if (it.method === 'passfail' && !('pass' in s)) out.push({ path: `scores.${it.key}`, message: '此项按合格/不合格评分' });
    else if (it.method === 'sampled') {
      if (!('sampled' in s)) out.push({ path: `scores.${it.key}`, message: '此项按抽样评分' });
      else if (!Number.isInteger(s.sampled) || s.sampled < 1) out.push({ path: `scores.${it.key}.sampled`, message: '抽样数须为正整数' });
      else if (!Number.isInteger(s.passed) || s.passed < 0 || s.passed > s.sampled)
        out.push({ path: `scores.${it.key}.passed`, message: '合格数须在 0 与抽样数之间' });
    }
  }
  return out;
}

/** The card's total (0–100, two decimals): Σ weight × share, share = 1/0 for pass/fail, passed ÷ sampled by sampling. */
export function scoreEntry(items: readonly ScorecardItem[], scores: Record<string, ItemScore>): { total: number; byItem: Record<string, number> } {
  const byItem: Record<string, number> = {};
  let total = 0;
  for (const it of items) {
    const s = scores[it.key];
    const share = !s ? 0 : 'pass' in s ? (s.pass ? 1 : 0) : s.sampled > 0 ? Math.min(Math.max(s.passed, 0), s.sampled) / s.sampled : 0;
    byItem[it.key] = Math.round(it.weight * share * 100) / 100;
    total += it.weight * share;
  }
  return { total: Math.round(total * 100) / 100, byItem };
}

/** Evaluation periods: a month '2026-11', a quarter '2026-Q4' or a half '2026-H2'; never after `today`'s period. */
export function evaluationPeriodProblem(period: string, today: string): string | null {
  const m = /^(\d{4})-(\d{2}|Q[1-4]|H[12])$/.exec(period);
  if (!m) return '期间格式:2026-11、2026-Q4 或 2026-H2';
  const [y, p] = [m[1], m[2]];
  const startMonth = p.startsWith('Q') ? (Number(p[1]) - 1) * 3 + 1 : p.startsWith('H') ? (Number(p[1]) - 1) * 6 + 1 : Number(p);
  if (startMonth < 1 || startMonth > 12) return '月份无效';
  if (`${y}-${String(startMonth).padStart(2, '0')}` > today.slice(0, 7)) return '期间不能在将来';
  return null;
}

/** Rectification is overdue the day after its due date while not done. */
export const rectificationOverdue = (dueOn: string | null, status: string, today: string) =>
  !!dueOn && dueOn < today && (status === 'open' || status === 'in_progress');
