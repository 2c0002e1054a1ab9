/** Queries of follow-up calls (回访). */
import { and, asc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { followUps, tickets, workOrders } from '../../db/schema.js';

type Q = Db | Tx;
export type FollowUpRow = typeof followUps.$inferSelect;
/** Numbers of the complaints follow-ups opened. */
export const ticketNumbersOf = async (q: Q, ids: string[]) =>
  new Map(
    ids.length ? (await q.select({ id: tickets.id, number: tickets.number }).from(tickets).where(inArray(tickets.id, ids))).map((t) => [t.id, t.number]) : [],
  );
export type FollowUpPatch = Partial<typeof followUps.$inferInsert>;

/** Schedule the call of a work order (once: a second delivery of the same order keeps the first). */
export async function insertFollowUp(q: Q, v: typeof followUps.$inferInsert) {
  await q.insert(followUps).values(v).onConflictDoNothing();
}
/** The queue of some points, by due time: optionally one status, optionally only those due by `dueBy`. */
export function listFollowUps(q: Q, f: { pointIds: string[]; status?: string; dueBy?: Date; limit: number }): Promise<FollowUpRow[]> {
  const conds: SQL[] = [inArray(followUps.servicePointId, f.pointIds)];
  if (f.status) conds.push(eq(followUps.status, f.status));
  if (f.dueBy) conds.push(lte(followUps.dueAt, f.dueBy));
  return q
    .select()
    .from(followUps)
    .where(and(...conds))
    .orderBy(asc(followUps.dueAt))
    .limit(f.limit);
}
export async function lockFollowUp(q: Q, id: string): Promise<FollowUpRow | undefined> {
  const [row] = await q.select().from(followUps).where(eq(followUps.id, id)).for('update');
  return row;
}
/** Optimistic update: undefined when `version` is stale. */
export async function updateFollowUp(q: Q, id: string, version: number, patch: FollowUpPatch, at: Date): Promise<FollowUpRow | undefined> {
  const [row] = await q
    .update(followUps)
    .set({ ...patch, updatedAt: at, version: sql`${followUps.version} + 1` })
    .where(and(eq(followUps.id, id), eq(followUps.version, version)))
    .returning();
  return row;
}
/** Every work order of the point delivered in [from, to), with its follow-up's outcome (nulls when it has none). */
export const deliveredWithFollowUps = (q: Q, pointId: string, from: Date, to: Date) =>
  q
    .select({ status: followUps.status, score: followUps.score, isFlagged: followUps.isFlagged })
    .from(workOrders)
    .leftJoin(followUps, eq(followUps.workOrderId, workOrders.id))
    .where(
      and(
        eq(workOrders.servicePointId, pointId),
        sql`${workOrders.deliveredAt} >= ${from.toISOString()}::timestamptz and ${workOrders.deliveredAt} < ${to.toISOString()}::timestamptz`,
      ),
    );
