import { sql } from 'drizzle-orm';
import {
  boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid,
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
