/** Network administration (issue 13 point 1): profiles, accreditation, scorecards, evaluations, rectification. */
import { z } from '@hono/zod-openapi';
import { ACCREDITATION_STATUSES, STARS } from '../domain/network-admin/index.js';
import { SERVICE_POINT_KINDS } from '../domain/org/templates/types.js';
import { IMPROVEMENT_STATUSES } from './crm.js';
import { AttachmentInfo, AttachmentUpload } from './attachments.js';
import { IsoDate, Version } from './common.js';
import { ServicePointCreate } from './org.js';

const ACTIONS = ['survey', 'approve', 'sign', 'open', 'rectify', 'resume', 'exit'] as const;
const Text = (max: number, label: string) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);

export const NetworkPoint = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    code: z.string(),
    nameZh: z.string(),
    kind: z.enum(SERVICE_POINT_KINDS),
    regionCodes: z.array(z.string()),
    star: z.enum(STARS),
    accreditation: z.enum(ACCREDITATION_STATUSES),
    nextActions: z.array(z.enum(ACTIONS)),
    lng: z.number().nullable(),
    lat: z.number().nullable(),
    /** This month's figures from the rollups (the point and everything below it). */
    month: z.object({ carsSettled: z.number().nullable(), revenueFen: z.number().nullable(), csi: z.number().nullable(), firstTimeFix: z.number().nullable() }),
    lastScore: z.number().nullable(),
    openRectifications: z.int32(),
    version: z.int32(),
  })
  .openapi('NetworkPoint');
export type NetworkPoint = z.infer<typeof NetworkPoint>;
export const NetworkOverview = z.object({ month: z.string(), items: z.array(NetworkPoint) }).openapi('NetworkOverview');

export const AccreditationRecord = z
  .object({
    id: z.string(),
    fromStatus: z.enum(ACCREDITATION_STATUSES).nullable(),
    toStatus: z.enum(ACCREDITATION_STATUSES),
    on: z.string(),
    note: z.string(),
    byName: z.string(),
    documents: z.array(AttachmentInfo),
  })
  .openapi('AccreditationRecord');
export type AccreditationRecord = z.infer<typeof AccreditationRecord>;

export const PointProfileUpdate = z
  .object({
    version: Version,
    star: z.enum(STARS).optional(),
    lng: z.number().min(-180, '经度须在 -180 与 180 之间').max(180, '经度须在 -180 与 180 之间').nullable().optional(),
    lat: z.number().min(-90, '纬度须在 -90 与 90 之间').max(90, '纬度须在 -90 与 90 之间').nullable().optional(),
  })
  .openapi('PointProfileUpdate');
export const AccreditationAct = z
  .object({
    version: Version,
    action: z.enum(ACTIONS),
    on: IsoDate,
    note: z.string().trim().max(1000, '说明不能超过 1000 字').default(''),
    documents: z.array(AttachmentUpload).max(20, '最多 20 个文件').default([]),
  })
  .openapi('AccreditationAct');
export type AccreditationAct = z.infer<typeof AccreditationAct>;

export const ScorecardItem = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,30}$/, '编码:小写字母、数字或 -,最多 30 个'),
  nameZh: Text(60, '项目名称'),
  weight: z.number({ message: '请填写权重' }),
  method: z.enum(['sampled', 'passfail']),
});
export const Scorecard = z
  .object({ id: z.string(), servicePointId: z.string(), nameZh: z.string(), items: z.array(ScorecardItem), active: z.boolean(), version: z.int32() })
  .openapi('Scorecard');
export type Scorecard = z.infer<typeof Scorecard>;
export const ScorecardCreate = z
  .object({ servicePointId: z.uuid().optional(), nameZh: Text(60, '名称'), items: z.array(ScorecardItem).max(40, '最多 40 项') })
  .openapi('ScorecardCreate');
export const ScorecardUpdate = z
  .object({ version: Version, nameZh: Text(60, '名称').optional(), items: z.array(ScorecardItem).max(40).optional(), active: z.boolean().optional() })
  .openapi('ScorecardUpdate');

const ItemScore = z.union([z.object({ pass: z.boolean() }), z.object({ sampled: z.number(), passed: z.number() })]);
export const Evaluation = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    scorecardId: z.string(),
    scorecardName: z.string(),
    period: z.string(),
    items: z.array(ScorecardItem),
    scores: z.record(z.string(), ItemScore),
    byItem: z.record(z.string(), z.number()),
    total: z.number(),
    note: z.string(),
    byName: z.string(),
    createdAt: z.string(),
    version: z.int32(),
  })
  .openapi('Evaluation');
export type Evaluation = z.infer<typeof Evaluation>;
export const EvaluationCreate = z
  .object({
    servicePointId: z.uuid(),
    scorecardId: z.uuid(),
    period: z.string().trim().max(10),
    scores: z.record(z.string(), ItemScore),
    note: z.string().trim().max(2000).default(''),
  })
  .openapi('EvaluationCreate');
export type EvaluationCreate = z.infer<typeof EvaluationCreate>;

export const Rectification = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    pointName: z.string(),
    evaluationId: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    ownerName: z.string(),
    dueOn: z.string(),
    status: z.enum(IMPROVEMENT_STATUSES),
    isOverdue: z.boolean(),
    reviewNote: z.string(),
    reviewedAt: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    version: z.int32(),
  })
  .openapi('Rectification');
export type Rectification = z.infer<typeof Rectification>;
export const RectificationCreate = z
  .object({
    servicePointId: z.uuid(),
    evaluationId: z.uuid().nullable().default(null),
    title: Text(120, '整改事项'),
    description: z.string().trim().max(2000).default(''),
    ownerName: Text(40, '负责人'),
    dueOn: IsoDate,
  })
  .openapi('RectificationCreate');
export type RectificationCreate = z.infer<typeof RectificationCreate>;
export const RectificationUpdate = z
  .object({
    version: Version,
    title: Text(120, '整改事项').optional(),
    ownerName: Text(40, '负责人').optional(),
    dueOn: IsoDate.optional(),
    status: z.enum(IMPROVEMENT_STATUSES).optional(),
    reviewNote: z.string().trim().max(2000).optional(),
  })
  .openapi('RectificationUpdate');
export type RectificationUpdate = z.infer<typeof RectificationUpdate>;
export const RectificationQuery = z.object({ servicePointId: z.uuid().optional(), openOnly: z.enum(['true', 'false']).optional() });

export const PointAdmin = z
  .object({ point: NetworkPoint, records: z.array(AccreditationRecord), evaluations: z.array(Evaluation), rectifications: z.array(Rectification) })
  .openapi('PointAdmin');
export type PointAdmin = z.infer<typeof PointAdmin>;

/** A candidate dealer: a new point (station or service provider) that enters the network in 申请. */
export const CandidateCreate = ServicePointCreate.omit({ kind: true, timeZone: true })
  .extend({
    kind: z.enum(['station', 'franchise'], { message: '候选网点须为特约服务站或服务商' }),
    lng: z.number().min(-180).max(180).nullable().default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    on: IsoDate,
    note: z.string().trim().max(1000).default(''),
  })
  .openapi('CandidateCreate');
