/**
 * Sending the customer the 增项 link. One small function so the customer-messages work (templates, message history)
 * can replace its body later; today it writes to the notifications outbox, whose sms/wechat channels log the send.
 * An 增项 approval is a service message about the car in the workshop, not marketing: marketing consent does not
 * gate it, but an erased customer or one without a phone number cannot be reached.
 */
import type { Tx } from '../../db/client.js';
import { AppError } from '../../http/errors.js';
import { notify } from '../notifications/index.js';

export interface ExtraWorkMessage {
  servicePointId: string;
  channel: 'sms' | 'wechat';
  customer: { id: string; phone: string; erasedAt: Date | null };
  stationName: string;
  plate: string;
  link: string;
  requestId: string;
  sentAt: Date;
}

/** Queue the message in the caller's transaction; refuses (422) when the customer cannot be reached. */
export async function sendExtraWorkLink(tx: Tx, m: ExtraWorkMessage) {
  if (m.customer.erasedAt || !m.customer.phone)
    throw new AppError(
      'BUSINESS_RULE',
      '该客户没有可用的联系电话,请在柜台请客户确认',
      [{ path: 'channel', message: '客户无联系电话' }],
      'CUSTOMER_UNREACHABLE',
    );
  await notify(tx, {
    servicePointId: m.servicePointId,
    channel: m.channel,
    title: `【${m.stationName}】您的爱车 ${m.plate} 检查发现需增加维修项目`,
    body: `请点击链接查看项目和价格,并逐项确认是否维修:${m.link}`,
    link: m.link,
    dedupeKey: `extra-work:${m.requestId}:${m.sentAt.toISOString()}`,
  });
}
