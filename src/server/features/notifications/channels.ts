import type { NotificationRow } from './notifications.repo.js';
import { log, type Logger } from '../../log.js';

/** A delivery channel. SMS, e-mail and WeChat adapters implement this; delivery is at least once. */
export interface NotificationChannel {
  name: string;
  deliver(n: NotificationRow): Promise<void>;
}

/** The in-app inbox: the row itself is the message, so delivering only marks it. */
export const inboxChannel: NotificationChannel = { name: 'inbox', deliver: async () => undefined };

/**
 * Records that a message went out, the default for sms/email/wechat until a gateway is configured. It logs the
 * notification's id and recipient id only: titles and bodies carry names, numbers and links with live tokens.
 */
export function logChannel(name: string, logger: Pick<Logger, 'info'> = log): NotificationChannel {
  return {
    name,
    deliver: async (n) =>
      logger.info({ channel: name, notificationId: n.id, recipient: n.recipientEmployeeId ?? n.recipientUserId ?? null }, 'notification sent'),
  };
}

export function defaultChannels(logger?: Pick<Logger, 'info'>): Record<string, NotificationChannel> {
  return { inbox: inboxChannel, sms: logChannel('sms', logger), email: logChannel('email', logger), wechat: logChannel('wechat', logger) };
}
