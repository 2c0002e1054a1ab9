/**
 * The GB/T 27922 self-assessment of a point: the evidence the system found, manual evidence and exclusions on top,
 * the weights in force (a setting HQ or a regional centre makes, inherited down the tree; gbt-weights.ts), the score,
 * grade and gap list; saved assessments are the history. A preview may try other weights; saving scores with the setting.
 */
import type { Db } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import type { GbtAssessInput, GbtAssessment, GbtEvidenceView, GbtIndicatorResult, GbtJudgement } from '../../../contracts/gbt27922.js';
import { assess, INDICATORS, weightProblems } from '../../../domain/gbt27922/index.js';
import { assessmentWindow } from '../../../domain/gbt27922/evidence.js';
import { DEFAULT_TIME_ZONE, localDate } from '../../../domain/time/index.js';
import { invalid, notFound } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import type { KpiPackService } from '../kpi/index.js';
import { findPoint, visiblePoint } from '../service-points/index.js';
import { collectEvidence } from './evidence.js';
import { weightsInForce } from './gbt-weights.js';
import * as repo from './gbt.repo.js';

const round = (n: number) => Math.round(n * 100) / 100;

function manualProblems(manual: GbtAssessInput['manual']) {
  const out: { path: string; message: string }[] = [];
  for (const [k, m] of Object.entries(manual)) {
    if (!INDICATORS.some((i) => i.key === k)) out.push({ path: `manual.${k}`, message: '未知指标' });
    else if (m.judgement.kind === 'sampled' && m.judgement.passed > m.judgement.sampled)
      out.push({ path: `manual.${k}.judgement.passed`, message: '合格数不能大于抽样数' });
  }
  return out;
}

export function createGbtService(deps: { db: Db; now: () => Date; kpi: KpiPackService }) {
  const { db, now } = deps;

  async function evidence(actor: Actor, pointId?: string): Promise<GbtEvidenceView> {
    const point = await visiblePoint(db, actor, pointId);
    const window = assessmentWindow(localDate(point.timeZone, now()));
    const indicators = await collectEvidence(deps, actor, point, window);
    const last = await repo.lastAssessment(db, point.id);
    const manual = Object.fromEntries(
      ((last?.indicators ?? []) as GbtIndicatorResult[]).filter((i) => i.source === 'manual').map((i) => [i.key, { judgement: i.judgement, note: i.note }]),
    );
    const { weights } = await weightsInForce(db, point);
    return { servicePointId: point.id, pointName: point.nameZh, ...window, weights, indicators, manual };
  }

  /** `trial`: the preview may score with other weights; a saved assessment always uses the weights in force. */
  async function score(actor: Actor, input: GbtAssessInput, trial = false): Promise<GbtAssessment> {
    const ev = await evidence(actor, input.servicePointId);
    const weights = (trial && input.weights) || ev.weights;
    const problems = [...weightProblems(weights).map((p) => ({ ...p })), ...manualProblems(input.manual)];
    if (problems.length) throw invalid(problems);
    const chosen = ev.indicators.map((i) => {
      const m = input.manual[i.key];
      if (m) return { i, source: 'manual' as const, judgement: m.judgement, note: m.note };
      if (i.system) return { i, source: 'system' as const, judgement: i.system, note: '' };
      return { i, source: 'missing' as const, judgement: { kind: 'fail', reason: '缺少证据(系统无数据,未补充人工证据)' } as GbtJudgement, note: '' };
    });
    const a = assess(Object.fromEntries(chosen.map((c) => [c.i.key, c.judgement])), { weights });
    const indicators: GbtIndicatorResult[] = chosen.map((c, n) => ({
      ...c.i,
      source: c.source,
      judgement: c.judgement,
      note: c.note,
      weight: round(a.indicators[n].weight),
      applicable: a.indicators[n].applicable,
      earned: round(a.indicators[n].earned),
      lost: round(a.indicators[n].lost),
    }));
    return {
      id: null,
      servicePointId: ev.servicePointId,
      pointName: ev.pointName,
      assessedOn: ev.to,
      from: ev.from,
      to: ev.to,
      byName: actor.displayName,
      weights,
      indicators,
      score: a.score,
      grade: a.grade,
      next: a.next,
    };
  }

  const fromRow = (r: repo.AssessmentRow, pointName: string): GbtAssessment => ({
    id: r.id,
    servicePointId: r.servicePointId,
    pointName,
    assessedOn: r.assessedOn,
    from: r.windowFrom,
    to: r.windowTo,
    byName: r.byName,
    weights: r.weights,
    indicators: r.indicators as GbtIndicatorResult[],
    score: r.score,
    grade: { key: r.grade, labelZh: gradeLabel(r.grade) },
    next: r.next as GbtAssessment['next'],
  });

  return {
    evidence,
    preview: (actor: Actor, input: GbtAssessInput) => score(actor, input, true),
    async save(actor: Actor, input: GbtAssessInput): Promise<GbtAssessment> {
      const a = await score(actor, input);
      return db.transaction(async (tx) => {
        const row = await repo.insertAssessment(tx, {
          servicePointId: a.servicePointId,
          assessedOn: a.assessedOn,
          windowFrom: a.from,
          windowTo: a.to,
          weights: a.weights,
          indicators: a.indicators,
          score: a.score,
          grade: a.grade.key,
          next: a.next,
          byName: actor.displayName,
        });
        await insertAudit(tx, actor, {
          servicePointId: a.servicePointId,
          action: 'gbt27922.assess',
          entityType: 'gbt_assessment',
          entityId: row.id,
          summary: `${a.pointName} GB/T 27922 自评 ${a.score} 分(${a.grade.labelZh})`,
        });
        return { ...a, id: row.id };
      });
    },
    async list(actor: Actor, pointId?: string) {
      const point = await visiblePoint(db, actor, pointId);
      return (await repo.listAssessments(db, point.id)).map((r) => ({
        id: r.id,
        assessedOn: r.assessedOn,
        score: r.score,
        grade: gradeLabel(r.grade),
        byName: r.byName,
      }));
    },
    async get(actor: Actor, id: string) {
      const r = await repo.findAssessment(db, id);
      if (!r) throw notFound('自评记录');
      const point = await visiblePoint(db, actor, r.servicePointId).catch(() => {
        throw notFound('自评记录');
      });
      return { assessment: fromRow(r, point.nameZh), timeZone: (await findPoint(db, point.id))?.timeZone ?? DEFAULT_TIME_ZONE };
    },
  };
}

const LABELS: Record<string, string> = { five: '★★★★★', four: '★★★★', three: '★★★', pass: '达标', none: '未达标' };
const gradeLabel = (key: string) => LABELS[key] ?? key;
export type GbtService = ReturnType<typeof createGbtService>;
