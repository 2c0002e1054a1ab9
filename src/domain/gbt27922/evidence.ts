/**
 * Turning what the system holds into GB/T 27922 judgements (pure): the assessment window (the last 12 months up to
 * today, by month), monthly rates sampled against a threshold (a month with no data is not sampled), and the
 * organization checks (job descriptions, no vacant head, 编制 filled).
 */
import type { Judgement } from './index.js';

/** The window: the first day of the month 11 months before today's, through today. */
export function assessmentWindow(today: string): { from: string; to: string } {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const start = y * 12 + (m - 1) - 11;
  return { from: `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}-01`, to: today };
}

/** Months sampled (those with a value) and passed (meeting the threshold in the KPI's direction). */
export function monthsMeeting(values: readonly (number | null)[], threshold: number, higherIsBetter = true): Judgement & { kind: 'sampled' } {
  const sampled = values.filter((v): v is number => v !== null);
  return { kind: 'sampled', sampled: sampled.length, passed: sampled.filter((v) => (higherIsBetter ? v >= threshold : v <= threshold)).length };
}

export interface PositionFact {
  title: string;
  /** Heads a department or function, or has no superior (the top). */
  isHead: boolean;
  duties: number;
  planned: number;
  holders: number;
}

/** 组织架构: an org chart exists, every position has a job description, no head position is vacant. */
export function organizationJudgement(ps: readonly PositionFact[]): { judgement: Judgement; found: string[] } {
  if (!ps.length) return { judgement: { kind: 'fail', reason: '没有组织结构图' }, found: [] };
  const noDuties = ps.filter((p) => p.duties === 0).map((p) => p.title);
  const vacantHeads = ps.filter((p) => p.isHead && p.holders === 0).map((p) => p.title);
  const found = [
    `组织结构图:${ps.length} 个岗位`,
    `岗位职责:${ps.length - noDuties.length}/${ps.length} 个岗位已写明${noDuties.length ? `(缺:${noDuties.join('、')})` : ''}`,
    `负责人岗位 ${ps.filter((p) => p.isHead).length} 个,空缺 ${vacantHeads.length} 个${vacantHeads.length ? `:${vacantHeads.join('、')}` : ''}`,
  ];
  const reasons = [
    ...(noDuties.length ? [`${noDuties.length} 个岗位没有岗位职责`] : []),
    ...(vacantHeads.length ? [`负责人空缺:${vacantHeads.join('、')}`] : []),
  ];
  return { judgement: reasons.length ? { kind: 'fail', reason: reasons.join(';') } : { kind: 'pass' }, found };
}

/** 人员配置: each position a sample, passed when its holders reach the planned headcount (编制). */
export function staffingJudgement(ps: readonly PositionFact[]): { judgement: Judgement; found: string[] } {
  const full = ps.filter((p) => p.holders >= p.planned);
  const planned = ps.reduce((s, p) => s + p.planned, 0);
  const actual = ps.reduce((s, p) => s + Math.min(p.holders, p.planned), 0);
  return {
    judgement: { kind: 'sampled', sampled: ps.length, passed: full.length },
    found: ps.length ? [`编制 ${planned} 人,在岗 ${actual} 人`, `${full.length}/${ps.length} 个岗位满编`] : [],
  };
}
