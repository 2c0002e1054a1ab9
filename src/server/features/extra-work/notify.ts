/**
 * Sending the customer the 增项 link, as a customer message (features/messages: the point's 增项确认 template, the
 * message history, the notification outbox on the chosen channel). An 增项 approval is a service message about the
 * car in the workshop, not marketing: marketing consent does not gate it, but an erased customer or one without a
 * phone number cannot be reached — then the advisor asks at the counter.
 */
import type { Tx } from '../../db/client.js';
import { AppError } from '../../http/errors.js';
import { sendCustomerMessage } from '../messages/index.js';
import { yuan } from '../../lib/text.js';

export interface ExtraWorkMessage {
  servicePointId: string;
  channel: 'sms' | 'wechat';
  customer: { id: string; phone: string; erasedAt: Date | null };
  plate: string;
  items: { name: string; amountFen: number }[];
  link: string;
  requestId: string;
  sentAt: Date;
}

const unreachable = (why: string) => new AppError('BUSINESS_RULE', `${why},请在柜台请客户确认`, [{ path: 'channel', message: why }], 'CUSTOMER_UNREACHABLE');

/** Send the link in the caller's transaction (one message per sending); refuses (422) when it cannot go out. */
export async function sendExtraWorkLink(tx: Tx, m: ExtraWorkMessage) {
  if (m.customer.erasedAt || !m.customer.phone) throw unreachable('该客户没有可用的联系电话');
  const sent = await sendCustomerMessage(tx, {
    servicePointId: m.servicePointId,
    customerId: m.customer.id,
    kind: 'extra_work_approval',
    vars: { plate: m.plate, items: m.items.map((i) => `${i.name} ${yuan(i.amountFen)}`).join(';'), link: m.link },
    ref: `extra-work:${m.requestId}:${m.sentAt.toISOString()}`,
    at: m.sentAt,
    channel: m.channel,
  });
  if (sent.status === 'skipped') throw unreachable(`消息未发送(${sent.reason})`);
}
