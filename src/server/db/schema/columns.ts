/** Column helpers shared by every area's tables: uuid primary key, timestamptz, and the audited trio. */
import { sql } from 'drizzle-orm';
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
/** Optimistic-lock version and creation/update times. */
export const audited = () => ({
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
