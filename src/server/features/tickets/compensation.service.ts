import type { Db } from '../../db/client.js';
import type { ApprovalProvider } from '../approvals/index.js';
import { can, type Actor } from '../../../domain/auth/actor.js';
import { findApprover, isWithinAuthority, notifyApprover, refuseApproval, refusalMessage } from '../approvals/index.js';
import { isOpen, type TicketStatus } from '../../../domain/tickets/status.js';
import { AppError, forbidden, notFound, staleVersion } from '../../http/errors.js';
import { insertAudit } from '../audit/index.js';
import { visiblePoint } from '../service-points/index.js';
import { listPointsUnder } from '../service-points/index.js';
import { notify } from '../notifications/index.js';
import * as repo from './tickets.repo.js';
import { addEvent } from './ticket-support.js';
import { yuan } from '../../lib/text.js';

/** Compensation (补偿) on complaints: within the offerer's authority limit it is granted, above it it waits for approval. */
export function createCompensationService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;
  return {
    async offer(actor: Actor, ticketId: string, input: { amountFen: number; reason: string }) {
      return db.transaction(async (tx) => {
        const t = await repo.lockTicket(tx, ticketId);
        if (!t) throw notFound('工单');
        const point = await visiblePoint(tx, actor, t.servicePointId);
        if (!can(actor, 'tickets.supervise') && actor.employeeId !== t.handlerEmployeeId) throw forbidden('只有当前处理人或主管可以提出补偿');
        if (!isOpen(t.status as TicketStatus)) throw new AppError('ILLEGAL_TRANSITION', '已解决或已关闭的工单不能再提出补偿');
        const at = now();
        const granted = isWithinAuthority(actor, 'compensationFen', input.amountFen);
        const c = await repo.insertCompensation(tx, {
          ticketId,
          servicePointId: t.servicePointId,
          amountFen: input.amountFen,
          reason: input.reason,
          status: granted ? 'approved' : 'pending',
          requestedBy: actor.userId,
          requestedByName: actor.displayName,
          createdAt: at,
          ...(granted ? { decidedBy: actor.userId, decidedByName: actor.displayName, decidedAt: at, decisionNote: '权限内直接批准' } : {}),
        });
        await addEvent(tx, t, {
          type: 'compensation',
          actor,
          at,
          body: granted
            ? `补偿 ${yuan(input.amountFen)}(权限内):${input.reason}`
            : `补偿 ${yuan(input.amountFen)} 超出权限(${yuan(actor.limits.compensationFen)}),已提交审批:${input.reason}`,
          data: { compensationId: c.id },
        });
        if (!granted) {
          // Ask the first position up the chain whose limit covers the amount.
          const holder = await findApprover(tx, { point, key: 'compensationFen', amount: input.amountFen, fromPositionId: t.handlerPositionId });
          if (holder)
            await notifyApprover(tx, {
              servicePointId: t.servicePointId,
              employeeId: holder.employeeId,
              title: `待审批:工单 ${t.number} 补偿 ${yuan(input.amountFen)}`,
              body: `${actor.displayName}:${input.reason}`,
              dedupeKey: `compensation:${c.id}`,
            });
        }
        await insertAudit(tx, actor, {
          servicePointId: t.servicePointId,
          action: granted ? 'compensation.grant' : 'compensation.request',
          entityType: 'compensation',
          entityId: c.id,
          summary: `${t.number} ${yuan(input.amountFen)}`,
          after: c,
        });
        return c;
      });
    },
    async decide(actor: Actor, id: string, input: { version: number; approve: boolean; note: string }) {
      return db.transaction(async (tx) => {
        const c = await repo.findCompensation(tx, id);
        if (!c) throw notFound('补偿申请');
        await visiblePoint(tx, actor, c.servicePointId);
        if (c.status !== 'pending') throw new AppError('ILLEGAL_TRANSITION', '该补偿申请已处理');
        const refusal = refuseApproval(actor, { key: 'compensationFen', amount: c.amountFen, requestedBy: c.requestedBy });
        if (refusal) throw forbidden(refusalMessage(refusal, '补偿', yuan, c.amountFen));
        const at = now();
        const row = await repo.decideCompensation(tx, id, input.version, {
          status: input.approve ? 'approved' : 'rejected',
          decidedBy: actor.userId,
          decidedByName: actor.displayName,
          decisionNote: input.note,
          decidedAt: at,
        });
        if (!row) throw staleVersion();
        const t = (await repo.findTicket(tx, c.ticketId))!;
        await addEvent(tx, t, {
          type: 'compensation-decision',
          actor,
          at,
          body: `${input.approve ? '批准' : '驳回'}补偿 ${yuan(c.amountFen)}${input.note ? `:${input.note}` : ''}`,
        });
        await notify(tx, {
          servicePointId: c.servicePointId,
          recipientUserId: c.requestedBy,
          title: `补偿 ${yuan(c.amountFen)} 已${input.approve ? '批准' : '驳回'}(工单 ${t.number})`,
          body: input.note,
          link: `/tickets/${t.id}`,
          dedupeKey: `compensation-decided:${c.id}`,
        });
        await insertAudit(tx, actor, {
          servicePointId: c.servicePointId,
          action: input.approve ? 'compensation.approve' : 'compensation.reject',
          entityType: 'compensation',
          entityId: id,
          summary: `${t.number} ${yuan(c.amountFen)}`,
          before: c,
          after: row,
        });
        return row;
      });
    },
    /** Pending requests in the actor's scope that the actor may approve. */
    async pending(actor: Actor) {
      const ids = (await listPointsUnder(db, actor.pointPath)).map((p) => p.id);
      const rows = await repo.pendingCompensations(db, ids);
      return rows
        .filter((r) => !refuseApproval(actor, { key: 'compensationFen', amount: r.c.amountFen, requestedBy: r.c.requestedBy }))
        .map((r) => ({
          id: r.c.id,
          ticketId: r.c.ticketId,
          ticketNumber: r.number,
          ticketTitle: r.title,
          amountFen: r.c.amountFen,
          reason: r.c.reason,
          requestedByName: r.c.requestedByName,
          createdAt: r.c.createdAt.toISOString(),
          version: r.c.version,
        }));
    },
  };
}

/** Compensation requests in 待我审批; the decision stays this service's. */
export function compensationApprovals(svc: CompensationService): ApprovalProvider {
  return {
    type: 'compensation',
    pending: async (actor) =>
      (await svc.pending(actor)).map((c) => ({
        id: c.id,
        number: c.ticketNumber,
        title: `投诉补偿 ${c.ticketTitle}`,
        amountFen: c.amountFen,
        pct: null,
        amountLabel: `补偿 ${yuan(c.amountFen)}`,
        requestedByName: c.requestedByName,
        reason: c.reason,
        createdAt: c.createdAt,
        link: `/tickets/${c.ticketId}`,
        version: c.version,
      })),
    decide: (actor, id, input) => svc.decide(actor, id, input),
  };
}
export type CompensationService = ReturnType<typeof createCompensationService>;
