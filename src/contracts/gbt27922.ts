/** GB/T 27922 self-assessment (issue 13 point 6): evidence per indicator, manual judgements, the scored result. */
import { z } from '@hono/zod-openapi';

export const GbtJudgement = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('pass') }),
    z.object({ kind: z.literal('fail'), reason: z.string().trim().min(1, '请填写不合格原因').max(500) }),
    z.object({ kind: z.literal('excluded'), reason: z.string().trim().min(1, '请填写不适用的理由').max(500) }),
    z.object({ kind: z.literal('sampled'), sampled: z.int32().min(0, '抽样数不能小于 0'), passed: z.int32().min(0, '合格数不能小于 0') }),
  ])
  .openapi('GbtJudgement');
export type GbtJudgement = z.infer<typeof GbtJudgement>;

export const GbtEvidence = z
  .object({
    key: z.string(),
    nameZh: z.string(),
    group: z.enum(['system', 'goods', 'customer']),
    method: z.enum(['qualitative', 'sampled']),
    /** What the system looks at. */
    looksAt: z.string(),
    /** What it found (one line each); empty when it holds no data. */
    found: z.array(z.string()),
    /** The judgement from the data, or null: manual evidence needed. */
    system: GbtJudgement.nullable(),
  })
  .openapi('GbtEvidence');
export type GbtEvidence = z.infer<typeof GbtEvidence>;

export const GbtManual = z.object({ judgement: GbtJudgement, note: z.string().trim().max(1000).default('') });

export const GbtEvidenceView = z
  .object({
    servicePointId: z.string(),
    pointName: z.string(),
    from: z.string(),
    to: z.string(),
    weights: z.record(z.string(), z.number()),
    indicators: z.array(GbtEvidence),
    /** The manual evidence and exclusions of the last saved assessment, to start from. */
    manual: z.record(z.string(), GbtManual),
  })
  .openapi('GbtEvidenceView');
export type GbtEvidenceView = z.infer<typeof GbtEvidenceView>;

export const GbtAssessInput = z
  .object({
    servicePointId: z.uuid().optional(),
    /** Preview only (试算): other weights to try. Saving always scores with the weights in force (GET /gbt27922/weights). */
    weights: z.record(z.string(), z.number()).optional(),
    /** Manual evidence or exclusion per indicator key; it replaces the system's judgement. */
    manual: z.record(z.string(), GbtManual).default({}),
  })
  .openapi('GbtAssessInput');
export type GbtAssessInput = z.infer<typeof GbtAssessInput>;

export const GbtIndicatorResult = GbtEvidence.extend({
  source: z.enum(['system', 'manual', 'missing']),
  judgement: GbtJudgement,
  note: z.string(),
  weight: z.number(),
  applicable: z.boolean(),
  earned: z.number(),
  lost: z.number(),
}).openapi('GbtIndicatorResult');
export type GbtIndicatorResult = z.infer<typeof GbtIndicatorResult>;

export const GbtAssessment = z
  .object({
    id: z.string().nullable(),
    servicePointId: z.string(),
    pointName: z.string(),
    assessedOn: z.string(),
    from: z.string(),
    to: z.string(),
    byName: z.string(),
    weights: z.record(z.string(), z.number()),
    indicators: z.array(GbtIndicatorResult),
    score: z.number(),
    grade: z.object({ key: z.string(), labelZh: z.string() }),
    next: z
      .object({
        labelZh: z.string(),
        min: z.number(),
        pointsShort: z.number(),
        gaps: z.array(z.object({ key: z.string(), nameZh: z.string(), lost: z.number() })),
      })
      .nullable(),
  })
  .openapi('GbtAssessment');
export type GbtAssessment = z.infer<typeof GbtAssessment>;

export const GbtAssessmentSummary = z
  .object({ id: z.string(), assessedOn: z.string(), score: z.number(), grade: z.string(), byName: z.string() })
  .openapi('GbtAssessmentSummary');
export const GbtPointQuery = z.object({ servicePointId: z.uuid().optional() });

/** The scoring weights in force at a point: set there, inherited from the nearest network point above, or the default. */
export const GbtWeights = z
  .object({
    servicePointId: z.string(),
    weights: z.record(z.string(), z.number()),
    /** 'own': set at this point; 'inherited': from `fromPointName`; 'default': equal shares. */
    source: z.enum(['own', 'inherited', 'default']),
    fromPointId: z.string().nullable(),
    fromPointName: z.string().nullable(),
    /** This point's own setting's version (0 = none yet); send it back with the update. */
    version: z.number(),
    updatedAt: z.string().nullable(),
    updatedByName: z.string().nullable(),
    /** Whether the user may set the weights at this point (HQ or a regional centre, with network or quality management). */
    canEdit: z.boolean(),
  })
  .openapi('GbtWeights');
export type GbtWeights = z.infer<typeof GbtWeights>;

export const GbtWeightsUpdate = z
  .object({
    version: z.number({ message: '缺少版本号 version' }).int().min(0),
    weights: z.record(z.string(), z.number({ message: '权重须为数字' })),
  })
  .openapi('GbtWeightsUpdate');
export type GbtWeightsUpdate = z.infer<typeof GbtWeightsUpdate>;
