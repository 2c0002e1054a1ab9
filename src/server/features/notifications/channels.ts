import type { NotificationRow } from './notifications.repo.js';

/** A delivery channel. SMS, e-mail and WeChat adapters implement this; delivery is at least once. */
export interface NotificationChannel {
  name: string;
  deliver(n: NotificationRow): Promise<void>;
}

/** The in-app inbox: the row itself is the message, so delivering only marks it. */
export const inboxChannel: NotificationChannel = { name: 'inbox', deliver: async () => undefined };

/** Writes the message to the log; the default for sms/email/wechat until a gateway is configured. */
export function logChannel(name: string, log: (line: string) => void = (l) => console.log(l)): NotificationChannel {
  return { name, deliver: async (n) => log(`[notify:${name}] to=${n.recipientEmployeeId ?? n.recipientUserId ?? '-'} ${n.title} — ${n.body}`) };
}

export function defaultChannels(log?: (line: string) => void): Record<string, NotificationChannel> {
  return { inbox: inboxChannel, sms: logChannel('sms', log), email: logChannel('email', log), wechat: logChannel('wechat', log) };
}
