/** Queries over the stored SLA deadlines (ADR 020): open clocks, breaches and compliance counted in SQL. */
import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { tickets } from '../../db/schema.js';

type Q = Db | Tx;
const OPEN = sql`${tickets.status} not in ('resolved','closed')`;

/** An open ticket is breached when a running clock's stored due time has passed (a paused clock with time left has none). */
export const breachedAt = (at: Date): SQL =>
  sql`(${OPEN} and ((${tickets.firstRespondedAt} is null and ${tickets.firstResponseDueAt} < ${at}) or (${tickets.resolvedAt} is null and ${tickets.resolutionDueAt} < ${at})))`;

/** The unfinished tickets of a point, with what their clocks need. */
export const openClocksOf = (q: Q, pointId: string) =>
  q
    .select()
    .from(tickets)
    .where(and(eq(tickets.servicePointId, pointId), OPEN));

/** Store recomputed due times; not a user edit, so the version stays. */
export const setDeadlines = (q: Q, id: string, d: { firstResponseDueAt: Date | null; resolutionDueAt: Date | null }) =>
  q.update(tickets).set(d).where(eq(tickets.id, id));

/** The points that have unfinished tickets (a holiday import recomputes only those). */
export async function pointsWithOpenTickets(q: Q) {
  const rows = await q.selectDistinct({ id: tickets.servicePointId }).from(tickets).where(OPEN);
  return rows.map((r) => r.id);
}

const PAUSED = sql`jsonb_array_length(${tickets.pauses}) > 0`;
export const pausedTicketsOf = (q: Q, pointId: string) =>
  q
    .select()
    .from(tickets)
    .where(and(eq(tickets.servicePointId, pointId), PAUSED));
export async function pointsWithPausedTickets(q: Q) {
  return (await q.selectDistinct({ id: tickets.servicePointId }).from(tickets).where(PAUSED)).map((r) => r.id);
}

const n = (v: unknown) => Number(v ?? 0);

/** The dashboard's counters over the tickets received in [from, to] and the open ones, in one pass each. */
export async function clockCounters(q: Q, pointIds: string[], from: Date, to: Date, at: Date) {
  if (!pointIds.length) return { received: 0, complaints: 0, respondedAll: 0, respondedIn: 0, resolvedAll: 0, resolvedIn: 0, open: 0, breachedOpen: 0 };
  const [p] = await q
    .select({
      received: sql`count(*)`,
      complaints: sql`count(*) filter (where ${tickets.kind} = 'complaint')`,
      respondedAll: sql`count(*) filter (where ${tickets.firstRespondedAt} is not null)`,
      respondedIn: sql`count(*) filter (where ${tickets.firstRespondedAt} is not null and (${tickets.firstResponseDueAt} is null or ${tickets.firstRespondedAt} <= ${tickets.firstResponseDueAt}))`,
      resolvedAll: sql`count(*) filter (where ${tickets.resolvedAt} is not null)`,
      resolvedIn: sql`count(*) filter (where ${tickets.resolvedAt} is not null and (${tickets.resolutionDueAt} is null or ${tickets.resolvedAt} <= ${tickets.resolutionDueAt}))`,
    })
    .from(tickets)
    .where(and(inArray(tickets.servicePointId, pointIds), gte(tickets.receivedAt, from), lte(tickets.receivedAt, to)));
  const [o] = await q
    .select({ open: sql`count(*)`, breachedOpen: sql`count(*) filter (where ${breachedAt(at)})` })
    .from(tickets)
    .where(and(inArray(tickets.servicePointId, pointIds), OPEN));
  return {
    received: n(p.received),
    complaints: n(p.complaints),
    respondedAll: n(p.respondedAll),
    respondedIn: n(p.respondedIn),
    resolvedAll: n(p.resolvedAll),
    resolvedIn: n(p.resolvedIn),
    open: n(o.open),
    breachedOpen: n(o.breachedOpen),
  };
}

/** Counts of the period's tickets grouped by one column (status, channel, complaint cause). */
export async function countsBy(q: Q, pointIds: string[], from: Date, to: Date, by: 'status' | 'channel' | 'cause') {
  if (!pointIds.length) return new Map<string, number>();
  const col = by === 'status' ? tickets.status : by === 'channel' ? tickets.channel : sql<string>`coalesce(${tickets.causeCategory}, '未分类')`;
  const rows = await q
    .select({ key: sql<string>`${col}`, count: sql`count(*)` })
    .from(tickets)
    .where(
      and(
        inArray(tickets.servicePointId, pointIds),
        gte(tickets.receivedAt, from),
        lte(tickets.receivedAt, to),
        ...(by === 'cause' ? [eq(tickets.kind, 'complaint')] : []),
      ),
    )
    .groupBy(col);
  return new Map(rows.map((r) => [r.key, n(r.count)]));
}

/** Open tickets per department (null = 未分配). */
export async function openByDepartment(q: Q, pointIds: string[]) {
  if (!pointIds.length) return [];
  const rows = await q
    .select({ departmentId: tickets.departmentId, count: sql`count(*)` })
    .from(tickets)
    .where(and(inArray(tickets.servicePointId, pointIds), OPEN))
    .groupBy(tickets.departmentId);
  return rows.map((r) => ({ departmentId: r.departmentId, count: n(r.count) }));
}
