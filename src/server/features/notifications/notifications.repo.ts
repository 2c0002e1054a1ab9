import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { notifications } from '../../db/schema.js';

type Q = Db | Tx;
export type NotificationRow = typeof notifications.$inferSelect;

/** Write to the outbox (same transaction as the business change); a dedupe key makes it idempotent. */
export async function insertNotification(q: Q, n: typeof notifications.$inferInsert) {
  const rows = await q.insert(notifications).values(n).onConflictDoNothing().returning();
  return rows[0];
}
export async function findNotification(q: Q, id: string) {
  const [row] = await q.select().from(notifications).where(eq(notifications.id, id));
  return row;
}
export async function markDelivered(q: Q, id: string, at: Date) {
  await q
    .update(notifications)
    .set({ status: 'delivered', deliveredAt: at, attempts: sql`${notifications.attempts} + 1` })
    .where(eq(notifications.id, id));
}
export async function markAttemptFailed(q: Q, id: string, error: string, dead: boolean) {
  await q
    .update(notifications)
    .set({ status: dead ? 'failed' : 'pending', lastError: error.slice(0, 1000), attempts: sql`${notifications.attempts} + 1` })
    .where(eq(notifications.id, id));
}
const mine = (userId: string, employeeId: string | null) =>
  employeeId ? or(eq(notifications.recipientUserId, userId), eq(notifications.recipientEmployeeId, employeeId))! : eq(notifications.recipientUserId, userId);

/** A user's inbox: in-app notifications addressed to them or their employee record. */
export async function listInbox(q: Q, userId: string, employeeId: string | null, limit: number) {
  const where = and(mine(userId, employeeId), eq(notifications.channel, 'inbox'));
  const rows = await q.select().from(notifications).where(where).orderBy(desc(notifications.createdAt)).limit(limit);
  const [{ unread }] = await q
    .select({ unread: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(where, isNull(notifications.readAt)));
  return { rows, unread };
}
export async function markRead(q: Q, id: string, userId: string, employeeId: string | null, at: Date) {
  const rows = await q
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.id, id), mine(userId, employeeId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}
