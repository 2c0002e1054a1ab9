/** Reports upward (月度报告, 季度小结, 年度总结): figures frozen from the KPI pack, commentary per section, archived. */
import { date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';

export const networkReports = pgTable(
  'network_reports',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    /** monthly | quarterly | annual */
    kind: text('kind').notNull(),
    /** '2026-11', '2026-Q4', '2026' */
    periodLabel: text('period_label').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    /** The KPI figures when the draft was made or refreshed (value, previous, last year, target per KPI key). */
    figures: jsonb('figures')
      .$type<Record<string, { value: number | null; previous: number | null; lastYear: number | null; target: number | null }>>()
      .notNull(),
    /** Commentary per template section key. */
    sections: jsonb('sections').$type<Record<string, string>>().notNull().default({}),
    authorName: text('author_name').notNull(),
    submittedAt: ts('submitted_at'),
    submittedByName: text('submitted_by_name'),
    acknowledgedAt: ts('acknowledged_at'),
    acknowledgedByName: text('acknowledged_by_name'),
    acknowledgedPointId: uuid('acknowledged_point_id'),
    acknowledgeNote: text('acknowledge_note').notNull().default(''),
    ...audited(),
  },
  (t) => [uniqueIndex('network_reports_point_period_uq').on(t.servicePointId, t.kind, t.periodLabel), index('network_reports_status_idx').on(t.status)],
);
