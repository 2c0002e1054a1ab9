/**
 * Sending one customer message: the point's template (or the built-in text), the customer's consent, and the
 * history row — once per kind and ref. A sent message goes through the notification outbox on the SMS channel.
 */
import type { Db, Tx } from '../../db/client.js';
import { MESSAGE_KIND_INFO, refuseMessage, renderMessage, type MessageKind } from '../../../domain/messages/index.js';
import { findPoint } from '../service-points/index.js';
import { notify } from '../notifications/index.js';
import * as repo from './messages.repo.js';

export interface CustomerMessageInput {
  servicePointId: string;
  customerId: string;
  kind: MessageKind;
  /** Placeholder values; {point} and {customer} are filled in when not given. */
  vars: Record<string, string | number>;
  /** What the message is about (appointment, work order, settlement …): a kind is sent once per ref. */
  ref: string;
  /** When the message was made (the caller's clock; the database's when omitted). */
  at?: Date;
  channel?: 'sms' | 'wechat';
}

export type SendResult = { status: 'sent' | 'skipped'; id: string; reason: string } | { status: 'duplicate' };

/** Send (or record as skipped) one message to a customer, inside the caller's transaction. */
export async function sendCustomerMessage(q: Db | Tx, m: CustomerMessageInput): Promise<SendResult> {
  const customer = await repo.recipientOf(q, m.customerId);
  if (!customer) return { status: 'duplicate' };
  const template = await repo.templateOf(q, m.servicePointId, m.kind);
  const point = await findPoint(q, m.servicePointId);
  const text = renderMessage(template?.body ?? MESSAGE_KIND_INFO[m.kind].defaultBody, {
    point: point?.nameZh ?? '',
    customer: customer.name,
    ...m.vars,
  });
  const reason = refuseMessage(m.kind, customer, template?.enabled ?? true);
  const channel = m.channel ?? 'sms';
  const row = await repo.insertMessage(q, {
    servicePointId: m.servicePointId,
    customerId: m.customerId,
    kind: m.kind,
    ref: m.ref,
    channel,
    body: customer.erasedAt ? '' : text,
    status: reason ? 'skipped' : 'sent',
    skipReason: reason ?? '',
    ...(m.at ? { createdAt: m.at } : {}),
  });
  if (!row) return { status: 'duplicate' };
  if (!reason) {
    const n = await notify(q, {
      servicePointId: m.servicePointId,
      recipientAddress: customer.phone,
      channel,
      title: MESSAGE_KIND_INFO[m.kind].nameZh,
      body: text,
      dedupeKey: `customer-message:${row.id}`,
    });
    if (n) await repo.setNotification(q, row.id, n.id);
  }
  return { status: reason ? 'skipped' : 'sent', id: row.id, reason: reason ?? '' };
}
