/** Work orders (任务委托书) and their lines. */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { customers, vehicles } from './customers.js';
import { servicePoints } from './network.js';

/** A work order keeps every item of a repair record (家用汽车产品修理更换退货责任规定 art. 17); never hard-deleted. */
export const workOrders = pgTable(
  'work_orders',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    type: text('type').notNull(),
    status: text('status').notNull().default('draft'),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    appointmentId: uuid('appointment_id'),
    advisorEmployeeId: uuid('advisor_employee_id'),
    /** When the car came in (进厂时间). */
    receivedAt: ts('received_at').notNull(),
    mileageIn: integer('mileage_in').notNull(),
    fuelLevelPct: integer('fuel_level_pct'),
    preCheck: jsonb('pre_check')
      .$type<{ damageMarks: { area: string; kind: string; note: string }[]; valuables: string; warningLights: string[]; notes: string }>()
      .notNull(),
    /** The customer's description (客户故障描述). */
    concerns: text('concerns').notNull().default(''),
    /** Inspection / diagnosis result (检查结果). */
    diagnosis: text('diagnosis').notNull().default(''),
    repairCategory: text('repair_category').notNull().default('minor'),
    promisedAt: ts('promised_at'),
    customerSignature: text('customer_signature'),
    signedAt: ts('signed_at'),
    /** Repair confirmed (the 三包 repair-day count starts). */
    confirmedAt: ts('confirmed_at'),
    completedAt: ts('completed_at'),
    deliveredAt: ts('delivered_at'),
    towingFen: integer('towing_fen').notNull().default(0),
    hasLoanerCar: boolean('has_loaner_car').notNull().default(false),
    transportAllowanceFen: integer('transport_allowance_fen').notNull().default(0),
    oldPartsDisposition: text('old_parts_disposition').notNull().default('none'),
    reworkCount: integer('rework_count').notNull().default(0),
    /** Back within a previous repair's quality-guarantee period for the same concern (返修): a free re-repair. */
    comebackOfId: uuid('comeback_of_id'),
    cancelReason: text('cancel_reason').notNull().default(''),
    /**
     * Stored totals of the lines (tax-inclusive fen, the quote's amounts after discounts and package/visit-card prices),
     * written with the lines in the same transaction (work-orders/totals.ts): lists and dashboards read these instead of
     * pricing every line.
     */
    laborFen: integer('labor_fen').notNull().default(0),
    partsFen: integer('parts_fen').notNull().default(0),
    amountFen: integer('amount_fen').notNull().default(0),
    customerPayableFen: integer('customer_payable_fen').notNull().default(0),
    ...audited(),
  },
  (t) => [
    uniqueIndex('work_orders_point_number_uq').on(t.servicePointId, t.number),
    index('work_orders_point_status_idx').on(t.servicePointId, t.status),
    index('work_orders_vehicle_idx').on(t.vehicleId, t.receivedAt),
    index('work_orders_point_received_idx').on(t.servicePointId, t.receivedAt),
    // One work order per appointment (booking → reception).
    uniqueIndex('work_orders_appointment_uq').on(t.appointmentId),
    // Prefix search by number whatever the database collation (PostgreSQL servers rarely run with C).
    index('work_orders_number_prefix_idx').on(sql`${t.number} text_pattern_ops`),
  ],
);

export const workOrderLines = pgTable(
  'work_order_lines',
  {
    id: id(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
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
    payer: text('payer').notNull(),
    discountPct: integer('discount_pct_x100').notNull().default(0),
    sortOrder: integer('sort_order').notNull().default(0),
    /** A line of a service package (保养套餐): the package, and the line's share of the package price. */
    packageId: uuid('package_id'),
    packageName: text('package_name'),
    /** The amount charged when fixed (a package share, or 0 when a visit card 次卡 paid the line). */
    fixedAmountFen: integer('fixed_amount_fen'),
    visitCardId: uuid('visit_card_id'),
  },
  (t) => [index('work_order_lines_order_idx').on(t.workOrderId)],
);
