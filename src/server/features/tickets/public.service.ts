import type { Db } from '../../db/client.js';
import { nextStatus, type TicketStatus } from '../../../domain/tickets/status.js';
import { AppError, notFound } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { findPoint, findPointByCode, firstPointOfKinds } from '../service-points/index.js';
import type { TicketService } from './tickets.service.js';
import * as repo from './tickets.repo.js';
import { addEvent, levelDeadline, markComplaintDays, scheduleDeadline } from './ticket-support.js';
import { patchWithDeadlines } from './ticket-deadlines.js';
import { escalateTicket } from './ticket-escalation.js';
import { createTicketSurvey, submitSurvey, TICKET_SURVEY } from './surveys.js';
import { findSurveyByToken, findSurveyOf } from './surveys.repo.js';
import { normalizePlate } from '../../../domain/identifiers/plate.js';

const notFoundTicket = () => notFound('工单');

/** What the public (no login) may do: submit, follow by tracking token, confirm, escalate, answer the survey. */
export function createPublicTicketService(deps: { db: Db; now: () => Date; tickets: TicketService }) {
  const { db, now, tickets } = deps;

  async function defaultPoint(code?: string) {
    if (code) {
      const p = await findPointByCode(db, code);
      if (!p) throw new AppError('VALIDATION', '服务网点编码不存在', [{ path: 'servicePointCode', message: '没有这个网点' }]);
      return p;
    }
    const p = await firstPointOfKinds(db, ['station', 'hq']);
    if (!p) throw new AppError('BUSINESS_RULE', '系统尚未初始化');
    return p;
  }

  return {
    async submit(
      input: {
        servicePointCode?: string;
        kind: 'consultation' | 'complaint' | 'fault' | 'suggestion';
        title: string;
        description: string;
        customerName: string;
        customerPhone: string;
        customerEmail: string;
        vehicleRef: string;
      },
      attachments: { fileName: string; mimeType: string; content: Buffer }[],
    ) {
      const point = await defaultPoint(input.servicePointCode);
      const { servicePointCode: _c, ...rest } = input;
      const t = await db.transaction(async (tx) => {
        // A plate the point knows links the feedback to that car and its latest order there (for staff only).
        const plate = normalizePlate(rest.vehicleRef);
        const car = plate ? await repo.carAtPoint(tx, point.id, plate) : undefined;
        return tickets.intake(tx, null, point, {
          ...rest,
          vehicleRef: car ? plate : rest.vehicleRef,
          channel: 'web',
          isVip: false,
          workOrderRef: car?.workOrderNumber ?? '',
          vehicleId: car?.vehicleId ?? null,
          workOrderId: car?.workOrderId ?? null,
          attachments,
        });
      });
      return { number: t.number, trackingToken: t.trackingToken };
    },
    async status(token: string) {
      const t = await repo.findByTracking(db, token);
      if (!t) throw notFoundTicket();
      const [events, point, survey] = await Promise.all([repo.listEvents(db, t.id), findPoint(db, t.servicePointId), findSurveyOf(db, 'ticket', t.id)]);
      return {
        number: t.number,
        status: t.status as TicketStatus,
        title: t.title,
        receivedAt: t.receivedAt.toISOString(),
        servicePointName: point?.nameZh ?? '',
        events: events.filter((e) => e.isPublic).map((e) => ({ type: e.type, body: e.body, at: e.at.toISOString() })),
        canConfirm: t.status === 'resolved',
        canEscalate: t.status !== 'closed',
        surveyToken: survey && !survey.submittedAt ? survey.token : null,
      };
    },
    /** The customer accepts the resolution (closes the ticket, survey follows) or rejects it (reopens). */
    async confirm(token: string, input: { satisfied: boolean; comment: string }) {
      await db.transaction(async (tx) => {
        const found = await repo.findByTracking(tx, token);
        if (!found) throw notFoundTicket();
        const t = (await repo.lockTicket(tx, found.id))!;
        const next = nextStatus(t.status as TicketStatus, input.satisfied ? 'confirm' : 'reopen');
        if (!next.ok || t.status !== 'resolved') throw new AppError('ILLEGAL_TRANSITION', '工单尚未处理完毕,暂不能确认');
        const at = now();
        const change = await patchWithDeadlines(
          tx,
          t,
          input.satisfied ? { status: next.to, closedAt: at, customerConfirmed: true } : { status: next.to, resolvedAt: null, customerConfirmed: false },
          at,
        );
        const row = (await repo.updateTicket(tx, t.id, t.version, change.patch, at))!;
        await markComplaintDays(tx, t, at);
        await addEvent(tx, t, {
          type: input.satisfied ? 'confirm' : 'reopen',
          authorName: t.customerName,
          isPublic: true,
          at,
          body: input.satisfied ? `客户确认已解决${input.comment ? `:${input.comment}` : ''}` : `客户表示问题未解决:${input.comment || '(未填写)'}`,
        });
        if (input.satisfied) await createTicketSurvey(tx, row, at);
        else {
          await scheduleDeadline(tx, row, levelDeadline(change.cal, change.policy, row, at));
        }
        await insertAudit(tx, null, {
          servicePointId: t.servicePointId,
          action: input.satisfied ? 'ticket.customer-confirm' : 'ticket.customer-reopen',
          entityType: 'ticket',
          entityId: t.id,
          summary: t.number,
        });
      });
      return this.status(token);
    },
    /** 多级投诉: the customer takes it to the handler's superior, or straight to the leadership. */
    async escalate(token: string, input: { reason: string; toLeadership: boolean }) {
      await db.transaction(async (tx) => {
        const found = await repo.findByTracking(tx, token);
        if (!found) throw notFoundTicket();
        const t = (await repo.lockTicket(tx, found.id))!;
        if (t.status === 'closed') throw new AppError('ILLEGAL_TRANSITION', '工单已关闭,如仍有问题请重新提交');
        await escalateTicket(tx, t, { kind: 'customer', reason: input.reason, actor: null, at: now(), toTop: input.toLeadership });
      });
      return this.status(token);
    },
    async survey(token: string) {
      const s = await findSurveyByToken(db, token);
      if (!s) throw notFound('问卷');
      return { questions: TICKET_SURVEY.map((q) => ({ ...q })), submitted: !!s.submittedAt, score: s.score };
    },
    async answerSurvey(token: string, input: { answers: Record<string, number>; comment: string }) {
      const s = await findSurveyByToken(db, token);
      if (!s) throw notFound('问卷');
      if (s.submittedAt) throw new AppError('CONFLICT', '该问卷已提交,感谢您的评价');
      const missing = TICKET_SURVEY.filter((q) => ![1, 2, 3, 4, 5].includes(input.answers[q.key]));
      if (missing.length)
        throw new AppError(
          'VALIDATION',
          '请完成所有评分',
          missing.map((q) => ({ path: `answers.${q.key}`, message: `请为「${q.zh}」打分(1–5)` })),
        );
      const row = await submitSurvey(db, s.id, input.answers, input.comment, now());
      return { submitted: true, score: row.score };
    },
  };
}
export type PublicTicketService = ReturnType<typeof createPublicTicketService>;
