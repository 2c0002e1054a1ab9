/**
 * Stored SLA deadlines (ADR 020, superseding part of ADR 005): every write to a ticket stores the first-response and
 * resolution due times as the clock knows them at that moment (pauses pushed out, null while a pause runs and time is
 * left, the met-time deadline once a clock is met), so lists, dashboards and rollups filter and count in SQL. A calendar,
 * policy or holiday change recomputes the open clocks of the points concerned in the same transaction; met clocks are
 * history and keep the deadline they were met against.
 */
import type { Db, Tx } from '../../db/client.js';
import type { WorkCalendar } from '../../../domain/sla/index.js';
import type { Priority } from '../../../domain/tickets/status.js';
import { findPoint } from '../service-points/index.js';
import type * as repo from './tickets.repo.js';
import { openClocksOf, pausedTicketsOf, pointsWithPausedTickets, setDeadlines } from './ticket-clock.repo.js';
import { loadCalendar } from './sla-settings.js';
import { levelDeadline, policyFor, scheduleDeadline } from './ticket-support.js';
import { ticketClocks, type Policy } from './tickets.present.js';

type Q = Db | Tx;
type ClockFields = Pick<repo.TicketRow, 'receivedAt' | 'pauses' | 'firstRespondedAt' | 'resolvedAt'>;

/** The two due times to store for a ticket's state at `at`. */
export function storedDeadlines(cal: WorkCalendar, policy: Policy, t: ClockFields, at: Date) {
  const c = ticketClocks(cal, policy, t as repo.TicketRow, at);
  const d = (iso: string | null) => (iso ? new Date(iso) : null);
  return { firstResponseDueAt: d(c.firstResponse.dueAt), resolutionDueAt: d(c.resolution.dueAt) };
}

/** `patch` plus the due times of the ticket as it will be after the patch. */
export async function patchWithDeadlines(q: Q, t: repo.TicketRow, patch: Partial<repo.TicketRow>, at: Date) {
  const after = { ...t, ...patch };
  const point = (await findPoint(q, after.servicePointId))!;
  const cal = await loadCalendar(q, point);
  const policy = await policyFor(q, after.servicePointId, after.priority as Priority);
  return { patch: { ...patch, ...storedDeadlines(cal, policy, after, at) }, cal, policy };
}

/**
 * Recompute the open clocks of the points' unfinished tickets (after a calendar, policy or holiday change) and
 * reschedule their deadline checks. Returns how many tickets changed.
 */
export async function recomputeOpenDeadlines(tx: Tx, pointIds: string[], at: Date): Promise<number> {
  let changed = 0;
  for (const pointId of pointIds) {
    const point = await findPoint(tx, pointId);
    if (!point) continue;
    const cal = await loadCalendar(tx, point);
    const policies = new Map<string, Policy>();
    for (const t of await openClocksOf(tx, pointId)) {
      if (!policies.has(t.priority)) policies.set(t.priority, await policyFor(tx, pointId, t.priority as Priority));
      const policy = policies.get(t.priority)!;
      const next = storedDeadlines(cal, policy, t, at);
      const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);
      if (same(next.firstResponseDueAt, t.firstResponseDueAt) && same(next.resolutionDueAt, t.resolutionDueAt)) continue;
      await setDeadlines(tx, t.id, next);
      await scheduleDeadline(tx, t, levelDeadline(cal, policy, t, at));
      changed++;
    }
  }
  return changed;
}

export const DEADLINE_REFRESH_QUEUE = 'tickets.deadlines.refresh';

/**
 * Once after ADR 020: tickets that were paused kept the due times of their creation; store what the clock says.
 * Runs once per database (the job's dedupe key), in batches of one point.
 */
export async function refreshPausedDeadlines(db: Db, at: Date) {
  for (const pointId of await pointsWithPausedTickets(db)) {
    await db.transaction(async (tx) => {
      const point = (await findPoint(tx, pointId))!;
      const cal = await loadCalendar(tx, point);
      for (const t of await pausedTicketsOf(tx, pointId)) {
        await setDeadlines(tx, t.id, storedDeadlines(cal, await policyFor(tx, pointId, t.priority as Priority), t, at));
      }
    });
  }
}
