/**
 * Warranty (三包): policies per model family (kept at the manufacturer's HQ point, read by the network below it),
 * the 三包 watch's per-repair facts and sent notices, customers' 换/退 requests, recalls and service campaigns with
 * their VIN lists and imports.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';
import { customers, vehicles } from './customers.js';
import { workOrders } from './work-orders.js';
import type { WarrantyPolicy } from '../../../domain/warranty/coverage.js';

export const warrantyPolicies = pgTable(
  'warranty_policies',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    modelFamily: text('model_family').notNull(),
    /** domain/warranty WarrantyPolicy without the model family (periods, main/special/wear parts, n). */
    terms: jsonb('terms').$type<Omit<WarrantyPolicy, 'modelFamily'>>().notNull(),
    ...audited(),
  },
  (t) => [uniqueIndex('warranty_policies_point_family_uq').on(t.servicePointId, t.modelFamily)],
);

/** What the 三包 watch needs of one repair beyond the work order: the problem, safety flags, excluded time (W13). */
export const warrantyRepairFacts = pgTable(
  'warranty_repair_facts',
  {
    workOrderId: uuid('work_order_id')
      .primaryKey()
      .references(() => workOrders.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    /** The quality problem (故障代码 or a short key): repeats are counted per problem. */
    problemCode: text('problem_code').notNull(),
    problemZh: text('problem_zh').notNull().default(''),
    /** 严重安全性能故障 (art. 40). */
    safetyFault: boolean('safety_fault').notNull().default(false),
    /** domain/warranty SEVERE_FAILURES (art. 23), or null. */
    severeFailure: text('severe_failure'),
    /** Hours not counted in the cumulative repair time (W13: transport of VIN-specific parts, battery; rescue travel). */
    excludedHours: integer('excluded_hours').notNull().default(0),
    ...audited(),
  },
  (t) => [index('warranty_repair_facts_vehicle_idx').on(t.vehicleId), check('warranty_repair_facts_excluded_ck', sql`${t.excludedHours} >= 0`)],
);

/** A 三包 watch warning/alert sent once per car and threshold (the key names the rule, problem/part and level). */
export const warrantyWatchNotices = pgTable(
  'warranty_watch_notices',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    key: text('key').notNull(),
    level: text('level').notNull(),
    messageZh: text('message_zh').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('warranty_watch_notices_vehicle_key_uq').on(t.vehicleId, t.key)],
);

/** A customer's 换车/退货 request (art. 22–24) with the seller's deadlines (W15) and the usage charge (W16). */
export const warrantyReturnRequests = pgTable(
  'warranty_return_requests',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    vehicleId: uuid('vehicle_id')
      .notNull()
      .references(() => vehicles.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    /** 'replace' 换车 | 'refund' 退货. */
    kind: text('kind').notNull(),
    /** The watch rule the customer relies on (W7, W8, W9 … W12) or ''. */
    basis: text('basis').notNull().default(''),
    reason: text('reason').notNull(),
    requestedAt: ts('requested_at').notNull(),
    answerBy: ts('answer_by').notNull(),
    completeBy: ts('complete_by').notNull(),
    priceFen: integer('price_fen').notNull(),
    mileageKm: integer('mileage_km').notNull(),
    coefficientBp: integer('coefficient_bp').notNull(),
    usageChargeFen: integer('usage_charge_fen').notNull(),
    /** 'open' | 'accepted' | 'refused' | 'completed'. */
    status: text('status').notNull().default('open'),
    answer: text('answer').notNull().default(''),
    answeredAt: ts('answered_at'),
    completedAt: ts('completed_at'),
    createdByName: text('created_by_name').notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('warranty_return_requests_point_number_uq').on(t.servicePointId, t.number),
    index('warranty_return_requests_vehicle_idx').on(t.vehicleId),
    check('warranty_return_requests_amounts_ck', sql`${t.priceFen} > 0 and ${t.mileageKm} >= 0 and ${t.usageChargeFen} >= 0`),
  ],
);

/** A recall (召回) or service action (服务活动) issued by HQ for a list of VINs. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: id(),
    /** The issuing point (HQ); the campaign applies to the network below it. */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    /** 'recall' | 'service'. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    laborCode: text('labor_code').notNull().default(''),
    laborHoursMilli: integer('labor_hours_milli').notNull().default(0),
    parts: jsonb('parts').$type<{ partNo: string; nameZh: string; qty: number }[]>().notNull().default([]),
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** 'open' | 'closed'. */
    status: text('status').notNull().default('open'),
    vinCount: integer('vin_count').notNull().default(0),
    doneCount: integer('done_count').notNull().default(0),
    ...audited(),
  },
  (t) => [uniqueIndex('campaigns_point_number_uq').on(t.servicePointId, t.number)],
);

/** One VIN of a campaign: the station it is assigned to (from the file or the car's record), and its completion. */
export const campaignVins = pgTable(
  'campaign_vins',
  {
    id: id(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    /** The campaign's point (data scope of the HQ). */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    vin: text('vin').notNull(),
    /** The station responsible for calling the car in (null: not known yet). */
    stationId: uuid('station_id').references(() => servicePoints.id),
    doneAt: ts('done_at'),
    donePointId: uuid('done_point_id').references(() => servicePoints.id),
    doneWorkOrderId: uuid('done_work_order_id').references(() => workOrders.id),
  },
  (t) => [
    uniqueIndex('campaign_vins_campaign_vin_uq').on(t.campaignId, t.vin),
    index('campaign_vins_vin_idx').on(t.vin),
    index('campaign_vins_campaign_station_idx').on(t.campaignId, t.stationId),
  ],
);

/** A VIN-list import: the uploaded file, its validation progress and row errors; rows go in only when all are clean. */
export const campaignImports = pgTable(
  'campaign_imports',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    fileName: text('file_name').notNull(),
    /** Base64 of the file until it is processed (cleared afterwards). */
    content: text('content'),
    /** 'queued' | 'running' | 'failed' | 'imported'. */
    status: text('status').notNull().default('queued'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    importedRows: integer('imported_rows').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    /** The first errors by row (the list is capped; errorCount has them all). */
    errors: jsonb('errors').$type<{ row: number; field: string; message: string }[]>().notNull().default([]),
    message: text('message').notNull().default(''),
    createdByName: text('created_by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('campaign_imports_campaign_idx').on(t.campaignId)],
);
