/** Catalogs (标准工时与配件目录): labor operations, labor rates, parts. */
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, audited } from './columns.js';
import { servicePoints } from './network.js';

/** Labor operations (标准工时): standard hours by model family, with a default. */
export const laborOperations = pgTable(
  'labor_operations',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    trade: text('trade').notNull(),
    /** Repair category for the quality-guarantee period (二级维护, 小修, 总成修理 …). */
    category: text('category').notNull().default('minor'),
    /** Standard hours ×1000 (integers, no float drift): 1.5 h = 1500. */
    defaultHoursMilli: integer('default_hours_milli').notNull(),
    /** Hours ×1000 per model family, e.g. {"ID.4": 1500}. */
    hoursByFamilyMilli: jsonb('hours_by_family_milli').$type<Record<string, number>>().notNull().default({}),
    /**
     * The certificate a technician must hold, valid today, to be dispatched to this work (e.g. 高压电工证 for EV
     * high-voltage work): an organization certificate or a training certificate of the same name.
     */
    requiredCertificate: text('required_certificate'),
    isActive: boolean('is_active').notNull().default(true),
    /** Pinyin initials and full pinyin of the name (找 "hjy" → 换机油); kept by the repo on every write. */
    searchKey: text('search_key').notNull().default(''),
    ...audited(),
  },
  (t) => [uniqueIndex('labor_operations_point_code_uq').on(t.servicePointId, t.code)],
);

/** Labor rate (工时单价) per trade and technician grade, in fen per hour. */
export const laborRates = pgTable(
  'labor_rates',
  {
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    trade: text('trade').notNull(),
    skillGrade: text('skill_grade').notNull(),
    rateFen: integer('rate_fen').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.servicePointId, t.trade, t.skillGrade] })],
);

export const parts = pgTable(
  'parts',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    partNo: text('part_no').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default('个'),
    retailPriceFen: integer('retail_price_fen').notNull(),
    /** Moving-average cost (移动加权平均). */
    costPriceFen: integer('cost_price_fen').notNull(),
    isGenuine: boolean('is_genuine').notNull().default(true),
    brand: text('brand').notNull().default(''),
    isActive: boolean('is_active').notNull().default(true),
    /** Pinyin initials and full pinyin of the name; kept by the repo on every write. */
    searchKey: text('search_key').notNull().default(''),
    ...audited(),
  },
  (t) => [uniqueIndex('parts_point_no_uq').on(t.servicePointId, t.partNo), index('parts_point_name_idx').on(t.servicePointId, t.name)],
);
