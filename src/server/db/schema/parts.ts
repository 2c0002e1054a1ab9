/** Parts stock (配件库存): locations, stock, movements, the parts side of work orders. */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { parts } from './catalogs.js';
import { servicePoints } from './network.js';
import { workOrders, workOrderLines } from './work-orders.js';

export const warehouseLocations = pgTable(
  'warehouse_locations',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    code: text('code').notNull(),
    name: text('name').notNull().default(''),
    ...audited(),
  },
  (t) => [uniqueIndex('warehouse_locations_point_code_uq').on(t.servicePointId, t.code)],
);

/** Stock of a part at a location. The CHECK constraints make negative stock impossible, whatever the code does. */
export const stockItems = pgTable(
  'stock_items',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    partId: uuid('part_id')
      .notNull()
      .references(() => parts.id),
    locationId: uuid('location_id')
      .notNull()
      .references(() => warehouseLocations.id),
    /** On hand, quantity ×1000. */
    onHandMilli: integer('on_hand_milli').notNull().default(0),
    /** Reserved for confirmed work orders, ×1000 (≤ on hand). */
    reservedMilli: integer('reserved_milli').notNull().default(0),
    ...audited(),
  },
  (t) => [
    uniqueIndex('stock_items_part_location_uq').on(t.partId, t.locationId),
    index('stock_items_point_part_idx').on(t.servicePointId, t.partId),
    check('stock_items_on_hand_nonneg', sql`${t.onHandMilli} >= 0`),
    check('stock_items_reserved_range', sql`${t.reservedMilli} >= 0 and ${t.reservedMilli} <= ${t.onHandMilli}`),
  ],
);

/** Every stock change: receive, issue to a work order, return, adjust (signed quantity, cost at the time). */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: id(),
    servicePointId: uuid('service_point_id').notNull(),
    partId: uuid('part_id').notNull(),
    locationId: uuid('location_id').notNull(),
    kind: text('kind').notNull(),
    qtyMilli: integer('qty_milli').notNull(),
    unitCostFen: integer('unit_cost_fen').notNull(),
    workOrderId: uuid('work_order_id'),
    workOrderLineId: uuid('work_order_line_id'),
    actorName: text('actor_name').notNull(),
    note: text('note').notNull().default(''),
    at: ts('at').notNull(),
  },
  (t) => [
    index('stock_movements_part_at_idx').on(t.partId, t.at),
    index('stock_movements_wo_idx').on(t.workOrderId),
    // Point-wide reads of a period (purchase suggestion, parts KPIs) without scanning the whole ledger.
    index('stock_movements_point_at_idx').on(t.servicePointId, t.at),
    // The demand history (issues and returns) read from the index alone: the purchase suggestion's daily statistics.
    index('stock_movements_demand_idx').on(t.servicePointId, t.at, t.partId, t.qtyMilli).where(sql`${t.kind} in ('issue', 'return')`),
  ],
);

/** The parts side of one work-order parts line: requested, reserved, issued, returned; a shortage is a backorder (待料). */
export const workOrderParts = pgTable(
  'work_order_parts',
  {
    workOrderLineId: uuid('work_order_line_id')
      .primaryKey()
      .references(() => workOrderLines.id),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    servicePointId: uuid('service_point_id').notNull(),
    partId: uuid('part_id').notNull(),
    requestedMilli: integer('requested_milli').notNull(),
    reservedMilli: integer('reserved_milli').notNull().default(0),
    issuedMilli: integer('issued_milli').notNull().default(0),
    returnedMilli: integer('returned_milli').notNull().default(0),
    /** Served from stock at the first pick (配件满足率). */
    isFilledAtPick: boolean('is_filled_at_pick'),
    status: text('status').notNull().default('reserved'),
    /** Why a line was released as not needed (释放:不需要); empty otherwise. */
    releaseReason: text('release_reason').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('work_order_parts_wo_idx').on(t.workOrderId), index('work_order_parts_point_status_idx').on(t.servicePointId, t.status)],
);
