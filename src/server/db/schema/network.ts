/** Service points (网络): the HQ / regional / station tree with materialized paths for data scope. */
import { index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, audited } from './columns.js';

/** HQ / regional centre / station / franchised provider. `path` is '/id/id/…/' from the root, for data scope. */
export const servicePoints = pgTable(
  'service_points',
  {
    id: id(),
    parentId: uuid('parent_id'),
    path: text('path').notNull(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull().default(''),
    address: text('address').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    regionCodes: jsonb('region_codes').$type<string[]>().notNull().default([]),
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    templateKey: text('template_key'),
    ...audited(),
  },
  (t) => [uniqueIndex('service_points_code_uq').on(t.code), index('service_points_path_idx').on(t.path)],
);
