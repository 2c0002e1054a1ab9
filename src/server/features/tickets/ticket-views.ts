/** How tickets read: the summary with SLA clocks (lists) and the detail with events, compensations and the chain. */
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { nextStatus, TICKET_ACTIONS, type Priority, type TicketStatus } from '../../../domain/tickets/status.js';
import { escalationChain } from '../../../domain/tickets/escalation.js';
import type { TicketDetail } from '../../../contracts/tickets.js';
import type { JsonValue } from '../../../contracts/common.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './tickets.repo.js';
import { loadCalendar } from './sla-settings.js';
import { presentSummary, ticketClocks } from './tickets.present.js';
import { policyFor } from './ticket-support.js';
import { escalationContext } from './ticket-escalation.js';

type Q = Db | Tx;

export function createTicketViews(deps: { now: () => Date }) {
  const { now } = deps;

  async function present(q: Q, rows: repo.TicketRow[]) {
    const names = await repo.namesOf(
      q,
      rows.flatMap((r) => (r.handlerEmployeeId ? [r.handlerEmployeeId] : [])),
      rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])),
    );
    const cache = new Map<string, Awaited<ReturnType<typeof loadCalendar>>>();
    const out = [];
    for (const r of rows) {
      const point = await visiblePointRow(q, r.servicePointId);
      if (!cache.has(point.id)) cache.set(point.id, await loadCalendar(q, point));
      out.push(presentSummary(r, ticketClocks(cache.get(point.id)!, await policyFor(q, r.servicePointId, r.priority as Priority), r, now()), names));
    }
    return out;
  }
  const visiblePointRow = async (q: Q, id: string) => (await findPoint(q, id))!;

  async function detail(q: Q, actor: Actor, t: repo.TicketRow): Promise<TicketDetail> {
    const [summary] = await present(q, [t]);
    const [events, comps, atts, chain] = await Promise.all([
      repo.listEvents(q, t.id),
      repo.listCompensations(q, t.id),
      repo.listAttachments(q, t.id),
      chainOf(q, t),
    ]);
    const allowed = TICKET_ACTIONS.filter((a) => nextStatus(t.status as TicketStatus, a).ok);
    return {
      ...summary,
      description: t.description,
      customerEmail: t.customerEmail,
      vehicleRef: t.vehicleRef,
      workOrderRef: t.workOrderRef,
      vehicleId: t.vehicleId,
      workOrderId: t.workOrderId,
      trackingToken: t.trackingToken,
      plan: t.plan ?? null,
      resolutionNote: t.resolution,
      customerConfirmed: t.customerConfirmed,
      handlerPositionId: t.handlerPositionId,
      events: events.map((e) => ({
        id: e.id,
        type: e.type,
        authorName: e.authorName,
        body: e.body,
        isPublic: e.isPublic,
        data: e.data as JsonValue,
        at: e.at.toISOString(),
      })),
      compensations: comps.map((c) => ({
        id: c.id,
        amountFen: c.amountFen,
        reason: c.reason,
        status: c.status as 'approved' | 'pending' | 'rejected',
        requestedByName: c.requestedByName,
        decidedByName: c.decidedByName,
        decisionNote: c.decisionNote,
        createdAt: c.createdAt.toISOString(),
        decidedAt: c.decidedAt?.toISOString() ?? null,
        version: c.version,
      })),
      attachments: atts,
      escalationChain: chain,
      allowedActions: actor ? allowed : [],
    };
  }
  async function chainOf(q: Q, t: repo.TicketRow) {
    if (!t.handlerPositionId) return [];
    const ctx = await escalationContext(q);
    return escalationChain(t.handlerPositionId, ctx.positions, ctx.points).map((id) => {
      const p = ctx.positions.find((x) => x.id === id)!;
      return { positionId: id, title: p.title, servicePointName: ctx.pointNames.get(p.servicePointId) ?? '' };
    });
  }

  return { present, detail };
}
