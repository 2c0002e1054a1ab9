/** Stock transfers between stations (调拨), the network's stock-sharing setting, and stocktaking (盘点). */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { parts } from './catalogs.js';
import { servicePoints } from './network.js';
import { warehouseLocations } from './parts.js';

/** Which stations under a network point see each other's stock (none / siblings / subtree); absent = siblings. */
export const stockSharingSettings = pgTable(
  'stock_sharing_settings',
  {
    servicePointId: uuid('service_point_id')
      .primaryKey()
      .references(() => servicePoints.id),
    mode: text('mode').notNull(),
    ...audited(),
  },
  (t) => [check('stock_sharing_mode', sql`${t.mode} in ('none', 'siblings', 'subtree')`)],
);

/** A transfer (调拨单) from the supplying station to the receiving one; numbered at the receiving station. */
export const stockTransfers = pgTable(
  'stock_transfers',
  {
    id: id(),
    number: text('number').notNull(),
    fromPointId: uuid('from_point_id')
      .notNull()
      .references(() => servicePoints.id),
    toPointId: uuid('to_point_id')
      .notNull()
      .references(() => servicePoints.id),
    /** 'request' (the receiving station asks) or 'offer' (the supplying station offers). */
    origin: text('origin').notNull(),
    status: text('status').notNull().default('requested'),
    totalFen: integer('total_fen').notNull().default(0),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull().default(''),
    /** Who sent it to 待我审批 (may not approve it themselves). */
    escalatedBy: uuid('escalated_by'),
    approvedByName: text('approved_by_name').notNull().default(''),
    decisionNote: text('decision_note').notNull().default(''),
    shippedByName: text('shipped_by_name').notNull().default(''),
    shippedAt: ts('shipped_at'),
    receivedAt: ts('received_at'),
    closedAt: ts('closed_at'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('stock_transfers_number_uq').on(t.toPointId, t.number),
    index('stock_transfers_from_idx').on(t.fromPointId, t.status),
    index('stock_transfers_to_idx').on(t.toPointId, t.status),
    check('stock_transfers_points_differ', sql`${t.fromPointId} <> ${t.toPointId}`),
    check('stock_transfers_total_nonneg', sql`${t.totalFen} >= 0`),
  ],
);

/** One part of a transfer: the supplier's part and the receiver's part of the same number; in transit = shipped − received. */
export const stockTransferLines = pgTable(
  'stock_transfer_lines',
  {
    id: id(),
    transferId: uuid('transfer_id')
      .notNull()
      .references(() => stockTransfers.id, { onDelete: 'cascade' }),
    fromPartId: uuid('from_part_id')
      .notNull()
      .references(() => parts.id),
    toPartId: uuid('to_part_id')
      .notNull()
      .references(() => parts.id),
    qtyMilli: integer('qty_milli').notNull(),
    shippedMilli: integer('shipped_milli').notNull().default(0),
    receivedMilli: integer('received_milli').notNull().default(0),
    /** The supplier's moving-average cost when shipped (the receiver takes the parts in at it). */
    unitCostFen: integer('unit_cost_fen').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('stock_transfer_lines_transfer_idx').on(t.transferId),
    check('stock_transfer_lines_qty_pos', sql`${t.qtyMilli} > 0`),
    check('stock_transfer_lines_shipped_range', sql`${t.shippedMilli} >= 0 and ${t.shippedMilli} <= ${t.qtyMilli}`),
    check('stock_transfer_lines_received_range', sql`${t.receivedMilli} >= 0 and ${t.receivedMilli} <= ${t.shippedMilli}`),
    check('stock_transfer_lines_cost_nonneg', sql`${t.unitCostFen} >= 0`),
  ],
);

/** A stocktaking (盘点单) of some or all locations of a point. */
export const stockCounts = pgTable(
  'stock_counts',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    status: text('status').notNull().default('counting'),
    allLocations: boolean('all_locations').notNull().default(false),
    note: text('note').notNull().default(''),
    /** Absolute variance value (盘盈 + 盘亏) when submitted: checked against authority. */
    varianceFen: integer('variance_fen').notNull().default(0),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull().default(''),
    escalatedBy: uuid('escalated_by'),
    approvedByName: text('approved_by_name').notNull().default(''),
    decisionNote: text('decision_note').notNull().default(''),
    bookedAt: ts('booked_at'),
    ...audited(),
  },
  (t) => [uniqueIndex('stock_counts_point_number_uq').on(t.servicePointId, t.number), index('stock_counts_point_status_idx').on(t.servicePointId, t.status)],
);

/** One (location, part) of a count: the book quantity when the sheet was made and when the count was entered. */
export const stockCountLines = pgTable(
  'stock_count_lines',
  {
    id: id(),
    countId: uuid('count_id')
      .notNull()
      .references(() => stockCounts.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id')
      .notNull()
      .references(() => warehouseLocations.id),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    bookMilli: integer('book_milli').notNull(),
    countedMilli: integer('counted_milli'),
    bookAtEntryMilli: integer('book_at_entry_milli'),
    unitCostFen: integer('unit_cost_fen').notNull(),
    countedAt: ts('counted_at'),
    countedByName: text('counted_by_name').notNull().default(''),
    /** The adjustment booked (counted − book at entry), once booked. */
    bookedMilli: integer('booked_milli'),
  },
  (t) => [
    uniqueIndex('stock_count_lines_uq').on(t.countId, t.locationId, t.partId),
    check('stock_count_lines_counted_nonneg', sql`${t.countedMilli} is null or ${t.countedMilli} >= 0`),
    check('stock_count_lines_book_nonneg', sql`${t.bookMilli} >= 0`),
  ],
);
