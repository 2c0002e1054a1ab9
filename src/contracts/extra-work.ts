/** 增项 (extra work found on the car): report, price, ask the customer (link or counter), and 拒修项目 of a car. */
import { z } from '@hono/zod-openapi';
import { IsoDateTime, Version } from './common.js';
import { AttachmentInfo, AttachmentUpload } from './attachments.js';
import { EXTRA_WORK_STATUSES } from '../domain/extra-work/status.js';

const Uuid = (msg: string) => z.uuid({ message: msg });

/** The technician's report: what was found, photos, a suggested labor operation and optional parts. */
export const ExtraWorkReport = z
  .object({
    description: z.string().trim().min(2, '请描述发现的问题').max(1000, '最多 1000 个字符'),
    laborOperationId: Uuid('请选择建议的工时项目').nullable().optional(),
    parts: z
      .array(z.object({ partId: Uuid('无效的配件'), qty: z.number().positive('数量须大于 0').max(9999, '数量过大') }))
      .max(20, '最多 20 个配件')
      .default([]),
    photos: z.array(AttachmentUpload).max(6, '最多 6 张图片').default([]),
  })
  .openapi('ExtraWorkReport');
export type ExtraWorkReport = z.infer<typeof ExtraWorkReport>;

/** The advisor's pricing: the items the customer will see (labor hours and rate, parts and unit price) and the new promise. */
export const ExtraWorkPricing = z
  .object({
    version: Version,
    items: z
      .array(
        z.discriminatedUnion('kind', [
          z.object({
            kind: z.literal('labor'),
            laborOperationId: Uuid('请选择工时项目'),
            hours: z.number().positive('工时须大于 0').max(999, '工时过大').optional(),
            rateFen: z.int().min(0, '单价不能为负').max(10_000_000, '单价过大').optional(),
          }),
          z.object({
            kind: z.literal('parts'),
            partId: Uuid('请选择配件'),
            qty: z.number().positive('数量须大于 0').max(9999, '数量过大'),
            unitPriceFen: z.int().min(0, '单价不能为负').max(100_000_000, '单价过大').optional(),
          }),
        ]),
      )
      .min(1, '至少一项')
      .max(30, '最多 30 项'),
    promisedAt: IsoDateTime.nullable().optional(),
  })
  .openapi('ExtraWorkPricing');
export type ExtraWorkPricing = z.infer<typeof ExtraWorkPricing>;

export const ExtraWorkSend = z.object({ version: Version, channel: z.enum(['sms', 'wechat'], { message: '请选择短信或微信' }) }).openapi('ExtraWorkSend');
export type ExtraWorkSend = z.infer<typeof ExtraWorkSend>;

const Decisions = z
  .array(z.object({ itemId: Uuid('无效的项目'), decision: z.enum(['approved', 'refused'], { message: '请选择同意或拒绝' }) }))
  .min(1, '请对每一项选择同意或拒绝')
  .max(30);

/** At the counter: who confirmed, how, and (for 现场签字) the signature; the advisor is the witness. */
export const ExtraWorkCounterDecision = z
  .object({
    version: Version,
    decisions: Decisions,
    confirmedByName: z.string().trim().min(1, '请填写确认人').max(60),
    method: z.enum(['现场签字', '电话确认'], { message: '请选择确认方式' }),
    signature: z
      .string()
      .max(400_000, '签名图片过大')
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, '签名须为 PNG 图片')
      .optional(),
  })
  .openapi('ExtraWorkCounterDecision');
export type ExtraWorkCounterDecision = z.infer<typeof ExtraWorkCounterDecision>;

export const ExtraWorkPublicDecision = z.object({ decisions: Decisions }).openapi('ExtraWorkPublicDecision');
export type ExtraWorkPublicDecision = z.infer<typeof ExtraWorkPublicDecision>;

export const ExtraWorkItem = z
  .object({
    id: z.string(),
    kind: z.enum(['labor', 'parts']),
    laborOperationId: z.string().nullable(),
    partId: z.string().nullable(),
    code: z.string(),
    name: z.string(),
    hours: z.number().nullable(),
    rateFen: z.number().nullable(),
    qty: z.number().nullable(),
    unitPriceFen: z.number().nullable(),
    amountFen: z.number().nullable(),
    decision: z.enum(['pending', 'approved', 'refused']),
  })
  .openapi('ExtraWorkItem');
export type ExtraWorkItem = z.infer<typeof ExtraWorkItem>;

export const ExtraWork = z
  .object({
    id: z.string(),
    number: z.string(),
    servicePointId: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    vehicleId: z.string(),
    plate: z.string(),
    status: z.enum(EXTRA_WORK_STATUSES),
    description: z.string(),
    reportedByName: z.string(),
    reportedAt: z.string(),
    pricedByName: z.string().nullable(),
    pricedAt: z.string().nullable(),
    proposedPromisedAt: z.string().nullable(),
    sentChannel: z.string().nullable(),
    sentAt: z.string().nullable(),
    linkExpiresAt: z.string().nullable(),
    /** The customer's page, shown to the advisor right after sending (to read out or resend); null otherwise. */
    link: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decidedVia: z.string().nullable(),
    confirmedByName: z.string().nullable(),
    confirmMethod: z.string().nullable(),
    witnessName: z.string().nullable(),
    totalFen: z.number().nullable(),
    approvedFen: z.number(),
    items: z.array(ExtraWorkItem),
    photos: z.array(AttachmentInfo),
    version: z.number(),
  })
  .openapi('ExtraWork');
export type ExtraWork = z.infer<typeof ExtraWork>;

export const ExtraWorkQuery = z.object({
  workOrderId: z.uuid({ message: '无效的工单' }).optional(),
  /** Comma-separated statuses; `open` = reported, priced, sent, expired. */
  status: z.string().max(200).optional(),
  servicePointId: z.uuid({ message: '无效的网点' }).optional(),
});
export type ExtraWorkQuery = z.infer<typeof ExtraWorkQuery>;

/** 拒修项目 of a car: what the customer refused, when, on which order, for how much. */
export const RefusedWork = z
  .object({
    requestId: z.string(),
    number: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    decidedAt: z.string(),
    description: z.string(),
    items: z.array(z.object({ code: z.string(), name: z.string(), amountFen: z.number() })),
    amountFen: z.number(),
  })
  .openapi('RefusedWork');
export type RefusedWork = z.infer<typeof RefusedWork>;

export const TokenParam = z.object({
  token: z
    .string()
    .min(20, '无效的链接')
    .max(64, '无效的链接')
    .regex(/^[A-Za-z0-9_-]+$/, '无效的链接'),
});

/** What the customer's page shows: station, car, items and prices; no names or phone numbers. */
export const PublicExtraWork = z
  .object({
    stationName: z.string(),
    stationPhone: z.string(),
    plate: z.string(),
    vehicle: z.string(),
    workOrderNumber: z.string(),
    description: z.string(),
    status: z.enum(EXTRA_WORK_STATUSES),
    expiresAt: z.string().nullable(),
    proposedPromisedAt: z.string().nullable(),
    timeZone: z.string(),
    items: z.array(ExtraWorkItem.pick({ id: true, kind: true, name: true, hours: true, qty: true, amountFen: true, decision: true })),
    totalFen: z.number(),
  })
  .openapi('PublicExtraWork');
export type PublicExtraWork = z.infer<typeof PublicExtraWork>;
