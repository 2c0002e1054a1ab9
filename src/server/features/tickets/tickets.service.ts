import type { Db, Tx } from '../../db/client.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { routeTicket, type RoutingRule } from '../../../domain/tickets/routing.js';
import { isOpen, nextStatus, STATUS_LABEL_ZH, type Priority, type TicketAction, type TicketStatus } from '../../../domain/tickets/status.js';
import type { TicketIntake } from '../../../contracts/tickets.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { nextDocumentNumber } from '../numbering/index.js';
import { notify } from '../notifications/index.js';
import * as repo from './tickets.repo.js';
import { loadCalendar } from './sla-settings.js';
import { createTicketViews } from './ticket-views.js';
import { patchWithDeadlines, storedDeadlines } from './ticket-deadlines.js';
import {
  addEvent,
  eligibleHandler,
  eligibleHandlers,
  levelDeadline,
  markComplaintDays,
  newTrackingToken,
  pickHandler,
  policyFor,
  positionOf,
  scheduleDeadline,
} from './ticket-support.js';
import { escalateTicket } from './ticket-escalation.js';
import { createTicketSurvey } from './surveys.js';

type Q = Db | Tx;

export function createTicketService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  const { present, detail } = createTicketViews({ now });

  /** The ticket if the actor's scope covers its point (404 otherwise). */
  async function inScope(q: Q, actor: Actor, id: string, lock = false) {
    const t = lock ? await repo.lockTicket(q, id) : await repo.findTicket(q, id);
    if (!t) throw notFound('工单');
    await visiblePoint(q, actor, t.servicePointId);
    return t;
  }

  /** Create a ticket: classify and route by the point's rules, start the SLA clocks, notify the handler. */
  async function intake(
    tx: Tx,
    actor: Actor | null,
    point: { id: string; timeZone: string; nameZh: string },
    input: TicketIntake & { attachments?: { fileName: string; mimeType: string; content: Buffer }[]; vehicleId?: string | null; workOrderId?: string | null },
  ) {
    const at = now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : at;
    if (receivedAt.getTime() > at.getTime() + 60_000) {
      throw new AppError('VALIDATION', '受理时间不能晚于现在', [{ path: 'receivedAt', message: '不能是将来的时间' }]);
    }
    const rules = (await repo.listRules(tx, point.id)).map(
      (r) => ({ id: r.id, name: r.name, isActive: r.isActive, when: r.when, then: r.then }) as RoutingRule,
    );
    const recent = await repo.countRecentComplaints(tx, point.id, input.customerPhone, new Date(receivedAt.getTime() - 30 * 86400_000));
    const routed = routeTicket(
      { kind: input.kind, category: input.category ?? null, text: `${input.title} ${input.description}`, isVip: input.isVip, recentComplaints: recent },
      rules,
    );
    const priority = input.priority ?? routed.priority;
    const handler = routed.handlerEmployeeId ? await positionOf(tx, point.id, routed.handlerEmployeeId) : await pickHandler(tx, point.id, routed.departmentId);
    const t = await repo.insertTicket(tx, {
      servicePointId: point.id,
      number: await nextDocumentNumber(tx, point, 'ticket', receivedAt),
      trackingToken: newTrackingToken(),
      channel: input.channel,
      kind: input.kind,
      category: routed.category,
      priority,
      isPriorityOverridden: !!input.priority,
      status: handler ? 'assigned' : 'new',
      title: input.title,
      description: input.description,
      customerName: input.customerName,
      customerPhone: input.customerPhone,
      customerEmail: input.customerEmail,
      isVip: input.isVip,
      vehicleRef: input.vehicleRef,
      workOrderRef: input.workOrderRef,
      vehicleId: input.vehicleId ?? null,
      workOrderId: input.workOrderId ?? null,
      receivedAt,
      departmentId: routed.departmentId ?? handler?.departmentId ?? null,
      handlerEmployeeId: handler?.employeeId ?? null,
      handlerPositionId: handler?.positionId ?? null,
    });
    for (const a of input.attachments ?? []) {
      await repo.insertAttachment(tx, {
        ticketId: t.id,
        servicePointId: point.id,
        fileName: a.fileName,
        mimeType: a.mimeType,
        size: a.content.length,
        content: a.content.toString('base64'),
      });
    }
    const cal = await loadCalendar(tx, point);
    const policy = await policyFor(tx, point.id, priority);
    const ready = await repo.updateTicket(tx, t.id, t.version, storedDeadlines(cal, policy, t, at), at);
    await addEvent(tx, t, {
      type: 'created',
      actor,
      authorName: actor ? undefined : input.customerName,
      body: `已受理,受理编号 ${t.number}`,
      isPublic: true,
      data: { routed, channel: input.channel, priority, recentComplaints: recent },
      at,
    });
    if (handler) await addEvent(tx, t, { type: 'assigned', body: `分派给 ${handler.name}`, data: { handlerEmployeeId: handler.employeeId }, at });
    await scheduleDeadline(tx, ready, levelDeadline(cal, policy, ready, at));
    await markComplaintDays(tx, t, at);
    if (handler)
      await notify(tx, {
        servicePointId: point.id,
        recipientEmployeeId: handler.employeeId,
        title: `新工单 ${t.number}:${t.title}`,
        body: `客户 ${t.customerName},首次响应截止 ${ready?.firstResponseDueAt?.toISOString() ?? '-'}`,
        link: `/tickets/${t.id}`,
        dedupeKey: `ticket-assigned:${t.id}:${handler.employeeId}:0`,
      });
    await insertAudit(tx, actor, {
      servicePointId: point.id,
      action: 'ticket.create',
      entityType: 'ticket',
      entityId: t.id,
      summary: `${t.number} ${t.title}`,
      after: { ...ready, trackingToken: undefined },
    });
    return ready;
  }

  /** Apply a change under the row lock with a version check, audit it, and reschedule the deadline. */
  async function change(
    actor: Actor,
    id: string,
    version: number,
    fn: (
      tx: Tx,
      t: repo.TicketRow,
    ) => Promise<{
      patch: Partial<repo.TicketRow>;
      event?: { type: string; body: string; isPublic?: boolean; data?: unknown };
      action: string;
      after?: (tx: Tx, row: repo.TicketRow) => Promise<unknown>;
    }>,
  ) {
    return db.transaction(async (tx) => {
      const t = await inScope(tx, actor, id, true);
      if (t.version !== version) throw staleVersion();
      const changes = await fn(tx, t);
      const { event, action, after } = changes;
      const at = now();
      const { patch, cal, policy } = await patchWithDeadlines(tx, t, changes.patch, at);
      const row = await repo.updateTicket(tx, id, version, patch, at);
      if (!row) throw staleVersion();
      if (event) await addEvent(tx, row, { ...event, actor, at });
      if (after) await after(tx, row);
      await scheduleDeadline(tx, row, levelDeadline(cal, policy, row, at));
      await markComplaintDays(tx, t, at);
      await insertAudit(tx, actor, {
        servicePointId: row.servicePointId,
        action: `ticket.${action}`,
        entityType: 'ticket',
        entityId: id,
        summary: `${row.number} ${event?.body ?? action}`,
        before: t,
        after: row,
      });
      return detail(tx, actor, row);
    });
  }

  function requireHandlerOrSupervisor(actor: Actor, t: repo.TicketRow) {
    if (can(actor, 'tickets.supervise') || (actor.employeeId && actor.employeeId === t.handlerEmployeeId)) return;
    throw forbidden('只有当前处理人或主管可以处理此工单');
  }

  return {
    intake,
    async create(actor: Actor, input: TicketIntake) {
      const row = await db.transaction(async (tx) => intake(tx, actor, await visiblePoint(tx, actor, input.servicePointId), input));
      return detail(db, actor, row);
    },
    async list(
      actor: Actor,
      f: {
        servicePointId?: string;
        status?: string;
        priority?: string;
        kind?: string;
        q?: string;
        mine?: string;
        breached?: string;
        page: number;
        pageSize: number;
      },
    ) {
      const pointIds = f.servicePointId
        ? [(await visiblePoint(db, actor, f.servicePointId)).id]
        : (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const statuses = f.status?.split(',').filter(Boolean);
      const base = {
        pointIds,
        statuses,
        priority: f.priority,
        kind: f.kind,
        q: f.q,
        handlerEmployeeId: f.mine === 'true' ? (actor.employeeId ?? '00000000-0000-0000-0000-000000000000') : undefined,
      };
      // Breach is filtered in SQL on the stored deadlines (ADR 020).
      const breachedAt = f.breached === 'true' ? now() : undefined;
      const { rows, total } = await repo.listTickets(db, { ...base, breachedAt, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
      return { items: await present(db, rows), total, page: f.page, pageSize: f.pageSize };
    },
    /** Who the ticket may be reassigned to (转派): the same rule assign checks. */
    async handlers(actor: Actor, id: string) {
      const t = await inScope(db, actor, id);
      return (await eligibleHandlers(db, t.servicePointId)).map((c) => ({
        employeeId: c.employeeId,
        name: c.name,
        positionTitle: c.positionTitle,
        openTickets: c.load,
      }));
    },
    async get(actor: Actor, id: string) {
      return detail(db, actor, await inScope(db, actor, id));
    },
    async act(actor: Actor, id: string, input: { version: number; action: TicketAction; note: string }) {
      return change(actor, id, input.version, async (_tx, t) => {
        requireHandlerOrSupervisor(actor, t);
        const next = nextStatus(t.status as TicketStatus, input.action);
        if (!next.ok) throw new AppError('ILLEGAL_TRANSITION', next.message);
        const at = now();
        const patch: Partial<repo.TicketRow> = { status: next.to };
        if (input.action === 'respond' && !t.firstRespondedAt) patch.firstRespondedAt = at;
        if (input.action === 'wait_customer') patch.pauses = [...t.pauses, { from: at.toISOString(), to: null }];
        if (input.action === 'resume' || (t.status === 'waiting_customer' && next.to !== 'waiting_customer'))
          patch.pauses = t.pauses.map((p) => (p.to ? p : { ...p, to: at.toISOString() }));
        if (input.action === 'resolve') {
          if (!input.note && !t.resolution) throw new AppError('VALIDATION', '请填写处理结果', [{ path: 'note', message: '解决时须说明处理结果' }]);
          patch.resolvedAt = at;
          patch.resolution = input.note || t.resolution;
          if (!t.firstRespondedAt) patch.firstRespondedAt = at;
        }
        if (input.action === 'reopen') {
          patch.resolvedAt = null;
          patch.closedAt = null;
          patch.customerConfirmed = null;
        }
        if (input.action === 'confirm') {
          patch.closedAt = at;
          patch.customerConfirmed = true;
        }
        if (input.action === 'close') patch.closedAt = at;
        return {
          patch,
          action: input.action,
          event: {
            type: input.action,
            body: input.note || `状态:${STATUS_LABEL_ZH[next.to]}`,
            isPublic: ['resolve', 'confirm', 'close', 'reopen', 'respond'].includes(input.action),
          },
          after: next.to === 'closed' ? (tx: Tx, row: repo.TicketRow) => createTicketSurvey(tx, row, at) : undefined,
        };
      });
    },
    async assign(actor: Actor, id: string, input: { version: number; handlerEmployeeId: string; departmentId?: string | null; note: string }) {
      return change(actor, id, input.version, async (tx, t) => {
        if (!can(actor, 'tickets.supervise') && actor.employeeId !== t.handlerEmployeeId) throw forbidden('只有主管或当前处理人可以转派');
        if (!isOpen(t.status as TicketStatus)) throw new AppError('ILLEGAL_TRANSITION', '已解决或已关闭的工单不能转派');
        const h = await eligibleHandler(tx, t.servicePointId, input.handlerEmployeeId);
        if (!h) throw new AppError('VALIDATION', '处理人无效', [{ path: 'handlerEmployeeId', message: '该员工不在本网点或没有处理工单的岗位权限' }]);
        await notify(tx, {
          servicePointId: t.servicePointId,
          recipientEmployeeId: h.employeeId,
          title: `工单 ${t.number} 转派给您`,
          body: t.title,
          link: `/tickets/${t.id}`,
          dedupeKey: `ticket-assigned:${t.id}:${h.employeeId}:${t.version}`,
        });
        return {
          action: 'assign',
          patch: {
            handlerEmployeeId: h.employeeId,
            handlerPositionId: h.positionId,
            departmentId: input.departmentId ?? h.departmentId,
            status: t.status === 'new' ? 'assigned' : t.status,
          },
          event: { type: 'assigned', body: `转派给 ${h.name}${input.note ? `:${input.note}` : ''}`, data: { handlerEmployeeId: h.employeeId } },
        };
      });
    },
    async update(
      actor: Actor,
      id: string,
      input: { version: number; priority?: Priority; category?: string | null; causeCategory?: string | null; isVip?: boolean },
    ) {
      return change(actor, id, input.version, async (_tx, t) => {
        requireHandlerOrSupervisor(actor, t);
        const { version: _v, ...patch } = input;
        return {
          action: 'update',
          patch: { ...patch, ...(input.priority && input.priority !== t.priority ? { isPriorityOverridden: true } : {}) },
          event: {
            type: 'updated',
            body: Object.entries(patch)
              .map(([k, v]) => `${k}: ${v}`)
              .join(','),
          },
        };
      });
    },
    async plan(
      actor: Actor,
      id: string,
      input: { version: number; departmentId: string | null; deadline: string | null; steps: string; communication: string },
    ) {
      return change(actor, id, input.version, async (_tx, t) => {
        requireHandlerOrSupervisor(actor, t);
        if (!isOpen(t.status as TicketStatus)) throw new AppError('ILLEGAL_TRANSITION', '已解决或已关闭的工单不能修改处理方案');
        const { version: _v, ...plan } = input;
        return { action: 'plan', patch: { plan, departmentId: plan.departmentId ?? t.departmentId }, event: { type: 'plan', body: plan.steps, data: plan } };
      });
    },
    /** Staff take a ticket one level up the reporting line before its deadline. */
    async escalate(actor: Actor, id: string, input: { version: number; reason: string }) {
      const row = await db.transaction(async (tx) => {
        const t = await inScope(tx, actor, id, true);
        if (t.version !== input.version) throw staleVersion();
        requireHandlerOrSupervisor(actor, t);
        if (!isOpen(t.status as TicketStatus)) throw new AppError('ILLEGAL_TRANSITION', '已解决或已关闭的工单不能升级');
        return escalateTicket(tx, t, { kind: 'manual', reason: input.reason, actor, at: now() });
      });
      return detail(db, actor, row);
    },
    async addNote(actor: Actor, id: string, input: { body: string; isPublic: boolean }) {
      await db.transaction(async (tx) => {
        const t = await inScope(tx, actor, id);
        await addEvent(tx, t, { type: input.isPublic ? 'reply' : 'note', body: input.body, isPublic: input.isPublic, actor, at: now() });
      });
      return this.get(actor, id);
    },
    async attachment(actor: Actor, ticketId: string, attachmentId: string) {
      const t = await inScope(db, actor, ticketId);
      const a = await repo.findAttachment(db, attachmentId);
      if (!a || a.ticketId !== t.id) throw notFound('附件');
      return a;
    },
    present,
    detail,
  };
}
export type TicketService = ReturnType<typeof createTicketService>;
