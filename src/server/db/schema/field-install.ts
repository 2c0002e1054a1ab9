/**
 * Field service, installation and preventive maintenance: the install checklist and commissioning measurements per
 * product, install orders (安装调试单) ending with the customer's acceptance, and maintenance plans per product,
 * unit or contract.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { fieldEngineers, fieldProducts, fieldUnits } from './field-service.js';
import { servicePoints } from './network.js';

const pointRef = () =>
  uuid('service_point_id')
    .notNull()
    .references(() => servicePoints.id);

export type InstallChecklistJson = { label: string; required: boolean; done: boolean; note?: string | null }[];
export type InstallMeasurementJson = { name: string; unit: string; min: number | null; max: number | null; value: number | null }[];

/** The install checklist items and commissioning measurements of a product (configurable). */
export const fieldInstallTemplates = pgTable(
  'field_install_templates',
  {
    id: id(),
    servicePointId: pointRef(),
    productId: uuid('product_id')
      .notNull()
      .references(() => fieldProducts.id),
    checklist: jsonb('checklist').$type<{ label: string; required: boolean }[]>().notNull().default([]),
    measurements: jsonb('measurements').$type<{ name: string; unit: string; min: number | null; max: number | null }[]>().notNull().default([]),
    ...audited(),
  },
  (t) => [uniqueIndex('field_install_templates_product_uq').on(t.productId)],
);

/** An install order for a unit sold: checklist, measurements, acceptance with the customer's signature. */
export const fieldInstallOrders = pgTable(
  'field_install_orders',
  {
    id: id(),
    servicePointId: pointRef(),
    number: text('number').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => fieldUnits.id),
    /** domain/field/install InstallStatus. */
    status: text('status').notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    engineerId: uuid('engineer_id').references(() => fieldEngineers.id),
    checklist: jsonb('checklist').$type<InstallChecklistJson>().notNull().default([]),
    measurements: jsonb('measurements').$type<InstallMeasurementJson>().notNull().default([]),
    note: text('note'),
    commissionedAt: ts('commissioned_at'),
    acceptedAt: ts('accepted_at'),
    acceptedByName: text('accepted_by_name'),
    signature: text('signature'),
    /** The warranty start the acceptance set (the point's local date of acceptance). */
    warrantyStart: date('warranty_start', { mode: 'string' }),
    ...audited(),
  },
  (t) => [
    uniqueIndex('field_install_orders_point_number_uq').on(t.servicePointId, t.number),
    // One install under way or accepted per unit.
    uniqueIndex('field_install_orders_unit_live_uq').on(t.unitId).where(sql`status <> 'cancelled'`),
    index('field_install_orders_point_status_idx').on(t.servicePointId, t.status),
    check('field_install_orders_status_ck', sql`${t.status} in ('planned','in_progress','commissioned','accepted','cancelled')`),
    check('field_install_orders_accept_ck', sql`${t.status} <> 'accepted' or (${t.signature} is not null and ${t.acceptedAt} is not null)`),
  ],
);

/**
 * A preventive-maintenance plan: for a product, a unit or a service contract (合同), every N months; while in
 * warranty only, or until `endsOn` (a contract's own term). The most specific active plan wins: unit, contract, product.
 */
export const fieldMaintenancePlans = pgTable(
  'field_maintenance_plans',
  {
    id: id(),
    servicePointId: pointRef(),
    scope: text('scope').notNull(),
    productId: uuid('product_id').references(() => fieldProducts.id),
    unitId: uuid('unit_id').references(() => fieldUnits.id),
    contractNo: text('contract_no'),
    intervalMonths: integer('interval_months').notNull(),
    /** Only while the unit is in warranty (seed 003); otherwise until endsOn. */
    warrantyOnly: boolean('warranty_only').notNull().default(true),
    endsOn: date('ends_on', { mode: 'string' }),
    note: text('note'),
    active: boolean('active').notNull().default(true),
    ...audited(),
  },
  (t) => [
    check('field_maintenance_plans_interval_ck', sql`${t.intervalMonths} between 1 and 60`),
    check(
      'field_maintenance_plans_scope_ck',
      sql`(${t.scope} = 'product' and ${t.productId} is not null) or (${t.scope} = 'unit' and ${t.unitId} is not null) or (${t.scope} = 'contract' and ${t.contractNo} is not null)`,
    ),
    uniqueIndex('field_maintenance_plans_product_uq').on(t.productId).where(sql`scope = 'product' and active`),
    uniqueIndex('field_maintenance_plans_unit_uq').on(t.unitId).where(sql`scope = 'unit' and active`),
    uniqueIndex('field_maintenance_plans_contract_uq').on(t.servicePointId, t.contractNo).where(sql`scope = 'contract' and active`),
  ],
);

/** Per-point field settings: the escalation ladder's minutes per level (engineer, 售后主管, 总经理). */
export const fieldSettings = pgTable(
  'field_settings',
  {
    id: id(),
    servicePointId: pointRef(),
    ladderMinutes: jsonb('ladder_minutes').$type<{ engineer: number; supervisor: number; manager: number }>().notNull(),
    ...audited(),
  },
  (t) => [uniqueIndex('field_settings_point_uq').on(t.servicePointId)],
);
