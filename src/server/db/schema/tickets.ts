/** Customer feedback and complaints (客户反馈/投诉): calendars, SLA policies, routing, tickets, compensation, surveys. */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, ts, audited } from './columns.js';
import { servicePoints } from './network.js';

/** Working calendar of a point for SLA clocks (hours per weekday, mode, holiday handling). */
export const workCalendars = pgTable('work_calendars', {
  servicePointId: uuid('service_point_id')
    .primaryKey()
    .references(() => servicePoints.id),
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
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    priority: text('priority').notNull(),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    escalationMinutes: integer('escalation_minutes').notNull(),
    ...audited(),
  },
  (t) => [uniqueIndex('sla_policies_point_priority_uq').on(t.servicePointId, t.priority)],
);

export const routingRules = pgTable(
  'routing_rules',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    when: jsonb('when').notNull().default({}),
    then: jsonb('then').notNull().default({}),
    ...audited(),
  },
  (t) => [index('routing_rules_point_idx').on(t.servicePointId)],
);

export const tickets = pgTable(
  'tickets',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
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
    /** The car a (public) feedback names by plate, when the point knows it, and its latest order there. */
    vehicleId: uuid('vehicle_id'),
    workOrderId: uuid('work_order_id'),
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
  },
  (t) => [
    uniqueIndex('tickets_number_uq').on(t.servicePointId, t.number),
    uniqueIndex('tickets_tracking_uq').on(t.trackingToken),
    index('tickets_point_status_idx').on(t.servicePointId, t.status),
    index('tickets_phone_idx').on(t.customerPhone),
    /** Open tickets by stored due time (ADR 020): breach filters and counts. */
    index('tickets_open_due_idx').on(t.servicePointId, t.resolutionDueAt).where(sql`status not in ('resolved','closed')`),
    index('tickets_point_received_idx').on(t.servicePointId, t.receivedAt),
  ],
);

/** The conversation log and history of a ticket. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: id(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    servicePointId: uuid('service_point_id').notNull(),
    type: text('type').notNull(),
    authorName: text('author_name').notNull(),
    authorUserId: uuid('author_user_id'),
    body: text('body').notNull().default(''),
    isPublic: boolean('is_public').notNull().default(false),
    data: jsonb('data'),
    at: ts('at').notNull(),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.at)],
);

export const ticketAttachments = pgTable(
  'ticket_attachments',
  {
    id: id(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    servicePointId: uuid('service_point_id').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    content: text('content').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('ticket_attachments_ticket_idx').on(t.ticketId)],
);

/** Compensation offered on a ticket; above the handler's authority limit it waits for approval. */
export const compensations = pgTable(
  'compensations',
  {
    id: id(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
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
  },
  (t) => [index('compensations_ticket_idx').on(t.ticketId), index('compensations_point_status_idx').on(t.servicePointId, t.status)],
);

/** Satisfaction surveys (CSI): one per closed ticket (later also per delivered work order). */
export const surveys = pgTable(
  'surveys',
  {
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
  },
  (t) => [uniqueIndex('surveys_token_uq').on(t.token), uniqueIndex('surveys_subject_uq').on(t.subjectType, t.subjectId)],
);

/** Service improvement actions (服务改进) by cause category. */
export const improvementActions = pgTable(
  'improvement_actions',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    causeCategory: text('cause_category').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerEmployeeId: uuid('owner_employee_id'),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    reviewNote: text('review_note').notNull().default(''),
    reviewedAt: ts('reviewed_at'),
    ...audited(),
  },
  (t) => [index('improvement_actions_point_idx').on(t.servicePointId)],
);
