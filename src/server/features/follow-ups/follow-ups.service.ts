import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { AppError, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { findPoint, listPointsUnder } from '../service-points/index.js';
import { notify } from '../notifications/index.js';
import { findHeadPosition, holderOf } from '../org/index.js';
import type { TicketService } from '../tickets/index.js';
import { callSheetsOf, type WorkOrderHook } from '../work-orders/index.js';
import * as repo from './follow-ups.repo.js';
import type { FollowUp, FollowUpAnswers, FollowUpCall, FollowUpQuery, FollowUpStats, FollowUpStatsQuery } from '../../../contracts/follow-ups.js';

export const MAX_ATTEMPTS = 3;
export type { FollowUpAnswers };

/** 0–100 from the four 1–5 answers. */
export const followUpScore = (a: FollowUpAnswers) => Math.round(([a.quality, a.attitude, a.fee, a.overall].reduce((s, v) => s + (v - 1) / 4, 0) / 4) * 100);
/** A bad answer flags the work order and opens a complaint: any score ≤ 2, or the fault not fixed. */
export const isBadFollowUp = (a: FollowUpAnswers) => !a.fixed || [a.quality, a.attitude, a.fee, a.overall].some((v) => v <= 2);

/** Work-order hook: delivering a car schedules its follow-up call N days later. */
export function createFollowUpHook(o: { days: number }): WorkOrderHook {
  return async (tx, order, action) => {
    if (action !== 'deliver' || !order.deliveredAt) return;
    await repo.insertFollowUp(tx, {
      servicePointId: order.servicePointId,
      workOrderId: order.id,
      dueAt: new Date(order.deliveredAt.getTime() + o.days * 86400_000),
    });
  };
}

/** The follow-up caller's queue (回访) and the record of each call. */
export function createFollowUpService(deps: { db: Db; now: () => Date; tickets: TicketService }) {
  const { db, now, tickets } = deps;
  const present = async (q: Db | Tx, rows: repo.FollowUpRow[]): Promise<FollowUp[]> => {
    if (!rows.length) return [];
    const wos = await callSheetsOf(
      q,
      rows.map((r) => r.workOrderId),
    );
    const numbers = await repo.ticketNumbersOf(
      q,
      rows.flatMap((r) => (r.ticketId ? [r.ticketId] : [])),
    );
    return rows.map((f) => {
      const w = wos.find((x) => x.id === f.workOrderId)!;
      return {
        id: f.id,
        workOrderId: f.workOrderId,
        workOrderNumber: w.number,
        customerName: w.customerName,
        customerPhone: w.phone,
        plate: w.plate,
        deliveredAt: w.deliveredAt?.toISOString() ?? null,
        dueAt: f.dueAt.toISOString(),
        status: f.status,
        attempts: f.attempts,
        answers: f.answers as FollowUpAnswers | null,
        score: f.score,
        isFlagged: f.isFlagged,
        ticketId: f.ticketId,
        ticketNumber: f.ticketId ? (numbers.get(f.ticketId) ?? null) : null,
        version: f.version,
      };
    });
  };
  return {
    async queue(actor: Actor, f: FollowUpQuery): Promise<FollowUp[]> {
      const ids = f.servicePointId ? [(await visiblePoint(db, actor, f.servicePointId)).id] : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const due = f.status === 'due';
      const rows = await repo.listFollowUps(db, { pointIds: ids, ...(due ? { status: 'pending', dueBy: now() } : { status: f.status }), limit: 500 });
      return present(db, rows);
    },
    /** Record a call: unreachable → retry tomorrow (three tries); answered → score, and a bad answer opens a complaint. */
    async record(actor: Actor, id: string, input: FollowUpCall): Promise<FollowUp> {
      return db.transaction(async (tx) => {
        const f = await repo.lockFollowUp(tx, id);
        if (!f) throw notFound('回访任务');
        const point = await visiblePoint(tx, actor, f.servicePointId);
        if (f.version !== input.version) throw staleVersion();
        if (f.status !== 'pending') throw new AppError('ILLEGAL_TRANSITION', '该回访已完成');
        const at = now();
        let patch: repo.FollowUpPatch;
        if (!input.reached) {
          const attempts = f.attempts + 1;
          patch = { attempts, lastAttemptAt: at, status: attempts >= MAX_ATTEMPTS ? 'unreachable' : 'pending', dueAt: new Date(at.getTime() + 86400_000) };
        } else {
          if (!input.answers) throw new AppError('VALIDATION', '请填写回访结果', [{ path: 'answers', message: '接通后须记录回访问题的答案' }]);
          const bad = isBadFollowUp(input.answers);
          patch = {
            status: 'done',
            attempts: f.attempts + 1,
            lastAttemptAt: at,
            answers: input.answers,
            score: followUpScore(input.answers),
            isFlagged: bad,
            callerEmployeeId: actor.employeeId,
          };
          if (bad) {
            const [w] = await callSheetsOf(tx, [f.workOrderId]);
            const t = await tickets.intake(tx, actor, point, {
              channel: 'follow-up',
              kind: 'complaint',
              title: `回访不满意:工单 ${w.number}`,
              description: `回访记录:${input.note || '(无)'};故障是否排除:${input.answers.fixed ? '是' : '否'}`,
              customerName: w.customerName,
              customerPhone: w.phone,
              customerEmail: '',
              isVip: false,
              vehicleRef: w.plate,
              workOrderRef: w.number,
            });
            patch.ticketId = t.id;
            const cs = await findHeadPosition(tx, point.id, 'customer-service');
            const head = cs ? await holderOf(tx, cs.id) : undefined;
            if (head)
              await notify(tx, {
                servicePointId: point.id,
                recipientEmployeeId: head.employeeId,
                title: `回访不满意:${w.number}(${w.plate})`,
                body: `已生成投诉工单 ${t.number}`,
                link: `/tickets/${t.id}`,
                dedupeKey: `followup-flag:${f.id}`,
              });
          }
        }
        const row = await repo.updateFollowUp(tx, id, input.version, patch, at);
        if (!row) throw staleVersion();
        await insertAudit(tx, actor, {
          servicePointId: f.servicePointId,
          action: input.reached ? 'follow-up.record' : 'follow-up.unreachable',
          entityType: 'follow_up',
          entityId: id,
          summary: input.note,
          before: f,
          after: row,
        });
        return (await present(tx, [row]))[0];
      });
    },
    /** 回访率: delivered work orders reached by a follow-up ÷ delivered (in the last `days`, by delivery time). */
    async stats(actor: Actor, q: FollowUpStatsQuery): Promise<FollowUpStats> {
      const to = now();
      const f = { servicePointId: q.servicePointId, from: new Date(to.getTime() - q.days * 86400_000), to };
      const point = await visiblePoint(db, actor, f.servicePointId);
      const rows = await repo.deliveredWithFollowUps(db, point.id, f.from, f.to);
      const reached = rows.filter((r) => r.status === 'done');
      return {
        delivered: rows.length,
        reached: reached.length,
        flagged: reached.filter((r) => r.isFlagged).length,
        followUpRate: rows.length ? reached.length / rows.length : null,
        csi: reached.length ? Math.round(reached.reduce((s, r) => s + (r.score ?? 0), 0) / reached.length) : null,
        point: (await findPoint(db, point.id))!.nameZh,
      };
    },
  };
}
export type FollowUpService = ReturnType<typeof createFollowUpService>;
