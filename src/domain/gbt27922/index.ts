/**
 * GB/T 27922-2011 商品售后服务评价体系: the self-assessment's scoring (pure). 15 second-level indicators in three
 * groups; each has a weight (a setting: the standard's third-level points are not public) and is judged either
 * pass/fail (qualitative: a failure loses the full weight) or by samples (the weight × passed ÷ sampled). Excluded
 * indicators leave the total. Special items: −1 each (breaches of law, company or sector rules), at most one +1.
 * Score = earned ÷ applicable × 100 (+ specials), grades ≥ 70 达标, ≥ 80 ★★★, ≥ 90 ★★★★, ≥ 95 ★★★★★.
 */

export const INDICATOR_GROUPS = [
  { key: 'system', nameZh: '售后服务体系' },
  { key: 'goods', nameZh: '商品服务' },
  { key: 'customer', nameZh: '顾客服务' },
] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number]['key'];

export interface Indicator {
  key: string;
  group: IndicatorGroup;
  nameZh: string;
  /** How it is judged by default. */
  method: 'qualitative' | 'sampled';
  /** What the system looks at for evidence (shown beside the score). */
  evidenceZh: string;
}

export const INDICATORS: readonly Indicator[] = [
  { key: 'organization', group: 'system', nameZh: '组织架构', method: 'qualitative', evidenceZh: '组织结构图、岗位职责齐全,无空缺的部门负责人' },
  { key: 'staffing', group: 'system', nameZh: '人员配置', method: 'sampled', evidenceZh: '编制表:各岗位实有人数达到编制;技师资格证有效' },
  { key: 'resources', group: 'system', nameZh: '资源配置', method: 'qualitative', evidenceZh: '工位、工具、备件库存与工作日历' },
  { key: 'norms', group: 'system', nameZh: '规范要求', method: 'qualitative', evidenceZh: '服务流程、质检项目、质量保证期设置' },
  { key: 'supervision', group: 'system', nameZh: '监督', method: 'qualitative', evidenceZh: '审计日志、质检记录、回访' },
  { key: 'improvement', group: 'system', nameZh: '改进', method: 'sampled', evidenceZh: '服务改进措施按期完成' },
  { key: 'culture', group: 'system', nameZh: '服务文化', method: 'qualitative', evidenceZh: '服务承诺、培训记录(人工证据)' },
  { key: 'information', group: 'goods', nameZh: '商品信息', method: 'qualitative', evidenceZh: '工时目录、配件目录、价格公示' },
  { key: 'technical', group: 'goods', nameZh: '技术支持', method: 'qualitative', evidenceZh: '技术支援、培训(人工证据)' },
  { key: 'delivery', group: 'goods', nameZh: '配送', method: 'sampled', evidenceZh: '备件满足率' },
  { key: 'repair', group: 'goods', nameZh: '维修', method: 'sampled', evidenceZh: '一次修复率、质检记录' },
  { key: 'warranty', group: 'goods', nameZh: '质量保证', method: 'qualitative', evidenceZh: '质量保证期条款、索赔记录' },
  { key: 'recycling', group: 'goods', nameZh: '废弃商品回收', method: 'qualitative', evidenceZh: '旧件处理记录(人工证据)' },
  { key: 'relations', group: 'customer', nameZh: '顾客关系', method: 'sampled', evidenceZh: '回访完成、客户满意度' },
  { key: 'complaints', group: 'customer', nameZh: '投诉处理', method: 'sampled', evidenceZh: '近 12 个月投诉按时解决' },
];

/** Default weights (equal shares of 100); a point may set its own. */
export const DEFAULT_WEIGHTS: Record<string, number> = Object.fromEntries(INDICATORS.map((i) => [i.key, 100 / INDICATORS.length]));

export type Judgement =
  | { kind: 'excluded'; reason: string }
  | { kind: 'pass' }
  | { kind: 'fail'; reason: string }
  | { kind: 'sampled'; sampled: number; passed: number };

export const GRADES = [
  { min: 95, key: 'five', labelZh: '★★★★★' },
  { min: 90, key: 'four', labelZh: '★★★★' },
  { min: 80, key: 'three', labelZh: '★★★' },
  { min: 70, key: 'pass', labelZh: '达标' },
] as const;
export type GradeKey = (typeof GRADES)[number]['key'] | 'none';

export function gradeOf(score: number): { key: GradeKey; labelZh: string } {
  const g = GRADES.find((x) => score >= x.min);
  return g ? { key: g.key, labelZh: g.labelZh } : { key: 'none', labelZh: '未达标' };
}

/** Problems with a weights setting (field path → message): every indicator, each above 0, summing to 100. */
export function weightProblems(weights: Record<string, number>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const k of Object.keys(weights)) if (!INDICATORS.some((i) => i.key === k)) out.push({ path: `weights.${k}`, message: '未知指标' });
  for (const i of INDICATORS) {
    const w = weights[i.key];
    if (w === undefined) out.push({ path: `weights.${i.key}`, message: '缺少权重' });
    else if (typeof w !== 'number' || !Number.isFinite(w)) out.push({ path: `weights.${i.key}`, message: '权重须为数字' });
    else if (w <= 0) out.push({ path: `weights.${i.key}`, message: '权重须大于 0(不适用的指标请在自评中排除)' });
  }
  const sum = Object.values(weights).reduce((s, w) => s + (Number.isFinite(w) ? w : 0), 0);
  if (!out.length && Math.abs(sum - 100) > 1e-6) out.push({ path: 'weights', message: `权重合计须为 100(现为 ${Math.round(sum * 100) / 100})` });
  return out;
}

export interface IndicatorScore {
  key: string;
  nameZh: string;
  weight: number;
  applicable: boolean;
  earned: number;
  lost: number;
  judgement: Judgement;
}

export interface Assessment {
  indicators: IndicatorScore[];
  applicable: number;
  earned: number;
  /** −1 per deduction, +1 at most once. */
  special: number;
  score: number;
  grade: { key: GradeKey; labelZh: string };
  /** The next grade and what it takes: the points short and the indicators losing the most, largest first. */
  next: { labelZh: string; min: number; pointsShort: number; gaps: { key: string; nameZh: string; lost: number }[] } | null;
}

/** Score a self-assessment. A sampled judgement with 0 samples counts as not applicable. */
export function assess(judgements: Record<string, Judgement>, o: { weights?: Record<string, number>; deductions?: number; bonus?: boolean } = {}): Assessment {
  const weights = o.weights ?? DEFAULT_WEIGHTS;
  const indicators = INDICATORS.map((i): IndicatorScore => {
    const w = weights[i.key] ?? 0;
    const j = judgements[i.key] ?? { kind: 'fail', reason: '未评价' };
    if (j.kind === 'excluded' || (j.kind === 'sampled' && j.sampled <= 0))
      return { key: i.key, nameZh: i.nameZh, weight: w, applicable: false, earned: 0, lost: 0, judgement: j };
    const share = j.kind === 'pass' ? 1 : j.kind === 'fail' ? 0 : Math.min(Math.max(j.passed, 0), j.sampled) / j.sampled;
    return { key: i.key, nameZh: i.nameZh, weight: w, applicable: true, earned: w * share, lost: w * (1 - share), judgement: j };
  });
  const applicable = indicators.reduce((s, i) => s + (i.applicable ? i.weight : 0), 0);
  const earned = indicators.reduce((s, i) => s + i.earned, 0);
  const special = (o.bonus ? 1 : 0) - Math.max(0, Math.floor(o.deductions ?? 0));
  const raw = applicable > 0 ? (earned / applicable) * 100 : 0;
  const score = Math.round(Math.min(100, Math.max(0, raw + special)) * 100) / 100;
  const grade = gradeOf(score);
  const target = [...GRADES].reverse().find((g) => g.min > score);
  const next = target
    ? {
        labelZh: target.labelZh,
        min: target.min,
        pointsShort: Math.round((target.min - score) * 100) / 100,
        gaps: indicators
          .filter((i) => i.applicable && i.lost > 0)
          .sort((a, b) => b.lost - a.lost || a.key.localeCompare(b.key))
          .map((i) => ({ key: i.key, nameZh: i.nameZh, lost: Math.round((i.lost / applicable) * 10000) / 100 })),
      }
    : null;
  return { indicators, applicable, earned, special, score, grade, next };
}
