/** Service packages (保养套餐), member cards (会员卡) with stored value (储值), prepaid visit cards (次卡). */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { customers } from './customers.js';
import { servicePoints } from './network.js';

/** A package of labor operations and parts at one price, for one model family ('' = all models). */
export const servicePackages = pgTable(
  'service_packages',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Pinyin initials and full pinyin of the name, for search (see domain/members/pinyin). */
    searchKey: text('search_key').notNull().default(''),
    modelFamily: text('model_family').notNull().default(''),
    priceFen: integer('price_fen').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [uniqueIndex('service_packages_point_code_uq').on(t.servicePointId, t.code), check('service_packages_price_nonneg', sql`${t.priceFen} >= 0`)],
);

/** The items of a package: a labor operation (its hours) or a part with a quantity. */
export const servicePackageItems = pgTable(
  'service_package_items',
  {
    id: id(),
    packageId: uuid('package_id')
      .notNull()
      .references(() => servicePackages.id),
    kind: text('kind').notNull(),
    laborOperationId: uuid('labor_operation_id'),
    partId: uuid('part_id'),
    qtyMilli: integer('qty_milli').notNull().default(1000),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('service_package_items_pkg_idx').on(t.packageId)],
);

/** Member levels (普卡/银卡/金卡 …) with their discounts, in percent ×100. */
export const memberLevels = pgTable(
  'member_levels',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    name: text('name').notNull(),
    laborDiscountPct: integer('labor_discount_pct_x100').notNull().default(0),
    partsDiscountPct: integer('parts_discount_pct_x100').notNull().default(0),
    sortOrder: integer('sort_order').notNull().default(0),
    ...audited(),
  },
  (t) => [uniqueIndex('member_levels_point_name_uq').on(t.servicePointId, t.name)],
);

/** Top-up bonus rules (充 1000 送 100): the largest rule whose minimum the top-up reaches applies. */
export const topUpRules = pgTable(
  'top_up_rules',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    minAmountFen: integer('min_amount_fen').notNull(),
    bonusFen: integer('bonus_fen').notNull(),
    ...audited(),
  },
  (t) => [uniqueIndex('top_up_rules_point_min_uq').on(t.servicePointId, t.minAmountFen)],
);

/** A member card of a customer; the stored-value balance is the ledger's sum and can never go negative. */
export const memberCards = pgTable(
  'member_cards',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    levelId: uuid('level_id')
      .notNull()
      .references(() => memberLevels.id),
    balanceFen: integer('balance_fen').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [
    uniqueIndex('member_cards_point_number_uq').on(t.servicePointId, t.number),
    index('member_cards_customer_idx').on(t.customerId),
    check('member_cards_balance_nonneg', sql`${t.balanceFen} >= 0`),
  ],
);

/** The stored-value ledger: append-only (rows are never updated or deleted); each row keeps the balance after it. */
export const memberCardLedger = pgTable(
  'member_card_ledger',
  {
    id: id(),
    cardId: uuid('card_id')
      .notNull()
      .references(() => memberCards.id),
    /** 1, 2, 3 … per card, drawn while the card row is locked by the balance change (several may share a timestamp). */
    entryNo: integer('entry_no').notNull(),
    servicePointId: uuid('service_point_id').notNull(),
    /** top-up 充值, bonus 赠送, spend 消费, refund 退款. */
    kind: text('kind').notNull(),
    /** Signed: money in is positive, money out negative. */
    amountFen: integer('amount_fen').notNull(),
    balanceAfterFen: integer('balance_after_fen').notNull(),
    method: text('method').notNull().default(''),
    workOrderId: uuid('work_order_id'),
    settlementId: uuid('settlement_id'),
    note: text('note').notNull().default(''),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('member_card_ledger_card_entry_uq').on(t.cardId, t.entryNo), check('member_card_ledger_balance_nonneg', sql`${t.balanceAfterFen} >= 0`)],
);

/** A prepaid visit card (次卡): a number of uses of one labor operation, consumed by work-order lines. */
export const visitCards = pgTable(
  'visit_cards',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    laborOperationId: uuid('labor_operation_id').notNull(),
    totalCount: integer('total_count').notNull(),
    remainingCount: integer('remaining_count').notNull(),
    priceFen: integer('price_fen').notNull().default(0),
    validTo: date('valid_to'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('visit_cards_point_number_uq').on(t.servicePointId, t.number),
    index('visit_cards_customer_idx').on(t.customerId),
    check('visit_cards_remaining_range', sql`${t.remainingCount} >= 0 and ${t.remainingCount} <= ${t.totalCount}`),
  ],
);

/** Uses of a visit card (append-only): which order's line it paid. */
export const visitCardUses = pgTable(
  'visit_card_uses',
  {
    id: id(),
    visitCardId: uuid('visit_card_id')
      .notNull()
      .references(() => visitCards.id),
    workOrderId: uuid('work_order_id').notNull(),
    lineId: uuid('line_id').notNull(),
    remainingAfter: integer('remaining_after').notNull(),
    actorName: text('actor_name').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('visit_card_uses_line_uq').on(t.lineId), index('visit_card_uses_card_idx').on(t.visitCardId)],
);
