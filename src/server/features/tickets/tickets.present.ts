import { deadlineWithPauses, slaStatus, type Pause, type WorkCalendar } from '../../../domain/sla/index.js';
import type { TicketSummary } from '../../../contracts/tickets.js';
import type { TicketRow } from './tickets.repo.js';

export interface Policy {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  escalationMinutes: number;
}
type Clock = TicketSummary['firstResponse'];

export const pausesOf = (t: Pick<TicketRow, 'pauses'>): Pause[] => t.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));

/** One SLA clock: met (with whether in time) or running at `now`. */
export function clock(cal: WorkCalendar, start: Date, target: number, pauses: Pause[], metAt: Date | null, now: Date): Clock {
  if (metAt) {
    // Only pauses before the clock was met count for it; clip them at metAt.
    const before = pauses.filter((p) => p.from < metAt).map((p) => ({ from: p.from, to: p.to && p.to < metAt ? p.to : metAt }));
    const due = deadlineWithPauses(cal, start, target, before, metAt);
    return { dueAt: due?.toISOString() ?? null, remainingMinutes: null, isBreached: !!due && metAt > due, isPaused: false, metAt: metAt.toISOString() };
  }
  const s = slaStatus(cal, start, target, pauses, now);
  return {
    dueAt: s.deadline?.toISOString() ?? null,
    remainingMinutes: Math.round(s.remainingMinutes),
    isBreached: s.breached,
    isPaused: s.paused,
    metAt: null,
  };
}

export function ticketClocks(cal: WorkCalendar, policy: Policy, t: TicketRow, now: Date) {
  const pauses = pausesOf(t);
  return {
    firstResponse: clock(cal, t.receivedAt, policy.firstResponseMinutes, pauses, t.firstRespondedAt, now),
    resolution: clock(cal, t.receivedAt, policy.resolutionMinutes, pauses, t.resolvedAt, now),
  };
}

export function presentSummary(
  t: TicketRow,
  clocks: ReturnType<typeof ticketClocks>,
  names: { employees: Map<string, string>; departments: Map<string, string> },
): TicketSummary {
  return {
    id: t.id,
    servicePointId: t.servicePointId,
    number: t.number,
    channel: t.channel as TicketSummary['channel'],
    kind: t.kind as TicketSummary['kind'],
    category: t.category,
    causeCategory: t.causeCategory,
    priority: t.priority as TicketSummary['priority'],
    status: t.status as TicketSummary['status'],
    title: t.title,
    customerName: t.customerName,
    customerPhone: t.customerPhone,
    isVip: t.isVip,
    receivedAt: t.receivedAt.toISOString(),
    departmentId: t.departmentId,
    departmentName: t.departmentId ? (names.departments.get(t.departmentId) ?? null) : null,
    handlerEmployeeId: t.handlerEmployeeId,
    handlerName: t.handlerEmployeeId ? (names.employees.get(t.handlerEmployeeId) ?? null) : null,
    escalationLevel: t.escalationLevel,
    ...clocks,
    version: t.version,
  };
}
