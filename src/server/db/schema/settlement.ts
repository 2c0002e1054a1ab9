/** Settlement (结算). */
import { integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { workOrders } from './work-orders.js';

export const settlements = pgTable(
  'settlements',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    number: text('number').notNull(),
    status: text('status').notNull(),
    grossFen: integer('gross_fen').notNull(),
    discountFen: integer('discount_fen').notNull().default(0),
    payableFen: integer('payable_fen').notNull(),
    payments: jsonb('payments').$type<{ method: string; amountFen: number }[]>().notNull().default([]),
    invoiceNo: text('invoice_no').notNull().default(''),
    requestedBy: uuid('requested_by'),
    /** Who asked for the discount and why (shown in 待我审批). */
    requestedByName: text('requested_by_name'),
    discountReason: text('discount_reason').notNull().default(''),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    cashierName: text('cashier_name'),
    settledAt: ts('settled_at'),
    /** The customer's link to the paid 结算单 (sent with the payment receipt); random, set at payment. */
    receiptToken: text('receipt_token'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('settlements_wo_uq').on(t.workOrderId),
    uniqueIndex('settlements_point_number_uq').on(t.servicePointId, t.number),
    uniqueIndex('settlements_receipt_token_uq').on(t.receiptToken),
  ],
);
