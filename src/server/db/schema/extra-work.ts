/** 增项 (extra work found on the car): the request, its items, the customer's decisions; refused items = 拒修项目. */
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';
import { workOrders } from './work-orders.js';

export const extraWorkRequests = pgTable(
  'extra_work_requests',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    vehicleId: uuid('vehicle_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    /** domain/extra-work ExtraWorkStatus. */
    status: text('status').notNull(),
    description: text('description').notNull(),
    reportedByEmployeeId: uuid('reported_by_employee_id'),
    reportedByName: text('reported_by_name').notNull(),
    reportedAt: ts('reported_at').notNull(),
    pricedByName: text('priced_by_name'),
    pricedAt: ts('priced_at'),
    /** The completion the advisor promises if the customer approves (set on the order with the approved lines). */
    proposedPromisedAt: ts('proposed_promised_at'),
    /** 'sms' | 'wechat' of the last link sent. */
    sentChannel: text('sent_channel'),
    sentAt: ts('sent_at'),
    /** The customer's link: an unguessable token, valid until tokenExpiresAt, cleared once answered or re-priced. */
    token: text('token'),
    tokenExpiresAt: ts('token_expires_at'),
    decidedAt: ts('decided_at'),
    /** 'link' | 'counter'. */
    decidedVia: text('decided_via'),
    /** At the counter: who confirmed (the customer or their representative), how (现场签字 / 电话确认), the witness. */
    confirmedByName: text('confirmed_by_name'),
    confirmMethod: text('confirm_method'),
    witnessEmployeeId: uuid('witness_employee_id'),
    witnessName: text('witness_name'),
    signature: text('signature'),
    ...audited(),
  },
  (t) => [
    index('extra_work_order_idx').on(t.workOrderId),
    index('extra_work_vehicle_idx').on(t.vehicleId),
    index('extra_work_point_status_idx').on(t.servicePointId, t.status),
    uniqueIndex('extra_work_token_uq').on(t.token),
    uniqueIndex('extra_work_point_number_uq').on(t.servicePointId, t.number),
  ],
);

export const extraWorkItems = pgTable(
  'extra_work_items',
  {
    id: id(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => extraWorkRequests.id, { onDelete: 'cascade' }),
    servicePointId: uuid('service_point_id').notNull(),
    kind: text('kind').notNull(),
    laborOperationId: uuid('labor_operation_id'),
    partId: uuid('part_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    trade: text('trade'),
    hoursMilli: integer('hours_milli'),
    rateFen: integer('rate_fen'),
    qtyMilli: integer('qty_milli'),
    unitPriceFen: integer('unit_price_fen'),
    /** Null until priced; tax-inclusive, in fen. */
    amountFen: integer('amount_fen'),
    /** 'pending' | 'approved' | 'refused'. */
    decision: text('decision').notNull().default('pending'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('extra_work_items_request_idx').on(t.requestId)],
);
