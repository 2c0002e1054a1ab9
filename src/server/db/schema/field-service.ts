/**
 * The manufacturer's field service: the equipment archive (逐号建档: products, units), service requests, on-site
 * visits with response deadlines and the escalation ladder, field engineers with home base, skills, van stock.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';

const pointRef = () =>
  uuid('service_point_id')
    .notNull()
    .references(() => servicePoints.id);

/** A product model with its service parameters. */
export const fieldProducts = pgTable(
  'field_products',
  {
    id: id(),
    servicePointId: pointRef(),
    /** Model code, unique per point (型号). */
    model: text('model').notNull(),
    name: text('name').notNull(),
    /** Equipment type: the skill / certificate an engineer needs to work on it. */
    requiredSkill: text('required_skill').notNull(),
    warrantyMonths: integer('warranty_months').notNull(),
    /** Preventive maintenance every N months while in warranty (0 = none). */
    maintenanceIntervalMonths: integer('maintenance_interval_months').notNull().default(2),
    /** On-site response time for this product (null: the region's or the point's). */
    responseMinutes: integer('response_minutes'),
    responseClock: text('response_clock'),
    serviceMinutes: integer('service_minutes').notNull().default(90),
    ...audited(),
  },
  (t) => [
    uniqueIndex('field_products_point_model_uq').on(t.servicePointId, t.model),
    check('field_products_warranty_ck', sql`${t.warrantyMonths} >= 0 and ${t.maintenanceIntervalMonths} >= 0`),
  ],
);

/** One unit sold (逐号建档): serial unique per model, the customer and site, dates. */
export const fieldUnits = pgTable(
  'field_units',
  {
    id: id(),
    servicePointId: pointRef(),
    productId: uuid('product_id')
      .notNull()
      .references(() => fieldProducts.id),
    serial: text('serial').notNull(),
    customerName: text('customer_name').notNull(),
    customerPhone: text('customer_phone'),
    siteName: text('site_name').notNull().default(''),
    siteAddress: text('site_address').notNull(),
    /** GB/T 2260 division code of the site (6 digits). */
    regionCode: text('region_code'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    soldOn: date('sold_on', { mode: 'string' }),
    installedOn: date('installed_on', { mode: 'string' }),
    warrantyStart: date('warranty_start', { mode: 'string' }),
    warrantyEnd: date('warranty_end', { mode: 'string' }),
    /** A service contract may set its own response time. */
    contractNo: text('contract_no'),
    contractResponseMinutes: integer('contract_response_minutes'),
    contractResponseClock: text('contract_response_clock'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('field_units_product_serial_uq').on(t.productId, t.serial),
    index('field_units_point_idx').on(t.servicePointId),
    index('field_units_serial_idx').on(t.serial),
    check('field_units_coords_ck', sql`(${t.lat} is null and ${t.lng} is null) or (${t.lat} between -90 and 90 and ${t.lng} between -180 and 180)`),
  ],
);

/** Response time per region code of the point's coverage (configurable per region). */
export const fieldRegionRules = pgTable(
  'field_region_rules',
  {
    id: id(),
    servicePointId: pointRef(),
    regionCode: text('region_code').notNull(),
    responseMinutes: integer('response_minutes').notNull(),
    responseClock: text('response_clock').notNull().default('24x7'),
    ...audited(),
  },
  (t) => [uniqueIndex('field_region_rules_point_region_uq').on(t.servicePointId, t.regionCode)],
);

/** A service request (服务请求): not a complaint; channel from the complaint module's list. */
export const fieldRequests = pgTable(
  'field_requests',
  {
    id: id(),
    servicePointId: pointRef(),
    /** Where the call was taken (the hotline), when it was routed to another point. */
    receivedAtPointId: uuid('received_at_point_id').notNull(),
    routedBy: text('routed_by').notNull().default('fallback'),
    number: text('number').notNull(),
    channel: text('channel').notNull(),
    unitId: uuid('unit_id').references(() => fieldUnits.id),
    customerName: text('customer_name').notNull(),
    customerPhone: text('customer_phone'),
    fault: text('fault').notNull(),
    /** domain/field/visits RequestStatus. */
    status: text('status').notNull(),
    receivedAt: ts('received_at').notNull(),
    receivedByName: text('received_by_name').notNull(),
    contactedAt: ts('contacted_at'),
    diagnosisOutcome: text('diagnosis_outcome'),
    diagnosisNote: text('diagnosis_note'),
    diagnosedByName: text('diagnosed_by_name'),
    closedAt: ts('closed_at'),
    rating: integer('rating'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('field_requests_point_number_uq').on(t.servicePointId, t.number),
    index('field_requests_unit_idx').on(t.unitId),
    index('field_requests_point_status_idx').on(t.servicePointId, t.status),
    check('field_requests_rating_ck', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** A field engineer: home base, skills, working hours (employee of the point). */
export const fieldEngineers = pgTable(
  'field_engineers',
  {
    id: id(),
    servicePointId: pointRef(),
    employeeId: uuid('employee_id'),
    /** Login of the engineer's own account (their phone page). */
    userId: uuid('user_id'),
    name: text('name').notNull(),
    phone: text('phone'),
    homeLat: doublePrecision('home_lat').notNull(),
    homeLng: doublePrecision('home_lng').notNull(),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    /** 'HH:mm' in the point's zone. */
    shiftStart: text('shift_start').notNull().default('08:30'),
    shiftEnd: text('shift_end').notNull().default('17:30'),
    active: boolean('active').notNull().default(true),
    ...audited(),
  },
  (t) => [
    uniqueIndex('field_engineers_user_uq').on(t.userId),
    check('field_engineers_home_ck', sql`${t.homeLat} between -90 and 90 and ${t.homeLng} between -180 and 180`),
  ],
);

/** Certificates an engineer holds per equipment type (skill), with expiry. */
export const fieldCertificates = pgTable(
  'field_certificates',
  {
    id: id(),
    servicePointId: pointRef(),
    engineerId: uuid('engineer_id')
      .notNull()
      .references(() => fieldEngineers.id),
    skill: text('skill').notNull(),
    number: text('number').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    ...audited(),
  },
  (t) => [index('field_certificates_engineer_idx').on(t.engineerId)],
);

/** Parts carried in an engineer's van: never negative. */
export const fieldVanStock = pgTable(
  'field_van_stock',
  {
    id: id(),
    servicePointId: pointRef(),
    engineerId: uuid('engineer_id')
      .notNull()
      .references(() => fieldEngineers.id),
    partCode: text('part_code').notNull(),
    partName: text('part_name').notNull(),
    qty: integer('qty').notNull(),
    ...audited(),
  },
  (t) => [uniqueIndex('field_van_stock_engineer_part_uq').on(t.engineerId, t.partCode), check('field_van_stock_qty_ck', sql`${t.qty} >= 0`)],
);

/** An on-site visit (上门服务): repair, maintenance or installation, with its deadline and the ladder. */
export const fieldVisits = pgTable(
  'field_visits',
  {
    id: id(),
    servicePointId: pointRef(),
    number: text('number').notNull(),
    requestId: uuid('request_id').references(() => fieldRequests.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => fieldUnits.id),
    /** domain/field/visits VisitKind / VisitStatus. */
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    requiredSkill: text('required_skill').notNull(),
    serviceMinutes: integer('service_minutes').notNull().default(90),
    deadlineAt: ts('deadline_at'),
    /** 'contract' | 'product' | 'region' | 'point' | 'default', and the clock it counted on. */
    deadlineSource: text('deadline_source'),
    deadlineClock: text('deadline_clock'),
    /** The planned day (the point's local date) and order in the engineer's route, arrival estimate. */
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    engineerId: uuid('engineer_id').references(() => fieldEngineers.id),
    routeOrder: integer('route_order'),
    /** Assigned or moved by the dispatcher by hand: "plan routes" keeps it on its engineer (and in order where possible). */
    pinned: boolean('pinned').notNull().default(false),
    etaAt: ts('eta_at'),
    /** The ladder: 0 engineer, 1 售后主管, 2 总经理; when the current level runs out. */
    escalationLevel: integer('escalation_level').notNull().default(0),
    levelDueAt: ts('level_due_at'),
    escalatedToName: text('escalated_to_name'),
    checkInAt: ts('check_in_at'),
    /** 'ok' | 'refused' | 'unavailable': a refused location is recorded as refused, never faked. */
    checkInGeo: text('check_in_geo'),
    checkInLat: doublePrecision('check_in_lat'),
    checkInLng: doublePrecision('check_in_lng'),
    checkOutAt: ts('check_out_at'),
    checkOutGeo: text('check_out_geo'),
    checkOutLat: doublePrecision('check_out_lat'),
    checkOutLng: doublePrecision('check_out_lng'),
    report: text('report'),
    resolved: boolean('resolved'),
    signature: text('signature'),
    signedByName: text('signed_by_name'),
    nextVisitId: uuid('next_visit_id'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('field_visits_point_number_uq').on(t.servicePointId, t.number),
    index('field_visits_day_idx').on(t.servicePointId, t.plannedDate),
    index('field_visits_unit_idx').on(t.unitId),
    index('field_visits_engineer_idx').on(t.engineerId, t.plannedDate),
    /** The field KPIs look back to a request's earlier repairs. */
    index('field_visits_request_idx').on(t.requestId),
  ],
);

/** Parts used on a visit, taken from the engineer's van stock. */
export const fieldVisitParts = pgTable(
  'field_visit_parts',
  {
    id: id(),
    servicePointId: pointRef(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => fieldVisits.id),
    partCode: text('part_code').notNull(),
    partName: text('part_name').notNull(),
    qty: integer('qty').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('field_visit_parts_visit_idx').on(t.visitId), check('field_visit_parts_qty_ck', sql`${t.qty} > 0`)],
);

/** A training plan per equipment type (skill): content, trainer, hours, place, dates; engineers' or customers'. */
export const fieldTrainingPlans = pgTable('field_training_plans', {
  id: id(),
  servicePointId: pointRef(),
  skill: text('skill').notNull(),
  title: text('title').notNull(),
  content: text('content').notNull().default(''),
  trainer: text('trainer').notNull(),
  hours: integer('hours').notNull(),
  place: text('place').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  /** 'engineer' (grants certificates) | 'customer' (the buyer's equipment staff, recorded only). */
  audience: text('audience').notNull().default('engineer'),
  customerName: text('customer_name'),
  passScore: integer('pass_score').notNull().default(60),
  certificateMonths: integer('certificate_months').notNull().default(24),
  ...audited(),
});

/** Attendance and exam score per trainee; a pass grants the engineer a certificate for the plan's skill. */
export const fieldTrainingResults = pgTable(
  'field_training_results',
  {
    id: id(),
    servicePointId: pointRef(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => fieldTrainingPlans.id),
    engineerId: uuid('engineer_id').references(() => fieldEngineers.id),
    traineeName: text('trainee_name').notNull(),
    attended: boolean('attended').notNull(),
    score: integer('score'),
    passed: boolean('passed').notNull(),
    certificateId: uuid('certificate_id'),
    ...audited(),
  },
  (t) => [
    uniqueIndex('field_training_results_plan_trainee_uq').on(t.planId, t.traineeName),
    check('field_training_results_score_ck', sql`${t.score} is null or ${t.score} between 0 and 100`),
  ],
);

/** The dispatcher's overrides on the plan board (drag or "assign to…"): from → to, the warnings shown, who and when. */
export const fieldDispatchOverrides = pgTable(
  'field_dispatch_overrides',
  {
    id: id(),
    servicePointId: pointRef(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => fieldVisits.id),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    fromEngineerId: uuid('from_engineer_id'),
    toEngineerId: uuid('to_engineer_id'),
    fromOrder: integer('from_order'),
    toOrder: integer('to_order'),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    byUserId: uuid('by_user_id').notNull(),
    byName: text('by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('field_dispatch_overrides_visit_idx').on(t.visitId), index('field_dispatch_overrides_day_idx').on(t.servicePointId, t.plannedDate)],
);
