/** Appointments (预约) and the workshop settings they are booked against. */
import { boolean, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { customers, vehicles } from './customers.js';
import { servicePoints } from './network.js';

/** Workshop opening hours and slot length used for appointment capacity. */
export const workshopSettings = pgTable('workshop_settings', {
  servicePointId: uuid('service_point_id')
    .primaryKey()
    .references(() => servicePoints.id),
  hours: jsonb('hours').$type<Record<string, { from: string; to: string }[]>>().notNull(),
  slotMinutes: integer('slot_minutes').notNull().default(60),
  bookableSharePct: integer('bookable_share_pct').notNull().default(70),
  /** The station's promised repair quality-guarantee periods (质量保证期), never below the legal minimum. */
  guarantee: jsonb('guarantee').$type<Partial<Record<string, { km?: number; days?: number }>>>().notNull().default({}),
  ...audited(),
});

export const appointments = pgTable(
  'appointments',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    channel: text('channel').notNull(),
    advisorEmployeeId: uuid('advisor_employee_id'),
    localDate: date('local_date', { mode: 'string' }).notNull(),
    slotStart: text('slot_start').notNull(),
    startAt: ts('start_at').notNull(),
    estimatedMinutes: integer('estimated_minutes').notNull(),
    laborOperationIds: jsonb('labor_operation_ids').$type<string[]>().notNull().default([]),
    concern: text('concern').notNull().default(''),
    status: text('status').notNull().default('booked'),
    isOverbooked: boolean('is_overbooked').notNull().default(false),
    arrivedAt: ts('arrived_at'),
    cancelReason: text('cancel_reason').notNull().default(''),
    ...audited(),
  },
  (t) => [index('appointments_point_date_idx').on(t.servicePointId, t.localDate), index('appointments_vehicle_idx').on(t.vehicleId)],
);
