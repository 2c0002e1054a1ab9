/**
 * Network administration (issue 13 point 1) and the GB/T 27922 self-assessment (point 6): a point's star grade,
 * accreditation status and coordinates (point_profiles), the dated accreditation records (documents in attachments),
 * the scorecards HQ configures and their filled entries per point and period, rectification actions, and the saved
 * self-assessments.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';

/** One row per point that has been administered; a point without one is 普通 and 运营. */
export const pointProfiles = pgTable(
  'point_profiles',
  {
    servicePointId: uuid('service_point_id')
      .primaryKey()
      .references(() => servicePoints.id),
    star: text('star').notNull().default('none'),
    accreditation: text('accreditation').notNull().default('operating'),
    /** For the map-like chart (WGS84 degrees); null until set. */
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    ...audited(),
  },
  (t) => [
    check('point_profiles_star', sql`${t.star} in ('none','1','2','3','4','5')`),
    check('point_profiles_accreditation', sql`${t.accreditation} in ('applied','surveyed','preliminary','signed','operating','rectifying','exited')`),
    check('point_profiles_coords', sql`(${t.lng} is null or ${t.lng} between -180 and 180) and (${t.lat} is null or ${t.lat} between -90 and 90)`),
  ],
);

export const accreditationRecords = pgTable(
  'accreditation_records',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** The day it happened (the point's local date). */
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    byName: text('by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('accreditation_records_point_idx').on(t.servicePointId, t.on)],
);

/** A scorecard HQ configures: items with weights adding up to 100 (checked in the service and here). */
export const scorecards = pgTable(
  'scorecards',
  {
    id: id(),
    /** The point that keeps it (HQ or a regional centre); it applies to the points below. */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    nameZh: text('name_zh').notNull(),
    items: jsonb('items').$type<{ key: string; nameZh: string; weight: number; method: 'sampled' | 'passfail' }[]>().notNull(),
    active: boolean('active').notNull().default(true),
    ...audited(),
  },
  (t) => [index('scorecards_point_idx').on(t.servicePointId)],
);

export const scorecardEntries = pgTable(
  'scorecard_entries',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id),
    period: text('period').notNull(),
    /** The items as they were when filled (a later change of the card does not rewrite history). */
    items: jsonb('items').$type<{ key: string; nameZh: string; weight: number; method: 'sampled' | 'passfail' }[]>().notNull(),
    scores: jsonb('scores').$type<Record<string, { pass: boolean } | { sampled: number; passed: number }>>().notNull(),
    total: doublePrecision('total').notNull(),
    note: text('note').notNull().default(''),
    byName: text('by_name').notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('scorecard_entries_point_period_uq').on(t.servicePointId, t.scorecardId, t.period),
    check('scorecard_entries_total', sql`${t.total} between 0 and 100`),
  ],
);

/** 整改: the shape of complaints' improvement actions (owner, due date, status open → in_progress → done → reviewed). */
export const rectificationActions = pgTable(
  'rectification_actions',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    scorecardEntryId: uuid('scorecard_entry_id').references(() => scorecardEntries.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerName: text('owner_name').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    reviewNote: text('review_note').notNull().default(''),
    reviewedAt: ts('reviewed_at'),
    reviewedByName: text('reviewed_by_name'),
    ...audited(),
  },
  (t) => [
    index('rectification_actions_point_idx').on(t.servicePointId),
    check('rectification_actions_status', sql`${t.status} in ('open','in_progress','done','reviewed')`),
  ],
);

/** A saved GB/T 27922 self-assessment: the weights, judgements and evidence as they were, the score and grade. */
export const gbtAssessments = pgTable(
  'gbt_assessments',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    /** The evidence window (the last 12 months). */
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    windowTo: date('window_to', { mode: 'string' }).notNull(),
    weights: jsonb('weights').$type<Record<string, number>>().notNull(),
    /** Per indicator: the judgement, its source (system | manual | excluded), the evidence lines. */
    indicators: jsonb('indicators').$type<unknown[]>().notNull(),
    score: doublePrecision('score').notNull(),
    grade: text('grade').notNull(),
    /** The next grade and the gap list when it was saved. */
    next: jsonb('next').$type<unknown>(),
    byName: text('by_name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('gbt_assessments_point_idx').on(t.servicePointId, t.assessedOn), check('gbt_assessments_score', sql`${t.score} between 0 and 100`)],
);

/** The GB/T 27922 scoring weights set at a network point (HQ or a regional centre); points below inherit the nearest. */
export const gbtWeightSettings = pgTable('gbt_weight_settings', {
  servicePointId: uuid('service_point_id')
    .primaryKey()
    .references(() => servicePoints.id),
  /** Indicator key → weight (> 0), summing to 100. */
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  updatedByName: text('updated_by_name').notNull().default(''),
  ...audited(),
});
