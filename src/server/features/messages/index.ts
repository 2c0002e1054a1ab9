/**
 * Customer messages (客户消息): editable templates per point, consent, the history per customer, and the messages
 * themselves — booking confirmation and reminder, car ready, payment receipt, 增项 approval link, maintenance due.
 * Other features send through `sendCustomerMessage` inside their own transaction.
 */
import type { WorkOrderHook } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { createMessagesJob, MESSAGES_QUEUE } from './messages.jobs.js';
import { messageRoutes } from './messages.routes.js';
import { createMessageService } from './messages.service.js';
import { sendCustomerMessage } from './send.js';
import { plateOf } from './messages.repo.js';

export { sendCustomerMessage, type CustomerMessageInput, type SendResult } from './send.js';
export { MESSAGES_QUEUE, scheduleMessagesJob } from './messages.jobs.js';

/** Work-order hook: "car ready" to the customer when the order becomes ready for delivery. */
export const messagesHook = (): WorkOrderHook => async (tx, order) => {
  if (order.status !== 'ready') return;
  await sendCustomerMessage(tx, {
    servicePointId: order.servicePointId,
    customerId: order.customerId,
    kind: 'car_ready',
    ref: order.id,
    vars: { number: order.number, plate: (await plateOf(tx, [order.vehicleId]))[0]?.plate ?? '' },
    at: order.updatedAt,
  });
};

export function messagesModule(ctx: ModuleContext): FeatureModule {
  return {
    routers: [messageRoutes(createMessageService({ db: ctx.db, now: ctx.now }))],
    jobs: { [MESSAGES_QUEUE]: createMessagesJob({ db: ctx.db, now: ctx.now }) },
  };
}
