/** Staff rotation of regional offices (人员轮换): a plan per quarter, moves with their hand-over records. */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';
import { employees, positions } from './org.js';

export const rotationPlans = pgTable(
  'rotation_plans',
  {
    id: id(),
    /** The point that plans (a regional centre or HQ); every move is within its scope. */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    quarter: text('quarter').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('draft'),
    note: text('note').notNull().default(''),
    createdByName: text('created_by_name').notNull(),
    approvedAt: ts('approved_at'),
    approvedByName: text('approved_by_name'),
    appliedAt: ts('applied_at'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('rotation_plans_point_quarter_uq').on(t.servicePointId, t.quarter),
    index('rotation_plans_status_idx').on(t.status, t.effectiveDate),
    check('rotation_plans_status_ck', sql`${t.status} in ('draft', 'approved', 'applied', 'cancelled')`),
    check('rotation_plans_applied_ck', sql`(${t.status} = 'applied') = (${t.appliedAt} is not null)`),
  ],
);

export interface HandoverItem {
  kind: 'customer' | 'case' | 'asset';
  ref: string;
  note: string;
}

export const rotationMoves = pgTable(
  'rotation_moves',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => rotationPlans.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    fromPointId: uuid('from_point_id')
      .notNull()
      .references(() => servicePoints.id),
    toPointId: uuid('to_point_id')
      .notNull()
      .references(() => servicePoints.id),
    toPositionId: uuid('to_position_id')
      .notNull()
      .references(() => positions.id),
    sortOrder: integer('sort_order').notNull().default(0),
    /** 交接记录: who takes over (an employee staying at or coming to the point left) and what is handed over. */
    successorEmployeeId: uuid('successor_employee_id').references(() => employees.id),
    items: jsonb('items').$type<HandoverItem[]>().notNull().default([]),
    outgoingSignedAt: ts('outgoing_signed_at'),
    outgoingSignedBy: text('outgoing_signed_by'),
    incomingSignedAt: ts('incoming_signed_at'),
    incomingSignedBy: text('incoming_signed_by'),
    appliedAt: ts('applied_at'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('rotation_moves_plan_employee_uq').on(t.planId, t.employeeId),
    check('rotation_moves_other_point_ck', sql`${t.fromPointId} <> ${t.toPointId}`),
  ],
);
