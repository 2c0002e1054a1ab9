import { z } from '@hono/zod-openapi';
import { PRIORITIES, TICKET_ACTIONS, TICKET_CHANNELS, TICKET_KINDS, TICKET_STATUSES } from '../domain/tickets/status.js';
import { JsonValue, Version, IsoDateTime } from './common.js';

const Iso = IsoDateTime;
const Phone = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9+\-\s]*$/, '电话号码只能包含数字、+、- 和空格');

export const TicketIntake = z
  .object({
    servicePointId: z.uuid().optional(),
    channel: z.enum(TICKET_CHANNELS, { message: '请选择来源渠道' }),
    kind: z.enum(TICKET_KINDS, { message: '请选择类型' }),
    title: z.string().trim().min(1, '请填写标题').max(120, '标题不能超过 120 字'),
    description: z.string().trim().max(5000, '描述不能超过 5000 字').default(''),
    customerName: z.string().trim().min(1, '请填写客户姓名').max(40),
    customerPhone: Phone.default(''),
    customerEmail: z.union([z.literal(''), z.email('邮箱格式不正确')]).default(''),
    isVip: z.boolean().default(false),
    vehicleRef: z.string().trim().max(40).default(''),
    workOrderRef: z.string().trim().max(40).default(''),
    /** When the contact really happened (a phone call logged afterwards); defaults to now, never in the future. */
    receivedAt: Iso.optional(),
    category: z.string().trim().max(40).optional(),
    priority: z.enum(PRIORITIES).optional(),
  })
  .openapi('TicketIntake');
export type TicketIntake = z.infer<typeof TicketIntake>;

export const PublicTicketIntake = z
  .object({
    servicePointCode: z.string().trim().max(20).optional(),
    kind: z.enum(TICKET_KINDS, { message: '请选择类型' }),
    title: z.string().trim().min(1, '请填写标题').max(120, '标题不能超过 120 字'),
    description: z.string().trim().min(1, '请描述遇到的问题').max(3000, '描述不能超过 3000 字'),
    customerName: z.string().trim().min(1, '请填写您的称呼').max(40),
    customerPhone: z
      .string()
      .trim()
      .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号'),
    customerEmail: z.union([z.literal(''), z.email('邮箱格式不正确')]).default(''),
    vehicleRef: z.string().trim().max(40).default(''),
    /** Honeypot: humans leave it empty. */
    website: z.string().max(0, '提交失败').default(''),
  })
  .openapi('PublicTicketIntake');

export const SlaClock = z.object({
  dueAt: z.string().nullable(),
  remainingMinutes: z.number().nullable(),
  isBreached: z.boolean(),
  isPaused: z.boolean(),
  metAt: z.string().nullable(),
});
export const TicketSummary = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    number: z.string(),
    channel: z.enum(TICKET_CHANNELS),
    kind: z.enum(TICKET_KINDS),
    category: z.string().nullable(),
    causeCategory: z.string().nullable(),
    priority: z.enum(PRIORITIES),
    status: z.enum(TICKET_STATUSES),
    title: z.string(),
    customerName: z.string(),
    customerPhone: z.string(),
    isVip: z.boolean(),
    receivedAt: z.string(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    handlerEmployeeId: z.string().nullable(),
    handlerName: z.string().nullable(),
    escalationLevel: z.int32(),
    firstResponse: SlaClock,
    resolution: SlaClock,
    version: z.int32(),
  })
  .openapi('TicketSummary');
export type TicketSummary = z.infer<typeof TicketSummary>;

export const TicketEvent = z.object({
  id: z.string(),
  type: z.string(),
  authorName: z.string(),
  body: z.string(),
  isPublic: z.boolean(),
  /** Facts of the event by type (routing of 'created', the handler of 'assigned', the plan…); null when none. */
  data: JsonValue,
  at: z.string(),
});
export const Compensation = z
  .object({
    id: z.string(),
    amountFen: z.int32(),
    reason: z.string(),
    status: z.enum(['approved', 'pending', 'rejected']),
    requestedByName: z.string(),
    decidedByName: z.string().nullable(),
    decisionNote: z.string(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    version: z.int32(),
  })
  .openapi('Compensation');
export const TicketDetail = TicketSummary.extend({
  description: z.string(),
  customerEmail: z.string(),
  vehicleRef: z.string(),
  workOrderRef: z.string(),
  /** The car named by plate and its latest order at the point (linked on intake; staff only). */
  vehicleId: z.string().nullable(),
  workOrderId: z.string().nullable(),
  trackingToken: z.string(),
  plan: z.object({ departmentId: z.string().nullable(), deadline: z.string().nullable(), steps: z.string(), communication: z.string() }).nullable(),
  resolutionNote: z.string(),
  customerConfirmed: z.boolean().nullable(),
  handlerPositionId: z.string().nullable(),
  events: z.array(TicketEvent),
  compensations: z.array(Compensation),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), size: z.int32() })),
  escalationChain: z.array(z.object({ positionId: z.string(), title: z.string(), servicePointName: z.string() })),
  allowedActions: z.array(z.enum(TICKET_ACTIONS)),
}).openapi('TicketDetail');
export type TicketDetail = z.infer<typeof TicketDetail>;

export const TicketQuery = z.object({
  servicePointId: z.uuid().optional(),
  status: z.string().max(100).optional(),
  priority: z.enum(PRIORITIES).optional(),
  kind: z.enum(TICKET_KINDS).optional(),
  q: z.string().trim().max(50).optional(),
  mine: z.enum(['true', 'false']).optional(),
  breached: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const TicketAction = z
  .object({
    version: Version,
    action: z.enum(TICKET_ACTIONS, { message: '未知的操作' }),
    note: z.string().trim().max(2000).default(''),
  })
  .openapi('TicketActionRequest');
/** An employee the ticket may be reassigned to (转派), with their open tickets. */
export const TicketHandler = z
  .object({ employeeId: z.string(), name: z.string(), positionTitle: z.string(), openTickets: z.number() })
  .openapi('TicketHandler');
export const TicketAssign = z.object({
  version: Version,
  handlerEmployeeId: z.uuid({ message: '请选择处理人' }),
  departmentId: z.uuid().nullable().optional(),
  note: z.string().trim().max(500).default(''),
});
export const TicketUpdate = z.object({
  version: Version,
  priority: z.enum(PRIORITIES).optional(),
  category: z.string().trim().max(40).nullable().optional(),
  causeCategory: z.string().trim().max(40).nullable().optional(),
  isVip: z.boolean().optional(),
});
export const TicketPlan = z.object({
  version: Version,
  departmentId: z.uuid().nullable().default(null),
  deadline: Iso.nullable().default(null),
  steps: z.string().trim().min(1, '请填写处理方案').max(3000),
  communication: z.string().trim().max(1000).default(''),
});
export const TicketResolve = z.object({ version: Version, resolution: z.string().trim().min(1, '请填写处理结果').max(3000) });
export const TicketNote = z.object({ body: z.string().trim().min(1, '请填写内容').max(3000), isPublic: z.boolean().default(false) });
export const TicketEscalate = z.object({ version: Version, reason: z.string().trim().min(1, '请填写升级原因').max(1000) });
export const CompensationOffer = z.object({
  amountFen: z.number().int('金额以分为单位,须为整数').min(1, '金额须大于 0').max(100_000_000),
  reason: z.string().trim().min(1, '请填写补偿原因').max(1000),
});
export const CompensationDecision = z.object({ version: Version, approve: z.boolean(), note: z.string().trim().max(1000).default('') });
/** The compensation's id and status after an offer or a decision (approved within authority, else pending). */
export const CompensationResult = z.object({ id: z.string(), status: z.string() });
/** A compensation waiting for the current user's approval (within their authority). */
export const PendingCompensation = z
  .object({
    id: z.string(),
    ticketId: z.string(),
    ticketNumber: z.string(),
    ticketTitle: z.string(),
    amountFen: z.number(),
    reason: z.string(),
    requestedByName: z.string(),
    createdAt: z.string(),
    version: z.number(),
  })
  .openapi('PendingCompensation');
export type PendingCompensation = z.infer<typeof PendingCompensation>;
export const AttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

export const PublicTicketStatus = z
  .object({
    number: z.string(),
    status: z.enum(TICKET_STATUSES),
    title: z.string(),
    receivedAt: z.string(),
    servicePointName: z.string(),
    events: z.array(z.object({ type: z.string(), body: z.string(), at: z.string() })),
    canConfirm: z.boolean(),
    canEscalate: z.boolean(),
    surveyToken: z.string().nullable(),
  })
  .openapi('PublicTicketStatus');

// ---- public (no login): the feedback form, status by tracking token, survey ----
/** The tracking or survey token of a public link. */
export const TokenParams = z.object({
  token: z
    .string()
    .min(10)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, '无效的查询码'),
});
/** The multipart form: the PublicTicketIntake fields plus up to 3 attachments (checked by the handler). */
export const PublicTicketUpload = z
  .object({
    attachments: z
      .custom<File | File[]>()
      .optional()
      .openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
  })
  .passthrough()
  .openapi({ description: 'the same fields plus up to 3 attachments' });
export const PublicTicketCreated = z.object({ number: z.string(), trackingToken: z.string() }).openapi('PublicTicketCreated');
export type PublicTicketCreated = z.infer<typeof PublicTicketCreated>;
/** The customer accepts the resolution (closes the ticket) or says it is not solved (reopens). */
export const PublicTicketConfirm = z.object({ satisfied: z.boolean(), comment: z.string().trim().max(1000).default('') }).openapi('PublicTicketConfirm');
export type PublicTicketConfirm = z.infer<typeof PublicTicketConfirm>;
/** The customer escalates one level, or straight to the leadership. */
export const PublicTicketEscalate = z
  .object({ reason: z.string().trim().min(1, '请说明原因').max(1000), toLeadership: z.boolean().default(false) })
  .openapi('PublicTicketEscalate');
export type PublicTicketEscalate = z.infer<typeof PublicTicketEscalate>;
/** The satisfaction survey: its questions until answered, then the score. */
export const Survey = z
  .object({
    questions: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string() })).optional(),
    submitted: z.boolean(),
    score: z.number().nullable(),
  })
  .openapi('Survey');
export type Survey = z.infer<typeof Survey>;
/** Answers 1–5 by question key. */
export const SurveyAnswer = z
  .object({ answers: z.record(z.string(), z.int32().min(1).max(5)), comment: z.string().trim().max(1000).default('') })
  .openapi('SurveyAnswer');
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;
