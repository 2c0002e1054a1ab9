/** The notification outbox. */
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts } from './columns.js';

/** Outbox of notifications; a job delivers them through a channel (in-app inbox, SMS, email, WeChat). */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    servicePointId: uuid('service_point_id'),
    recipientEmployeeId: uuid('recipient_employee_id'),
    recipientUserId: uuid('recipient_user_id'),
    /** Where an sms/email/wechat message goes when the recipient is a customer, not a user (a phone number, an address). */
    recipientAddress: text('recipient_address'),
    channel: text('channel').notNull().default('inbox'),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link').notNull().default(''),
    dedupeKey: text('dedupe_key'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull().defaultNow(),
    deliveredAt: ts('delivered_at'),
    readAt: ts('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey),
    index('notifications_employee_idx').on(t.recipientEmployeeId, t.createdAt),
    index('notifications_user_idx').on(t.recipientUserId, t.createdAt),
  ],
);
