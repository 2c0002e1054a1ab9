/** Settlement (结算). */
import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    payments: jsonb('payments')
      .$type<{ method: string; amountFen: number; cardId?: string; cardNumber?: string; balanceAfterFen?: number }[]>()
      .notNull()
      .default([]),
    /** The member card whose level discount applies (会员折扣), and that discount. */
    memberCardId: uuid('member_card_id'),
    memberDiscountFen: integer('member_discount_fen').notNull().default(0),
    invoiceNo: text('invoice_no').notNull().default(''),
    requestedBy: uuid('requested_by'),
    /** Who asked for the discount and why (shown in 待我审批). */
    requestedByName: text('requested_by_name'),
    discountReason: text('discount_reason').notNull().default(''),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    cashierName: text('cashier_name'),
    settledAt: ts('settled_at'),
    /** Put on account (挂账): who carries it (fleet / insurer / manufacturer), the account's name, who authorized it. */
    onAccountPayer: text('on_account_payer'),
    onAccountName: text('on_account_name').notNull().default(''),
    onAccountByName: text('on_account_by_name'),
    /** The customer's link to the paid 结算单 (sent with the payment receipt); random, set at payment. */
    receiptToken: text('receipt_token'),
    /**
     * Direct-pay (直赔): the insurer's share of the order, put on its account when the customer's part is paid and
     * followed as the case's receivable; the salvage the store keeps; the case and the insurer's name. 0 / null otherwise.
     */
    insurerShareFen: integer('insurer_share_fen').notNull().default(0),
    salvageFen: integer('salvage_fen').notNull().default(0),
    insuranceCaseId: uuid('insurance_case_id'),
    insurerName: text('insurer_name').notNull().default(''),
    ...audited(),
  },
  (t) => [
    uniqueIndex('settlements_wo_uq').on(t.workOrderId),
    uniqueIndex('settlements_point_number_uq').on(t.servicePointId, t.number),
    uniqueIndex('settlements_receipt_token_uq').on(t.receiptToken),
    check(
      'settlements_insurer_share_ck',
      sql`${t.insurerShareFen} >= 0 AND ${t.salvageFen} >= 0 AND (${t.insurerShareFen} = 0 OR ${t.insuranceCaseId} IS NOT NULL)`,
    ),
  ],
);
