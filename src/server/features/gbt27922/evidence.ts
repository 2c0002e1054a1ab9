/**
 * The evidence the system holds for each of the 15 indicators of one point, gathered only through other features'
 * public interfaces: the organization (positions, duties, holders), the KPI pack over the rollups (monthly rates of
 * the last 12 months), complaints' improvement actions and the network's rectification actions. Indicators the
 * system has no data for (资源配置, 服务文化, 商品信息, 技术支持, 废弃商品回收) ask for manual evidence.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { GbtEvidence, GbtJudgement } from '../../../contracts/gbt27922.js';
import { INDICATORS } from '../../../domain/gbt27922/index.js';
import { monthsMeeting, organizationJudgement, staffingJudgement } from '../../../domain/gbt27922/evidence.js';
import type { KpiPackService } from '../kpi/index.js';
import { rectificationsOf } from '../network-admin/index.js';
import { listHolders, listPositions } from '../org/index.js';
import { listImprovementActions } from '../tickets/index.js';

/** The thresholds a month must meet (documented beside the indicator in the UI). */
export const THRESHOLDS = { complaintInTime: 0.9, firstTimeFix: 0.95, partsFill: 0.9, csi: 85, followUpRate: 0.8, comebackRate: 0.03 };
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '无数据' : `${(v * 100).toFixed(1)}%`);

export async function collectEvidence(
  deps: { db: Db; kpi: KpiPackService },
  actor: Actor,
  point: { id: string },
  window: { from: string; to: string },
): Promise<GbtEvidence[]> {
  const { db, kpi } = deps;
  const [positions, holders, view, improvements, rectifications] = await Promise.all([
    listPositions(db, point.id),
    listHolders(db, point.id),
    kpi.view(actor, { servicePointId: point.id, period: 'custom', from: window.from, to: window.to }),
    listImprovementActions(db, [point.id]),
    rectificationsOf(db, [point.id]),
  ]);
  const held = new Map<string, number>();
  for (const h of holders) held.set(h.positionId, (held.get(h.positionId) ?? 0) + 1);
  const facts = positions.map((p) => ({
    title: p.titleZh,
    isHead: !!p.headOf || !p.superiorId,
    duties: p.duties.length,
    planned: p.plannedHeadcount,
    holders: held.get(p.id) ?? 0,
  }));
  const year = (k: string) => view.kpis.find((x) => x.key === k)?.value ?? null;
  const months = (k: string) => view.trend.map((b) => b.values[k] ?? null);
  const monthly = (k: string, threshold: number, label: string, higher = true) => {
    const j = monthsMeeting(months(k), threshold, higher);
    return {
      judgement: j.sampled ? (j as GbtJudgement) : null,
      found: j.sampled
        ? [`近 12 个月${label} ${pct(year(k))}`, `${j.passed}/${j.sampled} 个月${higher ? '达到' : '不高于'} ${threshold < 1 ? pct(threshold) : threshold}`]
        : [],
    };
  };

  const due = [
    ...improvements.filter((a) => a.a.dueOn && a.a.dueOn <= window.to).map((a) => a.a.status),
    ...rectifications.filter((r) => r.a.dueOn <= window.to).map((r) => r.a.status),
  ];
  const closed = due.filter((s) => s === 'done' || s === 'reviewed').length;
  const qcYear = year('qcFirstPass');
  const followYear = year('followUpRate');
  const comebackYear = year('comebackRate');

  const byKey: Record<string, { judgement: GbtJudgement | null; found: string[] }> = {
    organization: organizationJudgement(facts),
    staffing: facts.length ? staffingJudgement(facts) : { judgement: null, found: [] },
    norms:
      qcYear === null
        ? { judgement: null, found: [] }
        : { judgement: { kind: 'pass' }, found: [`近 12 个月有质检记录,一次交检合格率 ${pct(qcYear)}`, '质检项目按作业类型设置(质检清单)'] },
    supervision:
      followYear === null
        ? { judgement: null, found: [] }
        : {
            judgement:
              followYear >= THRESHOLDS.followUpRate
                ? { kind: 'pass' }
                : { kind: 'fail', reason: `回访率 ${pct(followYear)},低于 ${pct(THRESHOLDS.followUpRate)}` },
            found: [`近 12 个月回访率 ${pct(followYear)}`, '操作均记审计日志'],
          },
    improvement: due.length
      ? { judgement: { kind: 'sampled', sampled: due.length, passed: closed }, found: [`到期的改进/整改措施 ${due.length} 项,已完成 ${closed} 项`] }
      : { judgement: null, found: [] },
    delivery: monthly('partsFill', THRESHOLDS.partsFill, '备件满足率'),
    repair: (() => {
      const m = monthly('firstTimeFix', THRESHOLDS.firstTimeFix, '一次修复率');
      return { ...m, found: [...m.found, ...(qcYear !== null ? [`一次交检合格率 ${pct(qcYear)}`] : [])] };
    })(),
    warranty:
      comebackYear === null
        ? { judgement: null, found: [] }
        : {
            judgement:
              comebackYear <= THRESHOLDS.comebackRate
                ? { kind: 'pass' }
                : { kind: 'fail', reason: `返修率 ${pct(comebackYear)},高于 ${pct(THRESHOLDS.comebackRate)}` },
            found: [`质量保证期内返修率 ${pct(comebackYear)}(返修免费处理)`],
          },
    relations: (() => {
      const m = monthly('csi', THRESHOLDS.csi, '客户满意度');
      return { ...m, found: m.judgement ? [`近 12 个月 CSI ${year('csi')?.toFixed(1)}`, m.found[1], `回访率 ${pct(followYear)}`] : [] };
    })(),
    complaints: monthly('complaintInTime', THRESHOLDS.complaintInTime, '投诉按时解决率'),
  };
  return INDICATORS.map((i) => ({
    key: i.key,
    nameZh: i.nameZh,
    group: i.group,
    method: i.method,
    looksAt: i.evidenceZh,
    found: byKey[i.key]?.found ?? [],
    system: byKey[i.key]?.judgement ?? null,
  }));
}
