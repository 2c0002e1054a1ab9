import type { Db, Tx } from '../../db/client.js';
import { holderOf } from '../org/index.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { addWorkingTime } from '../../../domain/sla/index.js';
import { nextEscalation, type EscalationPosition } from '../../../domain/tickets/escalation.js';
import type { Priority } from '../../../domain/tickets/status.js';
import { formatLocalDateTime, usableTimeZone } from '../../../domain/time/index.js';
import type { JobRow } from '../../jobs/queue.js';
import { insertAudit } from '../audit/index.js';
import { findPoint, listPointsByIds, listPointsUnder } from '../service-points/index.js';
import { positionsOfPoints } from '../org/index.js';
import { notify } from '../notifications/index.js';
import * as repo from './tickets.repo.js';
import { loadCalendar } from './sla-settings.js';
import { addEvent, levelDeadline, policyFor, scheduleDeadline } from './ticket-support.js';

type Q = Db | Tx;

/** Positions of the ticket's point and of every point above it: all escalation can reach. */
export async function escalationContext(q: Q, pointPath?: string) {
  const ids = pointPath ? pointPath.split('/').filter(Boolean) : null;
  const pts = ids ? await listPointsByIds(q, ids) : await listPointsUnder(q, '/');
  const pos = await positionsOfPoints(
    q,
    pts.map((p) => p.id),
  );
  return {
    points: pts.map((p) => ({ id: p.id, parentId: p.parentId })),
    pointNames: new Map(pts.map((p) => [p.id, p.nameZh])),
    positions: pos.map((p) => ({
      id: p.id,
      servicePointId: p.servicePointId,
      superiorId: p.superiorId,
      isCustomerServiceHead: p.headOf === 'customer-service',
      title: p.title,
    })) as (EscalationPosition & { title: string })[],
  };
}

export type EscalationKind = 'deadline' | 'manual' | 'customer';

/**
 * Move a (locked) ticket one level up — or, for a customer asking for the leadership, to the top of
 * the point — notify both sides, audit, and start the next level's time limit.
 */
export async function escalateTicket(tx: Tx, t: repo.TicketRow, o: { kind: EscalationKind; reason: string; actor: Actor | null; at: Date; toTop?: boolean }) {
  const point = (await findPoint(tx, t.servicePointId))!;
  const ctx = await escalationContext(tx, point.path);
  const here = ctx.positions.filter((p) => p.servicePointId === point.id);
  const from = t.handlerPositionId ?? here.find((p) => p.isCustomerServiceHead)?.id ?? here.find((p) => p.superiorId === null)?.id;
  const top = here.find((p) => p.superiorId === null);
  const target =
    o.toTop && top && top.id !== from
      ? { kind: 'position' as const, positionId: top.id, servicePointId: point.id }
      : from
        ? nextEscalation(from, ctx.positions, ctx.points)
        : { kind: 'none' as const, reason: '无岗位' };
  if (target.kind === 'none') {
    const row = await repo.updateTicket(tx, t.id, t.version, { levelDueAt: null }, o.at);
    await addEvent(tx, t, { type: 'escalation-exhausted', body: `已到最高层级,无法继续升级(${o.reason})`, actor: o.actor, at: o.at });
    return row;
  }
  const holder = await holderOf(tx, target.positionId);
  const cal = await loadCalendar(tx, point);
  const policy = await policyFor(tx, t.servicePointId, t.priority as Priority);
  const row = (await repo.updateTicket(
    tx,
    t.id,
    t.version,
    {
      escalationLevel: t.escalationLevel + 1,
      handlerPositionId: target.positionId,
      handlerEmployeeId: holder?.employeeId ?? null,
      levelDueAt: addWorkingTime(cal, o.at, policy.escalationMinutes),
    },
    o.at,
  ))!;
  const title = ctx.positions.find((p) => p.id === target.positionId)?.title ?? '';
  const where = `${ctx.pointNames.get(target.servicePointId) ?? ''} ${title}${holder ? `(${holder.name})` : ''}`;
  const why = { deadline: '超时自动升级', manual: '人工升级', customer: '客户要求升级' }[o.kind];
  await addEvent(tx, t, {
    type: 'escalated',
    body: `${why}至第 ${row.escalationLevel} 级:${where}。${o.reason}`,
    isPublic: true,
    actor: o.actor,
    data: { level: row.escalationLevel, positionId: target.positionId, kind: o.kind },
    at: o.at,
  });
  const link = `/tickets/${t.id}`;
  if (holder)
    await notify(tx, {
      servicePointId: t.servicePointId,
      recipientEmployeeId: holder.employeeId,
      title: `【升级】工单 ${t.number} 已升级给您`,
      body: `${why}:${t.title}`,
      link,
      dedupeKey: `ticket-escalated:${t.id}:${row.escalationLevel}`,
    });
  if (t.handlerEmployeeId && t.handlerEmployeeId !== holder?.employeeId) {
    await notify(tx, {
      servicePointId: t.servicePointId,
      recipientEmployeeId: t.handlerEmployeeId,
      title: `工单 ${t.number} 已升级至上级`,
      body: where,
      link,
      dedupeKey: `ticket-escalated-from:${t.id}:${row.escalationLevel}`,
    });
  }
  await insertAudit(tx, o.actor, {
    servicePointId: t.servicePointId,
    action: 'ticket.escalate',
    entityType: 'ticket',
    entityId: t.id,
    summary: `${t.number} ${why} → ${where}`,
    before: { escalationLevel: t.escalationLevel, handlerPositionId: t.handlerPositionId, handlerEmployeeId: t.handlerEmployeeId },
    after: { escalationLevel: row.escalationLevel, handlerPositionId: row.handlerPositionId, handlerEmployeeId: row.handlerEmployeeId },
  });
  await scheduleDeadline(tx, row, levelDeadline(cal, policy, row, o.at));
  return row;
}

/**
 * Job handler for 'ticket-deadline': under the ticket's row lock, escalate only if the level it was
 * scheduled for is still current and its deadline has really passed. Running it twice escalates once.
 */
export function createDeadlineHandler(deps: { db: Db; now: () => Date }) {
  return async (job: JobRow) => {
    const { ticketId, level } = job.payload as { ticketId: string; level: number };
    await deps.db.transaction(async (tx) => {
      const t = await repo.lockTicket(tx, ticketId);
      if (!t || t.escalationLevel !== level) return;
      const point = (await findPoint(tx, t.servicePointId))!;
      const at = deps.now();
      const due = levelDeadline(await loadCalendar(tx, point), await policyFor(tx, t.servicePointId, t.priority as Priority), t, at);
      if (!due) return;
      if (due.getTime() > at.getTime()) return scheduleDeadline(tx, t, due);
      await escalateTicket(tx, t, { kind: 'deadline', reason: `处理期限 ${formatLocalDateTime(usableTimeZone(point.timeZone), due)} 已过`, actor: null, at });
    });
  };
}
