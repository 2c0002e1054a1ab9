/** Release control (放行): the exit pass (出门证 / 放行条) issued at delivery and the gate check. */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { servicePoints } from './network.js';
import { workOrders } from './work-orders.js';

export const gatePasses = pgTable(
  'gate_passes',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    number: text('number').notNull(),
    /** The plate when the pass was issued (the gate compares it with the car). */
    plate: text('plate').notNull(),
    /** settled / on_account / internal (domain/release). */
    basis: text('basis').notNull(),
    issuedAt: ts('issued_at').notNull(),
    issuedByName: text('issued_by_name').notNull(),
    /** issued → exited (once). */
    status: text('status').notNull().default('issued'),
    exitedAt: ts('exited_at'),
    gateKeeperName: text('gate_keeper_name'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('gate_passes_wo_uq').on(t.workOrderId),
    uniqueIndex('gate_passes_point_number_uq').on(t.servicePointId, t.number),
    index('gate_passes_point_plate_idx').on(t.servicePointId, t.plate),
    check('gate_passes_exit_ck', sql`(${t.status} = 'exited') = (${t.exitedAt} is not null)`),
  ],
);
