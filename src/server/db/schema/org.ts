/** Organization (组织): departments, positions with solid and dashed lines, teams, employees, certifications. */
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AuthorityLimits } from '../../../domain/auth/permissions.js';
import { id, ts, audited } from './columns.js';
import { servicePoints } from './network.js';

export const departments = pgTable(
  'departments',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    parentId: uuid('parent_id'),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    ...audited(),
  },
  (t) => [index('departments_point_idx').on(t.servicePointId)],
);

export const positions = pgTable(
  'positions',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
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
  },
  (t) => [index('positions_point_idx').on(t.servicePointId)],
);

/** Dashed lines of the org chart (横向协作); stored once per pair with positionA < positionB. */
export const positionLinks = pgTable(
  'position_links',
  {
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    positionA: uuid('position_a')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    positionB: uuid('position_b')
      .notNull()
      .references(() => positions.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.positionA, t.positionB] })],
);

export const teams = pgTable(
  'teams',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    departmentId: uuid('department_id').references(() => departments.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull().default(''),
    trade: text('trade').notNull(),
    ...audited(),
  },
  (t) => [index('teams_point_idx').on(t.servicePointId)],
);

export const employees = pgTable(
  'employees',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    employeeNo: text('employee_no').notNull(),
    name: text('name').notNull(),
    gender: text('gender').notNull().default('M'),
    phone: text('phone').notNull(),
    trade: text('trade'),
    skillGrade: text('skill_grade').notNull().default('staff'),
    hiredOn: date('hired_on', { mode: 'string' }),
    isActive: boolean('is_active').notNull().default(true),
    ...audited(),
  },
  (t) => [
    index('employees_point_idx').on(t.servicePointId),
    uniqueIndex('employees_point_no_uq').on(t.servicePointId, t.employeeNo),
    uniqueIndex('employees_point_phone_uq').on(t.servicePointId, t.phone),
  ],
);

export const certifications = pgTable(
  'certifications',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    number: text('number').notNull().default(''),
    expiresOn: date('expires_on', { mode: 'string' }),
  },
  (t) => [index('certifications_employee_idx').on(t.employeeId)],
);

/** An employee holds a position (and may belong to a team). */
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    positionId: uuid('position_id')
      .notNull()
      .references(() => positions.id),
    teamId: uuid('team_id').references(() => teams.id),
    isPrimary: boolean('is_primary').notNull().default(true),
    startedOn: date('started_on', { mode: 'string' }),
  },
  (t) => [uniqueIndex('assignments_employee_position_uq').on(t.employeeId, t.positionId), index('assignments_position_idx').on(t.positionId)],
);
