/** 汽车维修电子健康档案: one record per settled work order, uploaded through the outbox (status per record). */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { HealthRecord } from '../../../domain/ehealth/index.js';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';
import { workOrders } from './work-orders.js';

export const ehealthRecords = pgTable(
  'ehealth_records',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    workOrderNumber: text('work_order_number').notNull(),
    payload: jsonb('payload').$type<HealthRecord>().notNull(),
    /** pending (queued or waiting for a retry) | sent | failed (gave up; retried by hand) */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: ts('next_attempt_at'),
    sentAt: ts('sent_at'),
    adapter: text('adapter'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('ehealth_records_work_order_uq').on(t.workOrderId),
    index('ehealth_records_point_status_idx').on(t.servicePointId, t.status),
    check('ehealth_records_status_ck', sql`${t.status} in ('pending', 'sent', 'failed')`),
    check('ehealth_records_sent_ck', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
  ],
);
