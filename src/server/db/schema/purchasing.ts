/** Parts purchasing (采购): vendors, planning figures per part, purchase orders and their receipts. */
import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { parts } from './catalogs.js';
import { servicePoints } from './network.js';
import { warehouseLocations } from './parts.js';

/** A supplier of parts: the manufacturer's parts centre (oem) or a local supplier, with its usual lead time. */
export const vendors = pgTable(
  'vendors',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().default('local'),
    leadTimeDays: integer('lead_time_days').notNull().default(7),
    contact: text('contact').notNull().default(''),
    phone: text('phone').notNull().default(''),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [
    uniqueIndex('vendors_point_code_uq').on(t.servicePointId, t.code),
    check('vendors_lead_time_range', sql`${t.leadTimeDays} >= 0 and ${t.leadTimeDays} <= 365`),
  ],
);

/** Planning figures of a part: its vendor, pack size, and the planner's overrides of the computed levels (null = computed). */
export const partPlanning = pgTable(
  'part_planning',
  {
    partId: uuid('part_id')
      .primaryKey()
      .references(() => parts.id),
    servicePointId: uuid('service_point_id').notNull(),
    vendorId: uuid('vendor_id').references(() => vendors.id),
    packMilli: integer('pack_milli').notNull().default(1000),
    reorderPointMilli: integer('reorder_point_milli'),
    safetyStockMilli: integer('safety_stock_milli'),
    ...audited(),
  },
  (t) => [
    check('part_planning_pack_pos', sql`${t.packMilli} > 0`),
    check('part_planning_levels_nonneg', sql`coalesce(${t.reorderPointMilli}, 0) >= 0 and coalesce(${t.safetyStockMilli}, 0) >= 0`),
  ],
);

/** A purchase order (采购订单): draft → (pending_approval →) sent → partly_received → received / closed, or cancelled. */
export const purchaseOrders = pgTable(
  'purchase_orders',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id),
    status: text('status').notNull().default('draft'),
    totalFen: integer('total_fen').notNull().default(0),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull().default(''),
    approvedByName: text('approved_by_name').notNull().default(''),
    decisionNote: text('decision_note').notNull().default(''),
    sentAt: ts('sent_at'),
    closedAt: ts('closed_at'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('purchase_orders_point_number_uq').on(t.servicePointId, t.number),
    index('purchase_orders_point_status_idx').on(t.servicePointId, t.status),
    check('purchase_orders_total_nonneg', sql`${t.totalFen} >= 0`),
  ],
);

export const purchaseOrderLines = pgTable(
  'purchase_order_lines',
  {
    id: id(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id, { onDelete: 'cascade' }),
    servicePointId: uuid('service_point_id').notNull(),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    orderedMilli: integer('ordered_milli').notNull(),
    receivedMilli: integer('received_milli').notNull().default(0),
    unitCostFen: integer('unit_cost_fen').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('purchase_order_lines_po_idx').on(t.purchaseOrderId),
    index('purchase_order_lines_part_idx').on(t.partId),
    check('purchase_order_lines_ordered_pos', sql`${t.orderedMilli} > 0`),
    check('purchase_order_lines_received_nonneg', sql`${t.receivedMilli} >= 0`),
    check('purchase_order_lines_cost_nonneg', sql`${t.unitCostFen} >= 0`),
  ],
);

/** One receipt of a PO line (入库): the quantity, where it went and when (lead times are measured from these). */
export const purchaseReceipts = pgTable(
  'purchase_receipts',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    purchaseOrderId: uuid('purchase_order_id')
      .notNull()
      .references(() => purchaseOrders.id),
    lineId: uuid('line_id')
      .notNull()
      .references(() => purchaseOrderLines.id),
    partId: uuid('part_id').notNull(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => warehouseLocations.id),
    qtyMilli: integer('qty_milli').notNull(),
    unitCostFen: integer('unit_cost_fen').notNull(),
    /** Quantity above the order, confirmed explicitly by the keeper. */
    overMilli: integer('over_milli').notNull().default(0),
    actorName: text('actor_name').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [index('purchase_receipts_po_idx').on(t.purchaseOrderId), check('purchase_receipts_qty_pos', sql`${t.qtyMilli} > 0`)],
);

/** Purchasing settings of a point: history window and safety factor of the computed levels, review cycle. */
export const purchasingSettings = pgTable('purchasing_settings', {
  servicePointId: uuid('service_point_id')
    .primaryKey()
    .references(() => servicePoints.id),
  historyDays: integer('history_days').notNull().default(180),
  safetyFactor: numeric('safety_factor').notNull().default('1.65'),
  reviewDays: integer('review_days').notNull().default(14),
  defaultLeadTimeDays: integer('default_lead_time_days').notNull().default(7),
  ...audited(),
});

/**
 * The purchase suggestion's demand statistics per part (maintained): over the point's `history_days` whole local days
 * before `to_day`, the sum and the sum of squares of the net daily issues (milli). Recomputed in SQL when the window
 * moves (a new day) or the ledger of that window changed (`movement_count`); read as 1 row per part otherwise.
 */
export const partDemandWindows = pgTable('part_demand_windows', {
  servicePointId: uuid('service_point_id')
    .primaryKey()
    .references(() => servicePoints.id),
  fromDay: text('from_day').notNull(),
  toDay: text('to_day').notNull(),
  timeZone: text('time_zone').notNull(),
  movementCount: integer('movement_count').notNull(),
  computedAt: ts('computed_at').notNull(),
});
export const partDemandStats = pgTable(
  'part_demand_stats',
  {
    partId: uuid('part_id')
      .primaryKey()
      .references(() => parts.id),
    servicePointId: uuid('service_point_id').notNull(),
    totalMilli: doublePrecision('total_milli').notNull(),
    sumSquaresMilli2: doublePrecision('sum_squares_milli2').notNull(),
  },
  (t) => [
    index('part_demand_stats_point_idx').on(t.servicePointId),
    check('part_demand_stats_nonneg', sql`${t.totalMilli} >= 0 and ${t.sumSquaresMilli2} >= 0`),
  ],
);
