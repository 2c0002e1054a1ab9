/** Customer messages (客户消息): templates per service point and the history of what was sent or skipped. */
import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';

/** A point's own wording of one message kind; without a row the built-in default text is used. */
export const messageTemplates = pgTable(
  'message_templates',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    ...audited(),
  },
  (t) => [uniqueIndex('message_templates_point_kind_uq').on(t.servicePointId, t.kind)],
);

/** One message to a customer: sent (through the notification outbox) or skipped with the reason. */
export const customerMessages = pgTable(
  'customer_messages',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    kind: text('kind').notNull(),
    /** What the message is about (an appointment, work order, settlement, vehicle's service cycle): one per kind and ref. */
    ref: text('ref').notNull(),
    channel: text('channel').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    skipReason: text('skip_reason').notNull().default(''),
    notificationId: uuid('notification_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('customer_messages_kind_ref_uq').on(t.kind, t.ref), index('customer_messages_customer_idx').on(t.customerId, t.createdAt)],
);
