/** The audit log: who, when, what, before/after — written in the same transaction as the change. */
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, ts } from './columns.js';

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: id(),
    servicePointId: uuid('service_point_id'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    summary: text('summary').notNull().default(''),
    before: jsonb('before'),
    after: jsonb('after'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('audit_point_at_idx').on(t.servicePointId, t.at), index('audit_entity_idx').on(t.entityType, t.entityId)],
);
