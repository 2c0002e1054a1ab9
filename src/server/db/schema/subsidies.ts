/** Service subsidies (服务补贴): rules per dealer type, monthly statements with one line per dealer. */
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';

export const subsidyRules = pgTable(
  'subsidy_rules',
  {
    id: id(),
    /** The point that pays (HQ): its rules apply to the dealers below it. */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    pointKind: text('point_kind').notNull(),
    basis: text('basis').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('subsidy_rules_point_kind_basis_uq').on(t.servicePointId, t.pointKind, t.basis),
    check('subsidy_rules_amount_ck', sql`${t.amountFen} >= 0`),
  ],
);

export const subsidyStatements = pgTable(
  'subsidy_statements',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    /** '2026-11' */
    month: text('month').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('computed'),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull().default(0),
    /** The rules used, as text ("服务站:结算工单台次 × 50.00 元"). */
    rulesText: text('rules_text').notNull().default(''),
    computedAt: ts('computed_at').notNull(),
    computedByName: text('computed_by_name').notNull(),
    reviewedAt: ts('reviewed_at'),
    reviewedByName: text('reviewed_by_name'),
    reviewedByUserId: uuid('reviewed_by_user_id'),
    approvedAt: ts('approved_at'),
    approvedByName: text('approved_by_name'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('subsidy_statements_point_month_uq').on(t.servicePointId, t.month),
    check('subsidy_statements_status_ck', sql`${t.status} in ('computed', 'reviewed', 'approved')`),
    check('subsidy_statements_total_ck', sql`${t.totalFen} >= 0`),
  ],
);

export const subsidyLines = pgTable(
  'subsidy_lines',
  {
    id: id(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => subsidyStatements.id, { onDelete: 'cascade' }),
    /** The dealer paid. */
    dealerPointId: uuid('dealer_point_id')
      .notNull()
      .references(() => servicePoints.id),
    settledOrders: integer('settled_orders').notNull().default(0),
    fieldVisits: integer('field_visits').notNull().default(0),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    adjustFen: bigint('adjust_fen', { mode: 'number' }).notNull().default(0),
    payableFen: bigint('payable_fen', { mode: 'number' }).notNull(),
    basisText: text('basis_text').notNull(),
    note: text('note').notNull().default(''),
    ...audited(),
  },
  (t) => [
    uniqueIndex('subsidy_lines_statement_dealer_uq').on(t.statementId, t.dealerPointId),
    index('subsidy_lines_dealer_idx').on(t.dealerPointId),
    check('subsidy_lines_payable_ck', sql`${t.payableFen} >= 0 and ${t.payableFen} = greatest(0, ${t.amountFen} + ${t.adjustFen})`),
  ],
);
