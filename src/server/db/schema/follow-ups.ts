/** Follow-up calls (回访). */
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { workOrders } from './work-orders.js';

export const followUps = pgTable(
  'follow_ups',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    dueAt: ts('due_at').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    callerEmployeeId: uuid('caller_employee_id'),
    answers: jsonb('answers'),
    score: integer('score'),
    isFlagged: boolean('is_flagged').notNull().default(false),
    ticketId: uuid('ticket_id'),
    lastAttemptAt: ts('last_attempt_at'),
    ...audited(),
  },
  (t) => [uniqueIndex('follow_ups_wo_uq').on(t.workOrderId), index('follow_ups_point_status_due_idx').on(t.servicePointId, t.status, t.dueAt)],
);
