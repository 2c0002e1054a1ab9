/**
 * Technical support (issue 15): the knowledge base (fault cases, technical bulletins, manual sections) with its
 * revisions and the technicians' "solved it / not helpful" per use; difficult-case requests (疑难技术求助) climbing
 * the network; technical appraisals for warranty (索赔技术鉴定); quality feedback (质量信息反馈).
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { audited, id, ts } from './columns.js';
import { servicePoints } from './network.js';
import { workOrders } from './work-orders.js';

const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);

export const knowledgeArticles = pgTable(
  'knowledge_articles',
  {
    id: id(),
    /** The publishing point: the article reaches this point and every point below it. */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    /** The publishing point's path (copied): visibility is a prefix test of the reader's path. */
    pointPath: text('point_path').notNull(),
    number: text('number').notNull(),
    /** domain/knowledge ArticleKind: fault_case | bulletin | manual. */
    kind: text('kind').notNull(),
    /** domain/knowledge ArticleStatus. */
    status: text('status').notNull(),
    title: text('title').notNull(),
    symptom: text('symptom').notNull().default(''),
    cause: text('cause').notNull().default(''),
    fix: text('fix').notNull().default(''),
    body: text('body').notNull().default(''),
    parts: text('parts').notNull().default(''),
    laborOperation: text('labor_operation').notNull().default(''),
    brands: textArray('brands'),
    models: textArray('models'),
    vinRanges: jsonb('vin_ranges').$type<{ from: string; to: string }[]>().notNull().default([]),
    products: textArray('products'),
    faultCodes: textArray('fault_codes'),
    symptoms: textArray('symptoms'),
    /** Words of the texts (Intl.Segmenter + Han character pairs) and the whole terms: searched with && (GIN). */
    tokens: textArray('tokens'),
    revision: integer('revision').notNull().default(1),
    authorUserId: uuid('author_user_id'),
    authorName: text('author_name').notNull(),
    reviewerName: text('reviewer_name'),
    submittedAt: ts('submitted_at'),
    publishedAt: ts('published_at'),
    withdrawnAt: ts('withdrawn_at'),
    solvedCount: integer('solved_count').notNull().default(0),
    unhelpfulCount: integer('unhelpful_count').notNull().default(0),
    /** The difficult-case request whose answer this case was made from. */
    sourceRequestId: uuid('source_request_id'),
    ...audited(),
  },
  (t) => [
    index('knowledge_articles_tokens_gin').using('gin', t.tokens),
    index('knowledge_articles_codes_gin').using('gin', t.faultCodes),
    index('knowledge_articles_status_idx').on(t.status, t.publishedAt),
    index('knowledge_articles_point_idx').on(t.servicePointId, t.status),
    index('knowledge_articles_number_idx').on(t.number),
  ],
);

/**
 * How many articles (any status) hold each search token — the document frequency a query uses to fetch its
 * candidates by its rarest tokens first (ADR 023). Kept by the repository at every write of an article's tokens; a
 * token missing here counts as rare, so a stale count only costs speed, never a result.
 */
export const knowledgeTokenCounts = pgTable('knowledge_token_counts', {
  token: text('token').primaryKey(),
  articles: integer('articles').notNull(),
});

/** The text of each published revision, as it was published. */
export const knowledgeRevisions = pgTable(
  'knowledge_revisions',
  {
    id: id(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    servicePointId: uuid('service_point_id').notNull(),
    revision: integer('revision').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    publishedAt: ts('published_at').notNull(),
    publishedByName: text('published_by_name').notNull(),
  },
  (t) => [uniqueIndex('knowledge_revisions_uq').on(t.articleId, t.revision)],
);

/** One technician's answer for one article in one piece of work: counted once, changeable. */
export const knowledgeUses = pgTable(
  'knowledge_uses',
  {
    id: id(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    /** The point where the work is (the reader's). */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    /** work_order | job | claim | visit | search. */
    contextType: text('context_type').notNull(),
    contextId: uuid('context_id'),
    userId: uuid('user_id').notNull(),
    solved: boolean('solved').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [
    uniqueIndex('knowledge_uses_once_uq').on(t.articleId, t.contextType, sql`coalesce(${t.contextId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.userId),
    index('knowledge_uses_point_idx').on(t.servicePointId, t.at),
  ],
);

/** 疑难技术求助: raised at a station, answered at its level or escalated to the point above (region, then HQ). */
export const techRequests = pgTable(
  'tech_requests',
  {
    id: id(),
    /** The raising station (the request's data scope). */
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    workOrderId: uuid('work_order_id').references(() => workOrders.id),
    jobId: uuid('job_id'),
    /** A field visit (field-service feature), when raised from one. */
    visitId: uuid('visit_id'),
    vehicleId: uuid('vehicle_id'),
    title: text('title').notNull(),
    symptom: text('symptom').notNull(),
    readings: text('readings').notNull().default(''),
    tried: text('tried').notNull().default(''),
    faultCodes: textArray('fault_codes'),
    /** open | answered | closed. */
    status: text('status').notNull(),
    /** 0 = the station, 1 = the point above, … */
    level: integer('level').notNull().default(0),
    /** The point whose technical support holds it now. */
    handlingPointId: uuid('handling_point_id')
      .notNull()
      .references(() => servicePoints.id),
    dueAt: ts('due_at'),
    /** Each level passed: { level, pointId, pointName, at, kind: manual|deadline, reason, byName }. */
    history: jsonb('history').$type<Record<string, unknown>[]>().notNull().default([]),
    answer: text('answer'),
    answeredByName: text('answered_by_name'),
    answeredAt: ts('answered_at'),
    answeredLevel: integer('answered_level'),
    articleId: uuid('article_id'),
    raisedByUserId: uuid('raised_by_user_id').notNull(),
    raisedByName: text('raised_by_name').notNull(),
    raisedAt: ts('raised_at').notNull(),
    ...audited(),
  },
  (t) => [
    uniqueIndex('tech_requests_point_number_uq').on(t.servicePointId, t.number),
    index('tech_requests_handling_idx').on(t.handlingPointId, t.status),
    index('tech_requests_order_idx').on(t.workOrderId),
  ],
);

/** 索赔技术鉴定: the advisor asks the 技术主管 whether a fault is a quality problem; the verdict stays on the order. */
export const techAppraisals = pgTable(
  'tech_appraisals',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => workOrders.id),
    question: text('question').notNull(),
    faultCodes: textArray('fault_codes'),
    /** requested | decided. */
    status: text('status').notNull(),
    /** quality | not_quality | undetermined. */
    verdict: text('verdict'),
    reasoning: text('reasoning'),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: ts('requested_at').notNull(),
    decidedByName: text('decided_by_name'),
    decidedAt: ts('decided_at'),
    ...audited(),
  },
  (t) => [index('tech_appraisals_order_idx').on(t.workOrderId)],
);

/** 质量信息反馈: opened from a statistic or by hand, owned, acted on, linked to the bulletin or fix, closed. */
export const qualityFeedback = pgTable(
  'quality_feedback',
  {
    id: id(),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    number: text('number').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    /** What it is about: model, production month or VIN range, part, fault code (any may be blank). */
    model: text('model').notNull().default(''),
    productionMonth: text('production_month').notNull().default(''),
    part: text('part').notNull().default(''),
    faultCode: text('fault_code').notNull().default(''),
    /** open | in_progress | closed. */
    status: text('status').notNull(),
    ownerName: text('owner_name').notNull(),
    ownerUserId: uuid('owner_user_id'),
    /** Each action taken: { at, byName, text }. */
    actions: jsonb('actions').$type<{ at: string; byName: string; text: string }[]>().notNull().default([]),
    /** The published bulletin or fault case that fixes it. */
    articleId: uuid('article_id'),
    firstReportedAt: ts('first_reported_at').notNull(),
    fixPublishedAt: ts('fix_published_at'),
    closedAt: ts('closed_at'),
    closingNote: text('closing_note'),
    ...audited(),
  },
  (t) => [uniqueIndex('quality_feedback_point_number_uq').on(t.servicePointId, t.number), index('quality_feedback_status_idx').on(t.servicePointId, t.status)],
);
