import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import type { AuthorityLimits } from '../../domain/auth/permissions.js';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const audited = () => ({
  version: integer('version').notNull().default(1),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** HQ / regional centre / station / franchised provider. `path` is '/id/id/…/' from the root, for data scope. */
export const servicePoints = pgTable('service_points', {
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
}, (t) => [uniqueIndex('service_points_code_uq').on(t.code), index('service_points_path_idx').on(t.path)]);

export const users = pgTable('users', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  employeeId: uuid('employee_id'),
  isSuperuser: boolean('is_superuser').notNull().default(false),
  isActive: boolean('is_active').notNull().default(true),
  locale: text('locale').notNull().default('zh-CN'),
  ...audited(),
}, (t) => [uniqueIndex('users_username_uq').on(sql`lower(${t.username})`)]);

/** Server-side sessions: the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  ip: text('ip').notNull().default(''),
  userAgent: text('user_agent').notNull().default(''),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

export const loginAttempts = pgTable('login_attempts', {
  id: id(),
  username: text('username').notNull(),
  ip: text('ip').notNull(),
  succeeded: boolean('succeeded').notNull(),
  at: ts('at').notNull().defaultNow(),
}, (t) => [index('login_attempts_user_at_idx').on(t.username, t.at)]);

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at'),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
}, (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash)]);

export const auditEntries = pgTable('audit_entries', {
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
}, (t) => [
  index('audit_point_at_idx').on(t.servicePointId, t.at),
  index('audit_entity_idx').on(t.entityType, t.entityId),
]);

export const departments = pgTable('departments', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  parentId: uuid('parent_id'),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
  ...audited(),
}, (t) => [index('departments_point_idx').on(t.servicePointId)]);

export const positions = pgTable('positions', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  departmentId: uuid('department_id').references(() => departments.id),
  templateKey: text('template_key'),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull().default(''),
  superiorId: uuid('superior_id'),
  grade: text('grade').notNull().default(''),
  plannedHeadcount: integer('planned_headcount').notNull().default(1),
  duties: jsonb('duties').$type<string[]>().notNull().default([]),
  authorities: jsonb('authorities').$type<string[]>().notNull().default([]),
  reportsUpward: jsonb('reports_upward').$type<string[]>().notNull().default([]),
  permissions: jsonb('permissions').$type<string[]>().notNull().default([]),
  limits: jsonb('limits').$type<AuthorityLimits>().notNull().default({}),
  headOf: text('head_of'),
  sortOrder: integer('sort_order').notNull().default(0),
  ...audited(),
}, (t) => [index('positions_point_idx').on(t.servicePointId)]);

/** Dashed lines of the org chart (横向协作); stored once per pair with positionA < positionB. */
export const positionLinks = pgTable('position_links', {
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  positionA: uuid('position_a').notNull().references(() => positions.id, { onDelete: 'cascade' }),
  positionB: uuid('position_b').notNull().references(() => positions.id, { onDelete: 'cascade' }),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.positionA, t.positionB] })]);

export const teams = pgTable('teams', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  departmentId: uuid('department_id').references(() => departments.id),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull().default(''),
  trade: text('trade').notNull(),
  ...audited(),
}, (t) => [index('teams_point_idx').on(t.servicePointId)]);

export const employees = pgTable('employees', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  employeeNo: text('employee_no').notNull(),
  name: text('name').notNull(),
  gender: text('gender').notNull().default('M'),
  phone: text('phone').notNull(),
  trade: text('trade'),
  skillGrade: text('skill_grade').notNull().default('staff'),
  hiredOn: date('hired_on', { mode: 'string' }),
  isActive: boolean('is_active').notNull().default(true),
  ...audited(),
}, (t) => [
  index('employees_point_idx').on(t.servicePointId),
  uniqueIndex('employees_point_no_uq').on(t.servicePointId, t.employeeNo),
  uniqueIndex('employees_point_phone_uq').on(t.servicePointId, t.phone),
]);

export const certifications = pgTable('certifications', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  employeeId: uuid('employee_id').notNull().references(() => employees.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  number: text('number').notNull().default(''),
  expiresOn: date('expires_on', { mode: 'string' }),
}, (t) => [index('certifications_employee_idx').on(t.employeeId)]);

/** An employee holds a position (and may belong to a team). */
export const assignments = pgTable('assignments', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  employeeId: uuid('employee_id').notNull().references(() => employees.id, { onDelete: 'cascade' }),
  positionId: uuid('position_id').notNull().references(() => positions.id),
  teamId: uuid('team_id').references(() => teams.id),
  isPrimary: boolean('is_primary').notNull().default(true),
  startedOn: date('started_on', { mode: 'string' }),
}, (t) => [
  uniqueIndex('assignments_employee_position_uq').on(t.employeeId, t.positionId),
  index('assignments_position_idx').on(t.positionId),
]);

/** Background jobs: claimed with FOR UPDATE SKIP LOCKED so several app instances share one queue. */
export const jobs = pgTable('jobs', {
  id: id(),
  queue: text('queue').notNull(),
  payload: jsonb('payload').notNull().default({}),
  dedupeKey: text('dedupe_key'),
  status: text('status').notNull().default('queued'),
  runAt: ts('run_at').notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(5),
  lockedBy: text('locked_by'),
  lockedUntil: ts('locked_until'),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull().defaultNow(),
  finishedAt: ts('finished_at'),
}, (t) => [
  index('jobs_ready_idx').on(t.status, t.runAt),
  uniqueIndex('jobs_dedupe_uq').on(t.dedupeKey),
]);

/** Named monotonically increasing numbers (employee numbers, later work-order numbers), per point. */
export const counters = pgTable('counters', {
  servicePointId: uuid('service_point_id').notNull(),
  name: text('name').notNull(),
  value: integer('value').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.servicePointId, t.name] })]);

// ---- customer feedback & complaints (客户反馈/投诉) ---------------------------------------------

/** Working calendar of a point for SLA clocks (hours per weekday, mode, holiday handling). */
export const workCalendars = pgTable('work_calendars', {
  servicePointId: uuid('service_point_id').primaryKey().references(() => servicePoints.id),
  mode: text('mode').notNull().default('workdays'),
  hours: jsonb('hours').$type<Record<string, { from: string; to: string }[]>>().notNull(),
  openOnHolidays: boolean('open_on_holidays').notNull().default(false),
  ...audited(),
});

/** Official holiday/make-up lists imported for years after the shipped ones. */
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  data: jsonb('data').notNull(),
  importedAt: ts('imported_at').notNull().defaultNow(),
});

/** First-response and resolution targets per priority, in working minutes; escalation time limit per level. */
export const slaPolicies = pgTable('sla_policies', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  priority: text('priority').notNull(),
  firstResponseMinutes: integer('first_response_minutes').notNull(),
  resolutionMinutes: integer('resolution_minutes').notNull(),
  escalationMinutes: integer('escalation_minutes').notNull(),
  ...audited(),
}, (t) => [uniqueIndex('sla_policies_point_priority_uq').on(t.servicePointId, t.priority)]);

export const routingRules = pgTable('routing_rules', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  isActive: boolean('is_active').notNull().default(true),
  when: jsonb('when').notNull().default({}),
  then: jsonb('then').notNull().default({}),
  ...audited(),
}, (t) => [index('routing_rules_point_idx').on(t.servicePointId)]);

export const tickets = pgTable('tickets', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  number: text('number').notNull(),
  /** Unguessable token for the customer's public status page. */
  trackingToken: text('tracking_token').notNull(),
  channel: text('channel').notNull(),
  kind: text('kind').notNull(),
  category: text('category'),
  causeCategory: text('cause_category'),
  priority: text('priority').notNull(),
  isPriorityOverridden: boolean('is_priority_overridden').notNull().default(false),
  status: text('status').notNull().default('new'),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  customerName: text('customer_name').notNull(),
  customerPhone: text('customer_phone').notNull().default(''),
  customerEmail: text('customer_email').notNull().default(''),
  isVip: boolean('is_vip').notNull().default(false),
  vehicleRef: text('vehicle_ref').notNull().default(''),
  workOrderRef: text('work_order_ref').notNull().default(''),
  receivedAt: ts('received_at').notNull(),
  departmentId: uuid('department_id'),
  handlerEmployeeId: uuid('handler_employee_id'),
  handlerPositionId: uuid('handler_position_id'),
  escalationLevel: integer('escalation_level').notNull().default(0),
  levelDueAt: ts('level_due_at'),
  firstResponseDueAt: ts('first_response_due_at'),
  resolutionDueAt: ts('resolution_due_at'),
  firstRespondedAt: ts('first_responded_at'),
  resolvedAt: ts('resolved_at'),
  closedAt: ts('closed_at'),
  /** Working minutes of pauses (waiting for the customer) so far; the open pause starts at pausedAt. */
  pausedAt: ts('paused_at'),
  pauses: jsonb('pauses').$type<{ from: string; to: string | null }[]>().notNull().default([]),
  plan: jsonb('plan').$type<{ departmentId: string | null; deadline: string | null; steps: string; communication: string } | null>(),
  resolution: text('resolution').notNull().default(''),
  customerConfirmed: boolean('customer_confirmed'),
  ...audited(),
}, (t) => [
  uniqueIndex('tickets_number_uq').on(t.servicePointId, t.number),
  uniqueIndex('tickets_tracking_uq').on(t.trackingToken),
  index('tickets_point_status_idx').on(t.servicePointId, t.status),
  index('tickets_phone_idx').on(t.customerPhone),
]);

/** The conversation log and history of a ticket. */
export const ticketEvents = pgTable('ticket_events', {
  id: id(),
  ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
  servicePointId: uuid('service_point_id').notNull(),
  type: text('type').notNull(),
  authorName: text('author_name').notNull(),
  authorUserId: uuid('author_user_id'),
  body: text('body').notNull().default(''),
  isPublic: boolean('is_public').notNull().default(false),
  data: jsonb('data'),
  at: ts('at').notNull(),
}, (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.at)]);

export const ticketAttachments = pgTable('ticket_attachments', {
  id: id(),
  ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
  servicePointId: uuid('service_point_id').notNull(),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  size: integer('size').notNull(),
  content: text('content').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
}, (t) => [index('ticket_attachments_ticket_idx').on(t.ticketId)]);

/** Compensation offered on a ticket; above the handler's authority limit it waits for approval. */
export const compensations = pgTable('compensations', {
  id: id(),
  ticketId: uuid('ticket_id').notNull().references(() => tickets.id, { onDelete: 'cascade' }),
  servicePointId: uuid('service_point_id').notNull(),
  amountFen: integer('amount_fen').notNull(),
  reason: text('reason').notNull(),
  status: text('status').notNull(),
  requestedBy: uuid('requested_by').notNull(),
  requestedByName: text('requested_by_name').notNull(),
  decidedBy: uuid('decided_by'),
  decidedByName: text('decided_by_name'),
  decisionNote: text('decision_note').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  decidedAt: ts('decided_at'),
  ...{ version: integer('version').notNull().default(1) },
}, (t) => [index('compensations_ticket_idx').on(t.ticketId), index('compensations_point_status_idx').on(t.servicePointId, t.status)]);

/** Outbox of notifications; a job delivers them through a channel (in-app inbox, SMS, email, WeChat). */
export const notifications = pgTable('notifications', {
  id: id(),
  servicePointId: uuid('service_point_id'),
  recipientEmployeeId: uuid('recipient_employee_id'),
  recipientUserId: uuid('recipient_user_id'),
  channel: text('channel').notNull().default('inbox'),
  title: text('title').notNull(),
  body: text('body').notNull().default(''),
  link: text('link').notNull().default(''),
  dedupeKey: text('dedupe_key'),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull().defaultNow(),
  deliveredAt: ts('delivered_at'),
  readAt: ts('read_at'),
}, (t) => [
  uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey),
  index('notifications_employee_idx').on(t.recipientEmployeeId, t.createdAt),
  index('notifications_user_idx').on(t.recipientUserId, t.createdAt),
]);

/** Satisfaction surveys (CSI): one per closed ticket (later also per delivered work order). */
export const surveys = pgTable('surveys', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull(),
  subjectType: text('subject_type').notNull(),
  subjectId: uuid('subject_id').notNull(),
  token: text('token').notNull(),
  handlerEmployeeId: uuid('handler_employee_id'),
  departmentId: uuid('department_id'),
  answers: jsonb('answers'),
  score: integer('score'),
  comment: text('comment').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  submittedAt: ts('submitted_at'),
}, (t) => [uniqueIndex('surveys_token_uq').on(t.token), uniqueIndex('surveys_subject_uq').on(t.subjectType, t.subjectId)]);

/** Service improvement actions (服务改进) by cause category. */
export const improvementActions = pgTable('improvement_actions', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  causeCategory: text('cause_category').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  ownerEmployeeId: uuid('owner_employee_id'),
  dueOn: date('due_on', { mode: 'string' }),
  status: text('status').notNull().default('open'),
  reviewNote: text('review_note').notNull().default(''),
  reviewedAt: ts('reviewed_at'),
  ...audited(),
}, (t) => [index('improvement_actions_point_idx').on(t.servicePointId)]);

// ---- customers and vehicles (客户与车辆) ------------------------------------------------------

export const customers = pgTable('customers', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  /** Unified Social Credit Code of a company (GB 32100). */
  uscc: text('uscc'),
  phone: text('phone').notNull().default(''),
  contacts: jsonb('contacts').$type<{ name: string; phone: string; role: string }[]>().notNull().default([]),
  address: text('address').notNull().default(''),
  isVip: boolean('is_vip').notNull().default(false),
  notes: text('notes').notNull().default(''),
  ...audited(),
}, (t) => [
  index('customers_point_phone_idx').on(t.servicePointId, t.phone),
  index('customers_point_name_idx').on(t.servicePointId, t.name),
]);

export const vehicles = pgTable('vehicles', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  vin: text('vin').notNull(),
  /** False when the check digit did not match and the user confirmed it (imported cars). */
  isVinCheckValid: boolean('is_vin_check_valid').notNull().default(true),
  plate: text('plate').notNull().default(''),
  brand: text('brand').notNull().default(''),
  model: text('model').notNull().default(''),
  modelFamily: text('model_family').notNull().default(''),
  modelYear: integer('model_year'),
  mileageKm: integer('mileage_km').notNull().default(0),
  purchasedOn: date('purchased_on', { mode: 'string' }),
  warrantyUntil: date('warranty_until', { mode: 'string' }),
  warrantyKm: integer('warranty_km'),
  ...audited(),
}, (t) => [
  uniqueIndex('vehicles_point_vin_uq').on(t.servicePointId, t.vin),
  index('vehicles_point_plate_idx').on(t.servicePointId, t.plate),
  // Suffix search ("last 6–8 characters of the VIN") as a prefix search on the reversed VIN.
  index('vehicles_vin_reverse_idx').on(sql`reverse(${t.vin}) text_pattern_ops`),
  index('vehicles_customer_idx').on(t.customerId),
]);

// ---- catalogs (标准工时与配件目录) ----------------------------------------------------------------

/** Labor operations (标准工时): standard hours by model family, with a default. */
export const laborOperations = pgTable('labor_operations', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  code: text('code').notNull(),
  name: text('name').notNull(),
  trade: text('trade').notNull(),
  /** Repair category for the quality-guarantee period (二级维护, 小修, 总成修理 …). */
  category: text('category').notNull().default('minor'),
  /** Standard hours ×1000 (integers, no float drift): 1.5 h = 1500. */
  defaultHoursMilli: integer('default_hours_milli').notNull(),
  /** Hours ×1000 per model family, e.g. {"ID.4": 1500}. */
  hoursByFamilyMilli: jsonb('hours_by_family_milli').$type<Record<string, number>>().notNull().default({}),
  isActive: boolean('is_active').notNull().default(true),
  ...audited(),
}, (t) => [uniqueIndex('labor_operations_point_code_uq').on(t.servicePointId, t.code)]);

/** Labor rate (工时单价) per trade and technician grade, in fen per hour. */
export const laborRates = pgTable('labor_rates', {
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  trade: text('trade').notNull(),
  skillGrade: text('skill_grade').notNull(),
  rateFen: integer('rate_fen').notNull(),
  version: integer('version').notNull().default(1),
}, (t) => [primaryKey({ columns: [t.servicePointId, t.trade, t.skillGrade] })]);

export const parts = pgTable('parts', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  partNo: text('part_no').notNull(),
  name: text('name').notNull(),
  unit: text('unit').notNull().default('个'),
  retailPriceFen: integer('retail_price_fen').notNull(),
  /** Moving-average cost (移动加权平均). */
  costPriceFen: integer('cost_price_fen').notNull(),
  isGenuine: boolean('is_genuine').notNull().default(true),
  brand: text('brand').notNull().default(''),
  isActive: boolean('is_active').notNull().default(true),
  ...audited(),
}, (t) => [uniqueIndex('parts_point_no_uq').on(t.servicePointId, t.partNo), index('parts_point_name_idx').on(t.servicePointId, t.name)]);

// ---- appointments (预约) --------------------------------------------------------------------

/** Workshop opening hours and slot length used for appointment capacity. */
export const workshopSettings = pgTable('workshop_settings', {
  servicePointId: uuid('service_point_id').primaryKey().references(() => servicePoints.id),
  hours: jsonb('hours').$type<Record<string, { from: string; to: string }[]>>().notNull(),
  slotMinutes: integer('slot_minutes').notNull().default(60),
  bookableSharePct: integer('bookable_share_pct').notNull().default(70),
  /** The station's promised repair quality-guarantee periods (质量保证期), never below the legal minimum. */
  guarantee: jsonb('guarantee').$type<Partial<Record<string, { km?: number; days?: number }>>>().notNull().default({}),
  ...audited(),
});

export const appointments = pgTable('appointments', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  vehicleId: uuid('vehicle_id').notNull().references(() => vehicles.id),
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
}, (t) => [
  index('appointments_point_date_idx').on(t.servicePointId, t.localDate),
  index('appointments_vehicle_idx').on(t.vehicleId),
]);

// ---- work orders (任务委托书) -----------------------------------------------------------------

/** A work order keeps every item of a repair record (家用汽车产品修理更换退货责任规定 art. 17); never hard-deleted. */
export const workOrders = pgTable('work_orders', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  number: text('number').notNull(),
  type: text('type').notNull(),
  status: text('status').notNull().default('draft'),
  customerId: uuid('customer_id').notNull().references(() => customers.id),
  vehicleId: uuid('vehicle_id').notNull().references(() => vehicles.id),
  appointmentId: uuid('appointment_id'),
  advisorEmployeeId: uuid('advisor_employee_id'),
  /** When the car came in (进厂时间). */
  receivedAt: ts('received_at').notNull(),
  mileageIn: integer('mileage_in').notNull(),
  fuelLevelPct: integer('fuel_level_pct'),
  preCheck: jsonb('pre_check').$type<{ damageMarks: { area: string; kind: string; note: string }[]; valuables: string; warningLights: string[]; notes: string }>().notNull(),
  /** The customer's description (客户故障描述). */
  concerns: text('concerns').notNull().default(''),
  /** Inspection / diagnosis result (检查结果). */
  diagnosis: text('diagnosis').notNull().default(''),
  repairCategory: text('repair_category').notNull().default('minor'),
  promisedAt: ts('promised_at'),
  customerSignature: text('customer_signature'),
  signedAt: ts('signed_at'),
  /** Repair confirmed (the 三包 repair-day count starts). */
  confirmedAt: ts('confirmed_at'),
  completedAt: ts('completed_at'),
  deliveredAt: ts('delivered_at'),
  towingFen: integer('towing_fen').notNull().default(0),
  hasLoanerCar: boolean('has_loaner_car').notNull().default(false),
  transportAllowanceFen: integer('transport_allowance_fen').notNull().default(0),
  oldPartsDisposition: text('old_parts_disposition').notNull().default('none'),
  reworkCount: integer('rework_count').notNull().default(0),
  /** Back within a previous repair's quality-guarantee period for the same concern (返修): a free re-repair. */
  comebackOfId: uuid('comeback_of_id'),
  cancelReason: text('cancel_reason').notNull().default(''),
  ...audited(),
}, (t) => [
  uniqueIndex('work_orders_point_number_uq').on(t.servicePointId, t.number),
  index('work_orders_point_status_idx').on(t.servicePointId, t.status),
  index('work_orders_vehicle_idx').on(t.vehicleId, t.receivedAt),
  index('work_orders_point_received_idx').on(t.servicePointId, t.receivedAt),
  // Prefix search by number whatever the database collation (PostgreSQL servers rarely run with C).
  index('work_orders_number_prefix_idx').on(sql`${t.number} text_pattern_ops`),
]);

export const workOrderLines = pgTable('work_order_lines', {
  id: id(),
  workOrderId: uuid('work_order_id').notNull().references(() => workOrders.id),
  servicePointId: uuid('service_point_id').notNull(),
  kind: text('kind').notNull(),
  laborOperationId: uuid('labor_operation_id'),
  partId: uuid('part_id'),
  code: text('code').notNull(),
  name: text('name').notNull(),
  trade: text('trade'),
  hoursMilli: integer('hours_milli'),
  rateFen: integer('rate_fen'),
  qtyMilli: integer('qty_milli'),
  unitPriceFen: integer('unit_price_fen'),
  payer: text('payer').notNull(),
  discountPct: integer('discount_pct_x100').notNull().default(0),
  sortOrder: integer('sort_order').notNull().default(0),
}, (t) => [index('work_order_lines_order_idx').on(t.workOrderId)]);

// ---- parts stock (配件库存) -------------------------------------------------------------------

export const warehouseLocations = pgTable('warehouse_locations', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  code: text('code').notNull(),
  name: text('name').notNull().default(''),
  ...audited(),
}, (t) => [uniqueIndex('warehouse_locations_point_code_uq').on(t.servicePointId, t.code)]);

/** Stock of a part at a location. The CHECK constraints make negative stock impossible, whatever the code does. */
export const stockItems = pgTable('stock_items', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  partId: uuid('part_id').notNull().references(() => parts.id),
  locationId: uuid('location_id').notNull().references(() => warehouseLocations.id),
  /** On hand, quantity ×1000. */
  onHandMilli: integer('on_hand_milli').notNull().default(0),
  /** Reserved for confirmed work orders, ×1000 (≤ on hand). */
  reservedMilli: integer('reserved_milli').notNull().default(0),
  ...audited(),
}, (t) => [
  uniqueIndex('stock_items_part_location_uq').on(t.partId, t.locationId),
  index('stock_items_point_part_idx').on(t.servicePointId, t.partId),
  check('stock_items_on_hand_nonneg', sql`${t.onHandMilli} >= 0`),
  check('stock_items_reserved_range', sql`${t.reservedMilli} >= 0 and ${t.reservedMilli} <= ${t.onHandMilli}`),
]);

/** Every stock change: receive, issue to a work order, return, adjust (signed quantity, cost at the time). */
export const stockMovements = pgTable('stock_movements', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull(),
  partId: uuid('part_id').notNull(),
  locationId: uuid('location_id').notNull(),
  kind: text('kind').notNull(),
  qtyMilli: integer('qty_milli').notNull(),
  unitCostFen: integer('unit_cost_fen').notNull(),
  workOrderId: uuid('work_order_id'),
  workOrderLineId: uuid('work_order_line_id'),
  actorName: text('actor_name').notNull(),
  note: text('note').notNull().default(''),
  at: ts('at').notNull(),
}, (t) => [index('stock_movements_part_at_idx').on(t.partId, t.at), index('stock_movements_wo_idx').on(t.workOrderId)]);

/** The parts side of one work-order parts line: requested, reserved, issued, returned; a shortage is a backorder (待料). */
export const workOrderParts = pgTable('work_order_parts', {
  workOrderLineId: uuid('work_order_line_id').primaryKey().references(() => workOrderLines.id),
  workOrderId: uuid('work_order_id').notNull().references(() => workOrders.id),
  servicePointId: uuid('service_point_id').notNull(),
  partId: uuid('part_id').notNull(),
  requestedMilli: integer('requested_milli').notNull(),
  reservedMilli: integer('reserved_milli').notNull().default(0),
  issuedMilli: integer('issued_milli').notNull().default(0),
  returnedMilli: integer('returned_milli').notNull().default(0),
  /** Served from stock at the first pick (配件满足率). */
  isFilledAtPick: boolean('is_filled_at_pick'),
  status: text('status').notNull().default('reserved'),
  version: integer('version').notNull().default(1),
}, (t) => [index('work_order_parts_wo_idx').on(t.workOrderId), index('work_order_parts_point_status_idx').on(t.servicePointId, t.status)]);

// ---- workshop (车间) ------------------------------------------------------------------------

/** One job per labor line: who does it, when, and its state on the board (维修管理看板). */
export const workshopJobs = pgTable('workshop_jobs', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull().references(() => servicePoints.id),
  workOrderId: uuid('work_order_id').notNull().references(() => workOrders.id),
  workOrderLineId: uuid('work_order_line_id').notNull().references(() => workOrderLines.id),
  trade: text('trade').notNull(),
  standardMinutes: integer('standard_minutes').notNull(),
  status: text('status').notNull().default('pending'),
  technicianEmployeeId: uuid('technician_employee_id'),
  teamId: uuid('team_id'),
  plannedStartAt: ts('planned_start_at'),
  plannedEndAt: ts('planned_end_at'),
  startedAt: ts('started_at'),
  finishedAt: ts('finished_at'),
  ...audited(),
}, (t) => [
  uniqueIndex('workshop_jobs_line_uq').on(t.workOrderLineId),
  index('workshop_jobs_point_status_idx').on(t.servicePointId, t.status),
  index('workshop_jobs_technician_idx').on(t.technicianEmployeeId, t.status),
]);

/** Clock on/off per job (pauses are gaps between entries). */
export const jobClocks = pgTable('job_clocks', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull(),
  jobId: uuid('job_id').notNull().references(() => workshopJobs.id),
  employeeId: uuid('employee_id').notNull(),
  startedAt: ts('started_at').notNull(),
  endedAt: ts('ended_at'),
}, (t) => [index('job_clocks_job_idx').on(t.jobId), index('job_clocks_employee_idx').on(t.employeeId, t.startedAt)]);

/** Technician attendance (出勤) for productivity: hours on jobs ÷ hours present. */
export const attendance = pgTable('attendance', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull(),
  employeeId: uuid('employee_id').notNull(),
  localDate: date('local_date', { mode: 'string' }).notNull(),
  inAt: ts('in_at').notNull(),
  outAt: ts('out_at'),
}, (t) => [index('attendance_employee_date_idx').on(t.employeeId, t.localDate)]);

/** Quality inspection (质检) of a work order; a pass on 二级维护/总成/整车修理 gets a numbered 竣工出厂合格证. */
export const qcInspections = pgTable('qc_inspections', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull(),
  workOrderId: uuid('work_order_id').notNull().references(() => workOrders.id),
  inspectorEmployeeId: uuid('inspector_employee_id'),
  inspectorName: text('inspector_name').notNull(),
  isPassed: boolean('is_passed').notNull(),
  isRoadTested: boolean('is_road_tested').notNull().default(false),
  notes: text('notes').notNull().default(''),
  certificateNo: text('certificate_no'),
  at: ts('at').notNull(),
}, (t) => [index('qc_inspections_wo_idx').on(t.workOrderId)]);

// ---- settlement and follow-up (结算、回访) -----------------------------------------------------

export const settlements = pgTable('settlements', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull(),
  workOrderId: uuid('work_order_id').notNull().references(() => workOrders.id),
  number: text('number').notNull(),
  status: text('status').notNull(),
  grossFen: integer('gross_fen').notNull(),
  discountFen: integer('discount_fen').notNull().default(0),
  payableFen: integer('payable_fen').notNull(),
  payments: jsonb('payments').$type<{ method: string; amountFen: number }[]>().notNull().default([]),
  invoiceNo: text('invoice_no').notNull().default(''),
  requestedBy: uuid('requested_by'),
  approvedBy: uuid('approved_by'),
  approvedByName: text('approved_by_name'),
  cashierName: text('cashier_name'),
  settledAt: ts('settled_at'),
  ...audited(),
}, (t) => [uniqueIndex('settlements_wo_uq').on(t.workOrderId), uniqueIndex('settlements_point_number_uq').on(t.servicePointId, t.number)]);

export const followUps = pgTable('follow_ups', {
  id: id(),
  servicePointId: uuid('service_point_id').notNull(),
  workOrderId: uuid('work_order_id').notNull().references(() => workOrders.id),
  dueAt: ts('due_at').notNull(),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  callerEmployeeId: uuid('caller_employee_id'),
  answers: jsonb('answers'),
  score: integer('score'),
  isFlagged: boolean('is_flagged').notNull().default(false),
  ticketId: uuid('ticket_id'),
  lastAttemptAt: ts('last_attempt_at'),
  ...audited(),
}, (t) => [uniqueIndex('follow_ups_wo_uq').on(t.workOrderId), index('follow_ups_point_status_due_idx').on(t.servicePointId, t.status, t.dueAt)]);
