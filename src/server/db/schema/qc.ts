/** QC checklists (质检项目) per service point: the items per kind of work; results live on qc_inspections. */
import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { audited } from './columns.js';
import { servicePoints } from './network.js';

export const qcChecklists = pgTable('qc_checklists', {
  servicePointId: uuid('service_point_id')
    .primaryKey()
    .references(() => servicePoints.id),
  /** kind (domain/qc/checklist.ts QC_CHECKLIST_KINDS) → items; a kind left out uses the default list. */
  items: jsonb('items').$type<Record<string, string[]>>().notNull(),
  ...audited(),
});
