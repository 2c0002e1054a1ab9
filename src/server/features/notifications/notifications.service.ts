import type { Db, Tx } from '../../db/client.js';
import type { Actor } from '../../../domain/auth/actor.js';
import { enqueue, type JobRow } from '../../jobs/queue.js';
import { notFound } from '../../http/errors.js';
import * as repo from './notifications.repo.js';
import type { NotificationChannel } from './channels.js';

export const NOTIFY_QUEUE = 'notify';

export interface NotifyInput {
  servicePointId: string | null;
  recipientEmployeeId?: string | null;
  recipientUserId?: string | null;
  /** A customer's phone number (or address) for sms/email/wechat; never logged. */
  recipientAddress?: string | null;
  channel?: string;
  title: string;
  body?: string;
  link?: string;
  /** Same key → one notification, however often the event is retried. */
  dedupeKey?: string;
}

/** Put a notification in the outbox and queue its delivery — inside the caller's transaction. */
export async function notify(tx: Tx | Db, n: NotifyInput) {
  const row = await repo.insertNotification(tx, {
    servicePointId: n.servicePointId,
    recipientEmployeeId: n.recipientEmployeeId ?? null,
    recipientUserId: n.recipientUserId ?? null,
    recipientAddress: n.recipientAddress ?? null,
    channel: n.channel ?? 'inbox',
    title: n.title,
    body: n.body ?? '',
    link: n.link ?? '',
    dedupeKey: n.dedupeKey ?? null,
  });
  if (row) await enqueue(tx, { queue: NOTIFY_QUEUE, payload: { notificationId: row.id }, dedupeKey: `notify:${row.id}` });
  return row;
}

export function createNotificationService(deps: { db: Db; now: () => Date; channels: Record<string, NotificationChannel> }) {
  const { db, now, channels } = deps;
  return {
    /** Job handler: deliver one notification; throwing makes the queue retry with backoff. */
    async deliver(job: JobRow) {
      const { notificationId } = job.payload as { notificationId: string };
      const n = await repo.findNotification(db, notificationId);
      if (!n || n.status === 'delivered') return;
      const channel = channels[n.channel];
      try {
        if (!channel) throw new Error(`no channel "${n.channel}"`);
        await channel.deliver(n);
        await repo.markDelivered(db, n.id, now());
      } catch (e) {
        await repo.markAttemptFailed(db, n.id, (e as Error).message, job.attempts >= job.maxAttempts);
        throw e;
      }
    },
    async inbox(actor: Actor, limit = 50) {
      const { rows, unread } = await repo.listInbox(db, actor.userId, actor.employeeId, limit);
      return {
        unread,
        items: rows.map((n) => ({
          id: n.id,
          title: n.title,
          body: n.body,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      };
    },
    async markRead(actor: Actor, id: string) {
      if (!(await repo.markRead(db, id, actor.userId, actor.employeeId, now()))) throw notFound('通知');
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
