import { randomBytes } from 'node:crypto';
import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { deadlineWithPauses, type WorkCalendar } from '../../../domain/sla/index.js';
import { isOpen, isPaused, type Priority, type TicketStatus } from '../../../domain/tickets/status.js';
import { enqueue } from '../../jobs/queue.js';
import { markRollupDirty } from '../rollups/index.js';
import { findPoint } from '../service-points/index.js';
import * as repo from './tickets.repo.js';
import { loadPolicies } from './sla-settings.js';
import { pausesOf, type Policy } from './tickets.present.js';

type Q = Db | Tx;
export const DEADLINE_QUEUE = 'ticket-deadline';

/** 20 characters of base32 (100 bits): the public tracking token, not guessable. */
export const newTrackingToken = () => {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
};

export async function policyFor(q: Q, pointId: string, priority: Priority): Promise<Policy> {
  return (await loadPolicies(q, pointId)).find((p) => p.priority === priority)!;
}

/** When the current escalation level runs out (null when the clock is stopped or the ticket is done). */
export function levelDeadline(cal: WorkCalendar, policy: Policy, t: repo.TicketRow, now: Date): Date | null {
  if (!isOpen(t.status as TicketStatus) || isPaused(t.status as TicketStatus)) return null;
  if (t.escalationLevel > 0) return t.levelDueAt;
  const target = t.firstRespondedAt ? policy.resolutionMinutes : policy.firstResponseMinutes;
  return deadlineWithPauses(cal, t.receivedAt, target, pausesOf(t), now);
}

/** Queue the deadline check; the key makes the same deadline one job however often it is scheduled. */
export async function scheduleDeadline(q: Q, t: Pick<repo.TicketRow, 'id' | 'escalationLevel'>, due: Date | null) {
  if (!due) return;
  await enqueue(q, {
    queue: DEADLINE_QUEUE,
    runAt: due,
    payload: { ticketId: t.id, level: t.escalationLevel },
    dedupeKey: `${DEADLINE_QUEUE}:${t.id}:${t.escalationLevel}:${due.toISOString()}`,
  });
}

export async function addEvent(
  q: Q,
  t: Pick<repo.TicketRow, 'id' | 'servicePointId'>,
  e: { type: string; body?: string; actor?: Pick<Actor, 'userId' | 'displayName'> | null; authorName?: string; isPublic?: boolean; data?: unknown; at: Date },
) {
  await repo.insertEvent(q, {
    ticketId: t.id,
    servicePointId: t.servicePointId,
    type: e.type,
    body: e.body ?? '',
    isPublic: e.isPublic ?? false,
    authorName: e.authorName ?? e.actor?.displayName ?? '系统',
    authorUserId: e.actor?.userId ?? null,
    data: e.data ?? null,
    at: e.at,
  });
}

/**
 * Who gets a new ticket: the least-loaded holder of a handling position (tickets.handle without
 * tickets.supervise) — in the routed department when there is one — else a supervisor, else nobody.
 */
export async function pickHandler(q: Q, pointId: string, departmentId: string | null) {
  const all = (await repo.handlerCandidates(q, pointId)).filter(mayHandleTickets);
  const pools = [
    all.filter((c) => !c.permissions.includes('tickets.supervise') && (!departmentId || c.departmentId === departmentId)),
    all.filter((c) => !departmentId || c.departmentId === departmentId),
    all.filter((c) => !c.permissions.includes('tickets.supervise')),
    all.filter((c) => c.headOf === 'customer-service'),
  ];
  const pool = pools.find((p) => p.length) ?? [];
  return pool.sort((a, b) => a.load - b.load || a.name.localeCompare(b.name, 'zh'))[0] ?? null;
}

/** The one rule of who may handle a point's tickets: an active employee of the point in a position with tickets.handle. */
export const mayHandleTickets = (c: { permissions: string[] }) => c.permissions.includes('tickets.handle');

/** Everyone who may handle the point's tickets, once each (转派 offers exactly these; assign refuses anyone else). */
export async function eligibleHandlers(q: Q, pointId: string) {
  const out = new Map<string, Awaited<ReturnType<typeof repo.handlerCandidates>>[number]>();
  for (const c of await repo.handlerCandidates(q, pointId)) if (mayHandleTickets(c) && !out.has(c.employeeId)) out.set(c.employeeId, c);
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}
export const eligibleHandler = async (q: Q, pointId: string, employeeId: string) =>
  (await eligibleHandlers(q, pointId)).find((c) => c.employeeId === employeeId) ?? null;

/** The position an employee acts in at a point (their primary assignment there). */
export async function positionOf(q: Q, pointId: string, employeeId: string) {
  return (await repo.handlerCandidates(q, pointId)).find((c) => c.employeeId === employeeId) ?? null;
}

/**
 * The complaint counters of the daily rollups (received, resolved, resolved in time) change with a complaint's
 * days: the day it was received, the day it was (or had been) resolved, and today.
 */
export async function markComplaintDays(q: Q, t: Pick<repo.TicketRow, 'kind' | 'servicePointId' | 'receivedAt' | 'resolvedAt'>, at: Date) {
  if (t.kind !== 'complaint') return;
  const point = await findPoint(q, t.servicePointId);
  if (!point) return;
  for (const d of [at, t.receivedAt, t.resolvedAt]) if (d) await markRollupDirty(q, point, d);
}
