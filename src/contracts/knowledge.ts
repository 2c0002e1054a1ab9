/**
 * Technical support (issue 15): knowledge-base articles and their search, "this solved it" per use,
 * difficult-case requests (疑难技术求助), technical appraisals (索赔技术鉴定), fault statistics and quality feedback.
 */
import { z } from '@hono/zod-openapi';
import { IsoDate, IsoDateTime, Version } from './common.js';
import { AttachmentInfo, AttachmentUpload } from './attachments.js';
import { ARTICLE_STATUSES } from '../domain/knowledge/status.js';

export const ARTICLE_KINDS = ['fault_case', 'bulletin', 'manual'] as const;
const terms = (what: string, max = 30) =>
  z
    .array(z.string().trim().min(1, `${what}不能为空`).max(60, `${what}最多 60 个字符`))
    .max(max, `${what}最多 ${max} 项`)
    .default([]);
const FaultCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{2,12}$/, '故障码为 2–12 位字母或数字(如 P0300)');
const text = (max: number, label: string) => z.string().trim().max(max, `${label}最多 ${max} 个字符`);

export const VinRangeInput = z.object({ from: z.string().trim(), to: z.string().trim() }).openapi('VinRange');

/** An article as written: kind, texts and where it applies. VIN ranges are checked (17 characters, from ≤ to). */
export const ArticleInput = z
  .object({
    kind: z.enum(ARTICLE_KINDS, { message: '类型须为故障案例、技术通报或维修手册章节' }),
    title: z.string().trim().min(2, '请填写标题').max(120, '标题最多 120 个字符'),
    symptom: text(2000, '故障现象').default(''),
    cause: text(2000, '故障原因').default(''),
    fix: text(4000, '排除方法').default(''),
    body: text(20000, '正文').default(''),
    parts: text(500, '涉及配件').default(''),
    laborOperation: text(120, '工时项目').default(''),
    brands: terms('品牌'),
    models: terms('车型'),
    vinRanges: z.array(VinRangeInput).max(20, '最多 20 个 VIN 范围').default([]),
    products: terms('产品'),
    faultCodes: z.array(FaultCode).max(30, '故障码最多 30 个').default([]),
    symptoms: terms('症状关键词'),
    images: z.array(AttachmentUpload).max(6, '最多 6 张图片').default([]),
  })
  .openapi('ArticleInput');
export type ArticleInput = z.infer<typeof ArticleInput>;
export const ArticleUpdate = ArticleInput.omit({ kind: true }).extend({ version: Version }).openapi('ArticleUpdate');
export type ArticleUpdate = z.infer<typeof ArticleUpdate>;

export const ArticleAction = z
  .object({
    version: Version,
    action: z.enum(['submit', 'publish', 'reject', 'withdraw', 'revise', 'promote'], { message: '未知的操作' }),
    note: text(500, '说明').optional(),
  })
  .openapi('ArticleAction');
export type ArticleAction = z.infer<typeof ArticleAction>;

export const Article = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(ARTICLE_KINDS),
    status: z.enum(ARTICLE_STATUSES),
    title: z.string(),
    symptom: z.string(),
    cause: z.string(),
    fix: z.string(),
    body: z.string(),
    parts: z.string(),
    laborOperation: z.string(),
    brands: z.array(z.string()),
    models: z.array(z.string()),
    vinRanges: z.array(z.object({ from: z.string(), to: z.string() })),
    products: z.array(z.string()),
    faultCodes: z.array(z.string()),
    symptoms: z.array(z.string()),
    servicePointId: z.string(),
    servicePointName: z.string(),
    revision: z.number(),
    authorName: z.string(),
    reviewerName: z.string().nullable(),
    publishedAt: z.string().nullable(),
    solvedCount: z.number(),
    unhelpfulCount: z.number(),
    /** Share of uses that solved it (smoothed), null before anyone answered. */
    effectiveness: z.number().nullable(),
    sourceRequestId: z.string().nullable(),
    images: z.array(AttachmentInfo),
    version: z.number(),
    updatedAt: z.string(),
  })
  .openapi('Article');
export type Article = z.infer<typeof Article>;

export const ArticleListQuery = z.object({
  status: z.enum(ARTICLE_STATUSES).optional(),
  kind: z.enum(ARTICLE_KINDS).optional(),
  mine: z.enum(['1']).optional(),
});
export type ArticleListQuery = z.infer<typeof ArticleListQuery>;

/** A search: words, fault codes, the car (a vehicle, or a VIN, brand and model) or a product. */
export const KnowledgeSearch = z
  .object({
    q: z.string().trim().max(200, '关键词最多 200 个字符').optional(),
    faultCodes: z.string().trim().max(200, '故障码过多').optional().openapi({ description: '逗号分隔' }),
    model: z.string().trim().max(60, '车型最多 60 个字符').optional(),
    brand: z.string().trim().max(60, '品牌最多 60 个字符').optional(),
    vin: z.string().trim().max(17, 'VIN 为 17 位').optional(),
    product: z.string().trim().max(60, '产品最多 60 个字符').optional(),
    kind: z.enum(ARTICLE_KINDS).optional(),
    workOrderId: z.uuid({ message: '无效的工单' }).optional(),
    /** The panel of a warranty claim: the claim's car, fault code and description. */
    claimId: z.uuid({ message: '无效的索赔单' }).optional(),
    /** The panel of a field visit: the unit's product and the reported fault. */
    visitId: z.uuid({ message: '无效的外出服务' }).optional(),
    limit: z.coerce.number().int().min(1, '至少 1 条').max(50, '最多 50 条').default(20),
  })
  .openapi('KnowledgeSearch');
export type KnowledgeSearch = z.infer<typeof KnowledgeSearch>;

export const ArticleHit = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(ARTICLE_KINDS),
    title: z.string(),
    symptom: z.string(),
    fix: z.string(),
    faultCodes: z.array(z.string()),
    models: z.array(z.string()),
    servicePointName: z.string(),
    publishedAt: z.string().nullable(),
    score: z.number(),
    matchedCodes: z.array(z.string()),
    effectiveness: z.number().nullable(),
    solvedCount: z.number(),
    unhelpfulCount: z.number(),
    /** The reader's own answer in this context, if given. */
    myAnswer: z.enum(['solved', 'unhelpful']).nullable(),
  })
  .openapi('ArticleHit');
export type ArticleHit = z.infer<typeof ArticleHit>;
export const SearchResult = z.object({ items: z.array(ArticleHit), words: z.array(z.string()) }).openapi('KnowledgeSearchResult');
export type SearchResult = z.infer<typeof SearchResult>;

export const USE_CONTEXTS = ['work_order', 'job', 'claim', 'visit', 'search'] as const;
export const ArticleUseInput = z
  .object({
    contextType: z.enum(USE_CONTEXTS, { message: '未知的使用场景' }),
    contextId: z.uuid({ message: '无效的编号' }).nullable().default(null),
    outcome: z.enum(['solved', 'unhelpful'], { message: '请选择“已解决”或“没有帮助”' }),
  })
  .openapi('ArticleUse');
export type ArticleUseInput = z.infer<typeof ArticleUseInput>;

// ---- difficult-case requests (疑难技术求助) ----------------------------------------------------------------------
export const TECH_REQUEST_STATUSES = ['open', 'answered', 'closed'] as const;
export const TechRequestInput = z
  .object({
    workOrderId: z.uuid({ message: '无效的工单' }).nullable().default(null),
    jobId: z.uuid({ message: '无效的派工' }).nullable().default(null),
    visitId: z.uuid({ message: '无效的外出服务' }).nullable().default(null),
    title: z.string().trim().min(2, '请填写标题').max(120, '标题最多 120 个字符'),
    symptom: z.string().trim().min(2, '请描述故障现象').max(2000, '最多 2000 个字符'),
    readings: text(2000, '检测数据').default(''),
    tried: text(2000, '已尝试的方法').default(''),
    faultCodes: z.array(FaultCode).max(30, '故障码最多 30 个').default([]),
    photos: z.array(AttachmentUpload).max(6, '最多 6 张图片').default([]),
  })
  .openapi('TechRequestInput');
export type TechRequestInput = z.infer<typeof TechRequestInput>;
export const TechRequestAnswer = z
  .object({ version: Version, answer: z.string().trim().min(2, '请填写答复').max(4000, '答复最多 4000 个字符') })
  .openapi('TechRequestAnswer');
export type TechRequestAnswer = z.infer<typeof TechRequestAnswer>;
export const TechRequestToArticle = z.object({ version: Version }).openapi('TechRequestToArticle');
export const TechRequestEscalate = z
  .object({ version: Version, reason: z.string().trim().min(2, '请填写升级原因').max(500, '最多 500 个字符') })
  .openapi('TechRequestEscalate');
export type TechRequestEscalate = z.infer<typeof TechRequestEscalate>;
export const TechRequestLevel = z.object({
  level: z.number(),
  pointId: z.string(),
  pointName: z.string(),
  at: z.string(),
  kind: z.string(),
  reason: z.string(),
  byName: z.string().nullable(),
});
export const TechRequest = z
  .object({
    id: z.string(),
    number: z.string(),
    servicePointId: z.string(),
    servicePointName: z.string(),
    workOrderId: z.string().nullable(),
    workOrderNumber: z.string().nullable(),
    jobId: z.string().nullable(),
    visitId: z.string().nullable(),
    title: z.string(),
    symptom: z.string(),
    readings: z.string(),
    tried: z.string(),
    faultCodes: z.array(z.string()),
    status: z.enum(TECH_REQUEST_STATUSES),
    level: z.number(),
    levelName: z.string(),
    handlingPointId: z.string(),
    handlingPointName: z.string(),
    dueAt: z.string().nullable(),
    overdue: z.boolean(),
    /** The actor may answer or escalate it now (tech.support at the handling point). */
    canHandle: z.boolean(),
    /** A point above the handling one exists. */
    canEscalate: z.boolean(),
    history: z.array(TechRequestLevel),
    answer: z.string().nullable(),
    answeredByName: z.string().nullable(),
    answeredAt: z.string().nullable(),
    articleId: z.string().nullable(),
    raisedByName: z.string(),
    raisedAt: z.string(),
    photos: z.array(AttachmentInfo),
    version: z.number(),
  })
  .openapi('TechRequest');
export type TechRequest = z.infer<typeof TechRequest>;
export const TechRequestQuery = z.object({
  status: z.enum(TECH_REQUEST_STATUSES).optional(),
  /** 'mine' = raised by me; 'todo' = waiting at a point I answer for. */
  view: z.enum(['mine', 'todo', 'all']).default('all'),
  workOrderId: z.uuid({ message: '无效的工单' }).optional(),
});
export type TechRequestQuery = z.infer<typeof TechRequestQuery>;

// ---- technical appraisal (索赔技术鉴定) ---------------------------------------------------------------------------
export const APPRAISAL_VERDICTS = ['quality', 'not_quality', 'undetermined'] as const;
export const AppraisalRequest = z
  .object({
    question: z.string().trim().min(2, '请描述需要鉴定的故障').max(2000, '最多 2000 个字符'),
    faultCodes: z.array(FaultCode).max(30, '故障码最多 30 个').default([]),
    evidence: z.array(AttachmentUpload).max(6, '最多 6 张图片').default([]),
  })
  .openapi('AppraisalRequest');
export type AppraisalRequest = z.infer<typeof AppraisalRequest>;
export const AppraisalDecision = z
  .object({
    version: Version,
    verdict: z.enum(APPRAISAL_VERDICTS, { message: '请选择鉴定结论' }),
    reasoning: z.string().trim().min(2, '请填写鉴定意见').max(4000, '最多 4000 个字符'),
    evidence: z.array(AttachmentUpload).max(6, '最多 6 张图片').default([]),
  })
  .openapi('AppraisalDecision');
export type AppraisalDecision = z.infer<typeof AppraisalDecision>;
export const Appraisal = z
  .object({
    id: z.string(),
    workOrderId: z.string(),
    question: z.string(),
    faultCodes: z.array(z.string()),
    status: z.enum(['requested', 'decided']),
    verdict: z.enum(APPRAISAL_VERDICTS).nullable(),
    reasoning: z.string().nullable(),
    requestedByName: z.string(),
    requestedAt: z.string(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    evidence: z.array(AttachmentInfo),
    version: z.number(),
  })
  .openapi('Appraisal');
export type Appraisal = z.infer<typeof Appraisal>;

// ---- quality (质量信息反馈) ---------------------------------------------------------------------------------------
export const FAULT_SOURCES = ['repair', 'comeback', 'claim', 'visit', 'complaint'] as const;
export type FaultSource = (typeof FAULT_SOURCES)[number];
/** Grouping: model (or product), production batch (VIN without its last 3 serial digits), part, fault code. */
export const FAULT_DIMENSIONS = ['model', 'vinBatch', 'part', 'faultCode'] as const;
export type FaultDimension = (typeof FAULT_DIMENSIONS)[number];
export const FaultStatsQuery = z
  .object({
    from: IsoDate,
    to: IsoDate,
    by: z.enum(FAULT_DIMENSIONS, { message: '未知的统计维度' }).default('model'),
    sources: z
      .string()
      .trim()
      .max(100)
      .regex(/^((repair|comeback|claim|visit|complaint)(,|$))*$/, '来源为 repair、comeback、claim、visit、complaint,逗号分隔')
      .optional()
      .openapi({ description: '逗号分隔:repair,comeback,claim,visit,complaint' }),
    model: z.string().trim().max(60, '车型最多 60 个字符').optional(),
  })
  .openapi('FaultStatsQuery');
export type FaultStatsQuery = z.infer<typeof FaultStatsQuery>;
export const FaultStatsRow = z
  .object({
    key: z.string(),
    total: z.number(),
    bySource: z.record(z.string(), z.number()),
    /** The first event of this key in the period (a quality feedback opened from the row starts there). */
    firstAt: z.string(),
    /** A model the key belongs to (for a part, code or batch: the most frequent one), to prefill a feedback. */
    model: z.string(),
  })
  .openapi('FaultStatsRow');
export const FaultStats = z
  .object({
    from: IsoDate,
    to: IsoDate,
    by: z.enum(FAULT_DIMENSIONS),
    sources: z.array(z.enum(FAULT_SOURCES)),
    total: z.number(),
    totalBySource: z.record(z.string(), z.number()),
    rows: z.array(FaultStatsRow),
    /** Counts per month (YYYY-MM, the point's zone) of the top keys: the trend chart. */
    months: z.array(z.string()),
    trend: z.array(z.object({ month: z.string(), key: z.string(), count: z.number() })),
    /** Quality feedback of the scope whose fix was published in the period: days from first report to the fix. */
    timeToFix: z.object({ count: z.number(), averageDays: z.number().nullable(), maxDays: z.number().nullable() }),
  })
  .openapi('FaultStats');
export type FaultStats = z.infer<typeof FaultStats>;

export const QUALITY_STATUSES = ['open', 'in_progress', 'closed'] as const;
export const QualityFeedbackInput = z
  .object({
    title: z.string().trim().min(2, '请填写标题').max(120, '标题最多 120 个字符'),
    description: text(4000, '描述').default(''),
    model: text(60, '车型').default(''),
    productionMonth: z
      .string()
      .trim()
      .regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, '生产月份格式为 YYYY-MM')
      .default(''),
    part: text(60, '配件').default(''),
    faultCode: z
      .string()
      .trim()
      .regex(/^([A-Za-z0-9-]{2,12})?$/, '故障码为 2–12 位字母或数字')
      .default(''),
    firstReportedAt: IsoDateTime.optional(),
  })
  .openapi('QualityFeedbackInput');
export type QualityFeedbackInput = z.infer<typeof QualityFeedbackInput>;
export const QualityFeedbackAction = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('note'), version: Version, text: z.string().trim().min(2, '请填写措施').max(1000, '最多 1000 个字符') }),
    z.object({ action: z.literal('link'), version: Version, articleId: z.uuid({ message: '请选择技术通报或故障案例' }) }),
    z.object({ action: z.literal('close'), version: Version, text: z.string().trim().min(2, '请填写关闭说明').max(1000, '最多 1000 个字符') }),
  ])
  .openapi('QualityFeedbackAction');
export type QualityFeedbackAction = z.infer<typeof QualityFeedbackAction>;
export const QualityFeedback = z
  .object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    description: z.string(),
    model: z.string(),
    productionMonth: z.string(),
    part: z.string(),
    faultCode: z.string(),
    status: z.enum(QUALITY_STATUSES),
    ownerName: z.string(),
    actions: z.array(z.object({ at: z.string(), byName: z.string(), text: z.string() })),
    articleId: z.string().nullable(),
    articleTitle: z.string().nullable(),
    firstReportedAt: z.string(),
    fixPublishedAt: z.string().nullable(),
    /** Days from the first report to the published fix (null until then). */
    daysToFix: z.number().nullable(),
    closedAt: z.string().nullable(),
    closingNote: z.string().nullable(),
    version: z.number(),
  })
  .openapi('QualityFeedback');
export type QualityFeedback = z.infer<typeof QualityFeedback>;
