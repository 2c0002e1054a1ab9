/**
 * The evaluation scorecards HQ configures (weights adding up to 100, else a field error), filled per point and
 * period (history and trend), and rectification actions with owner, due date and review — the shape of the
 * complaints' improvement actions (open → in_progress → done → reviewed).
 */
import type { Db } from '../../db/client.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import type { Evaluation, EvaluationCreate, Rectification, RectificationCreate, RectificationUpdate, Scorecard } from '../../../contracts/network-admin.js';
import {
  entryProblems,
  evaluationPeriodProblem,
  rectificationOverdue,
  scorecardProblems,
  scoreEntry,
  type ScorecardItem,
} from '../../../domain/network-admin/index.js';
import { DEFAULT_TIME_ZONE, localDate } from '../../../domain/time/index.js';
import { AppError, forbidden, invalid, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { findPoint, listPointsUnder, visiblePoint } from '../service-points/index.js';
import * as repo from './network-admin.repo.js';

const ancestorIds = (path: string) => path.split('/').filter(Boolean);
const presentCard = (s: repo.ScorecardRow): Scorecard => ({
  id: s.id,
  servicePointId: s.servicePointId,
  nameZh: s.nameZh,
  items: s.items,
  active: s.active,
  version: s.version,
});
export const presentEntry = (e: repo.EntryRow, name: string): Evaluation => ({
  id: e.id,
  servicePointId: e.servicePointId,
  scorecardId: e.scorecardId,
  scorecardName: name,
  period: e.period,
  items: e.items,
  scores: e.scores,
  byItem: scoreEntry(e.items, e.scores).byItem,
  total: e.total,
  note: e.note,
  byName: e.byName,
  createdAt: e.createdAt.toISOString(),
  version: e.version,
});
const presentRect = (r: repo.RectificationRow, pointName: string, today: string): Rectification => ({
  id: r.id,
  servicePointId: r.servicePointId,
  pointName,
  evaluationId: r.scorecardEntryId,
  title: r.title,
  description: r.description,
  ownerName: r.ownerName,
  dueOn: r.dueOn,
  status: r.status as Rectification['status'],
  isOverdue: rectificationOverdue(r.dueOn, r.status, today),
  reviewNote: r.reviewNote,
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
  reviewedByName: r.reviewedByName,
  version: r.version,
});

function checkItems(items: ScorecardItem[]) {
  const p = scorecardProblems(items);
  if (p.length) throw invalid(p);
}

export function createEvaluationService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  const todayAt = async (pointId: string) => localDate((await findPoint(db, pointId))?.timeZone ?? DEFAULT_TIME_ZONE, now());

  return {
    /** The cards that apply to the actor's point (kept there or above) and those kept below it. */
    async scorecards(actor: Actor): Promise<Scorecard[]> {
      const rows = await repo.scorecardsFor(db, ancestorIds(actor.pointPath));
      return rows.map(presentCard);
    },
    async createScorecard(actor: Actor, input: { servicePointId?: string; nameZh: string; items: ScorecardItem[] }) {
      checkItems(input.items);
      const point = await visiblePoint(db, actor, input.servicePointId);
      return db.transaction(async (tx) => {
        const row = await repo.insertScorecard(tx, { servicePointId: point.id, nameZh: input.nameZh, items: input.items });
        await insertAudit(tx, actor, {
          servicePointId: point.id,
          action: 'scorecard.create',
          entityType: 'scorecard',
          entityId: row.id,
          summary: row.nameZh,
          after: row,
        });
        return presentCard(row);
      });
    },
    async updateScorecard(actor: Actor, id: string, input: { version: number; nameZh?: string; items?: ScorecardItem[]; active?: boolean }) {
      if (input.items) checkItems(input.items);
      const found = await repo.findScorecard(db, id);
      if (!found?.path.startsWith(actor.pointPath)) throw notFound('评价表');
      return db.transaction(async (tx) => {
        const { version, ...patch } = input;
        const row = await repo.updateScorecard(tx, id, version, patch, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'scorecard.update',
          entityType: 'scorecard',
          entityId: id,
          summary: row.nameZh,
          before: found.s,
          after: row,
        });
        return presentCard(row);
      });
    },

    async evaluations(actor: Actor, pointId: string): Promise<Evaluation[]> {
      const p = await visiblePoint(db, actor, pointId);
      return (await repo.entriesOf(db, [p.id])).map((r) => presentEntry(r.e, r.name));
    },
    /** Fill a card for a point below the actor's and a period not in the future; once per card, point and period. */
    async evaluate(actor: Actor, input: EvaluationCreate): Promise<Evaluation> {
      const p = await visiblePoint(db, actor, input.servicePointId);
      if (p.path === actor.pointPath) throw invalid([{ path: 'servicePointId', message: '不能评价本网点,由上级网点评价' }]);
      const card = await repo.findScorecard(db, input.scorecardId);
      if (!card || !p.path.startsWith(card.path) || !card.s.active) throw invalid([{ path: 'scorecardId', message: '评价表不存在、已停用或不适用于该网点' }]);
      const periodProblem = evaluationPeriodProblem(input.period, localDate(p.timeZone, now()));
      const problems = [...(periodProblem ? [{ path: 'period', message: periodProblem }] : []), ...entryProblems(card.s.items, input.scores)];
      if (problems.length) throw invalid(problems);
      if (await repo.findEntryByPeriod(db, p.id, card.s.id, input.period))
        throw new AppError('CONFLICT', '该期间已评价', [{ path: 'period', message: '该网点该期间已用此评价表评价' }]);
      const { total } = scoreEntry(card.s.items, input.scores);
      return db.transaction(async (tx) => {
        const e = await repo.insertEntry(tx, {
          servicePointId: p.id,
          scorecardId: card.s.id,
          period: input.period,
          items: card.s.items,
          scores: input.scores,
          total,
          note: input.note,
          byName: actor.displayName,
        });
        await insertAudit(tx, actor, {
          servicePointId: p.id,
          action: 'evaluation.create',
          entityType: 'scorecard_entry',
          entityId: e.id,
          summary: `${p.nameZh} ${input.period} ${card.s.nameZh} ${total} 分`,
        });
        return presentEntry(e, card.s.nameZh);
      });
    },
    /** The last total and the open rectifications per point (for the network page). */
    async summaries(ids: string[]) {
      const [entries, rects] = await Promise.all([repo.entriesOf(db, ids), repo.rectificationsOf(db, ids)]);
      const lastScore = new Map<string, number>();
      for (const r of entries) lastScore.set(r.e.servicePointId, r.e.total); // ordered by period
      const open = new Map<string, number>();
      for (const r of rects) if (r.a.status !== 'reviewed') open.set(r.a.servicePointId, (open.get(r.a.servicePointId) ?? 0) + 1);
      return { lastScore, open };
    },

    async rectifications(actor: Actor, q: { servicePointId?: string; openOnly?: 'true' | 'false' }): Promise<Rectification[]> {
      const ids = q.servicePointId ? [(await visiblePoint(db, actor, q.servicePointId)).id] : null;
      const rows = ids
        ? await repo.rectificationsOf(db, ids)
        : (await repo.rectificationsOf(db, await scopeIds(actor))).filter((r) => r.path.startsWith(actor.pointPath));
      const today = await todayAt(actor.servicePointId);
      return rows.filter((r) => q.openOnly !== 'true' || r.a.status !== 'reviewed').map((r) => presentRect(r.a, r.pointName, today));
    },
    async createRectification(actor: Actor, input: RectificationCreate): Promise<Rectification> {
      const p = await visiblePoint(db, actor, input.servicePointId);
      if (input.evaluationId) {
        const e = await repo.findEntry(db, input.evaluationId);
        if (e?.servicePointId !== p.id) throw invalid([{ path: 'evaluationId', message: '评价记录不属于该网点' }]);
      }
      const today = localDate(p.timeZone, now());
      if (input.dueOn < today) throw invalid([{ path: 'dueOn', message: '截止日期不能早于今天' }]);
      return db.transaction(async (tx) => {
        const row = await repo.insertRectification(tx, {
          servicePointId: p.id,
          scorecardEntryId: input.evaluationId,
          title: input.title,
          description: input.description,
          ownerName: input.ownerName,
          dueOn: input.dueOn,
        });
        await insertAudit(tx, actor, {
          servicePointId: p.id,
          action: 'rectification.create',
          entityType: 'rectification_action',
          entityId: row.id,
          summary: `${p.nameZh} 整改:${row.title}`,
        });
        return presentRect(row, p.nameZh, today);
      });
    },
    /** The point works on it (in_progress, done); a manager above reviews it (reviewed, with a note). */
    async updateRectification(actor: Actor, id: string, input: RectificationUpdate): Promise<Rectification> {
      const found = await repo.findRectification(db, id);
      if (!found?.path.startsWith(actor.pointPath)) throw notFound('整改措施');
      const manager = can(actor, 'network.manage') && found.path !== actor.pointPath;
      if (!manager && (input.status === 'reviewed' || input.title || input.dueOn || input.ownerName))
        throw forbidden('复核和修改整改要求须由上级网点的网络管理人员进行');
      if (input.status === 'reviewed' && !(input.reviewNote ?? found.a.reviewNote)) throw invalid([{ path: 'reviewNote', message: '复核时请填写复核意见' }]);
      if (input.status === 'reviewed' && found.a.status !== 'done') throw invalid([{ path: 'status', message: '整改完成后才能复核' }]);
      const today = await todayAt(found.a.servicePointId);
      return db.transaction(async (tx) => {
        const { version, ...patch } = input;
        const extra = input.status === 'reviewed' ? { reviewedAt: now(), reviewedByName: actor.displayName } : {};
        const row = await repo.updateRectification(tx, id, version, { ...patch, ...extra }, now());
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: row.servicePointId,
          action: 'rectification.update',
          entityType: 'rectification_action',
          entityId: id,
          summary: row.title,
          before: found.a,
          after: row,
        });
        return presentRect(row, found.pointName, today);
      });
    },
  };

  async function scopeIds(actor: Actor) {
    return (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
  }
}
export type EvaluationService = ReturnType<typeof createEvaluationService>;
