/**
 * The manufacturer's field service: equipment archive (products, units, history), service requests with phone
 * diagnosis, on-site visits with response deadlines, engineers (skills, certificates, van stock), the plan board and
 * the engineer's phone page (check-in, report, parts, photos, signature, check-out).
 */
import { z } from '@hono/zod-openapi';
import { IsoDate, IsoDateTime, Phone, Version } from './common.js';
import { AttachmentInfo, AttachmentUpload } from './attachments.js';
import { TICKET_CHANNELS } from '../domain/tickets/status.js';
import { DIAGNOSIS_OUTCOMES, REQUEST_STATUSES, VISIT_KINDS, VISIT_STATUSES } from '../domain/field/visits.js';

const Uuid = (msg: string) => z.uuid({ message: msg });
const Clock = z.enum(['24x7', 'working'], { message: '计时方式须为 24x7 或 working(工作时间)' });
const Minutes = z.int('须为整数分钟').min(1, '至少 1 分钟').max(10_080, '最多 7 天(10080 分钟)');
const Lat = z.number({ message: '纬度须为数字' }).min(-90, '纬度须在 -90 到 90 之间').max(90, '纬度须在 -90 到 90 之间');
const Lng = z.number({ message: '经度须为数字' }).min(-180, '经度须在 -180 到 180 之间').max(180, '经度须在 -180 到 180 之间');
const RegionCode = z.string().regex(/^\d{6}$/, '行政区划代码须为 6 位数字');
const Skill = z.string().trim().min(1, '请填写技能/设备类别').max(40, '最多 40 个字符');
const HHmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式须为 HH:mm');
export const Signature = z
  .string()
  .max(400_000, '签名图片过大')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, '签名须为 PNG 图片');

// ---- products -------------------------------------------------------------------------------------------------
export const FieldProductInput = z
  .object({
    model: z.string().trim().min(1, '请填写型号').max(60, '最多 60 个字符'),
    name: z.string().trim().min(1, '请填写产品名称').max(100, '最多 100 个字符'),
    requiredSkill: Skill,
    warrantyMonths: z.int('须为整数').min(0, '不能为负').max(240, '最多 240 个月'),
    maintenanceIntervalMonths: z.int('须为整数').min(0, '不能为负').max(60, '最多 60 个月').default(2),
    responseMinutes: Minutes.nullable().optional(),
    responseClock: Clock.nullable().optional(),
    serviceMinutes: z.int('须为整数').min(5, '至少 5 分钟').max(1440, '最多 1440 分钟').default(90),
  })
  .openapi('FieldProductInput');
export type FieldProductInput = z.infer<typeof FieldProductInput>;

export const FieldProduct = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    model: z.string(),
    name: z.string(),
    requiredSkill: z.string(),
    warrantyMonths: z.number(),
    maintenanceIntervalMonths: z.number(),
    responseMinutes: z.number().nullable(),
    responseClock: z.string().nullable(),
    serviceMinutes: z.number(),
    version: z.number(),
  })
  .openapi('FieldProduct');
export type FieldProduct = z.infer<typeof FieldProduct>;

// ---- units ----------------------------------------------------------------------------------------------------
export const FieldUnitInput = z
  .object({
    productId: Uuid('请选择产品型号'),
    serial: z.string().trim().min(1, '请填写出厂编号').max(60, '最多 60 个字符'),
    customerName: z.string().trim().min(1, '请填写客户名称').max(100, '最多 100 个字符'),
    customerPhone: Phone.nullable().optional(),
    siteName: z.string().trim().max(100, '最多 100 个字符').default(''),
    siteAddress: z.string().trim().min(1, '请填写安装地址').max(200, '最多 200 个字符'),
    regionCode: RegionCode.nullable().optional(),
    lat: Lat.nullable().optional(),
    lng: Lng.nullable().optional(),
    soldOn: IsoDate.nullable().optional(),
    installedOn: IsoDate.nullable().optional(),
    /** Defaults to the install date; the warranty end follows from the product's warranty months. */
    warrantyStart: IsoDate.nullable().optional(),
    contractNo: z.string().trim().max(60, '最多 60 个字符').nullable().optional(),
    contractResponseMinutes: Minutes.nullable().optional(),
    contractResponseClock: Clock.nullable().optional(),
  })
  .openapi('FieldUnitInput');
export type FieldUnitInput = z.infer<typeof FieldUnitInput>;

export const FieldUnit = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    productId: z.string(),
    productModel: z.string(),
    productName: z.string(),
    requiredSkill: z.string(),
    serial: z.string(),
    customerName: z.string(),
    customerPhone: z.string().nullable(),
    siteName: z.string(),
    siteAddress: z.string(),
    regionCode: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    soldOn: z.string().nullable(),
    installedOn: z.string().nullable(),
    warrantyStart: z.string().nullable(),
    warrantyEnd: z.string().nullable(),
    inWarranty: z.boolean(),
    contractNo: z.string().nullable(),
    contractResponseMinutes: z.number().nullable(),
    contractResponseClock: z.string().nullable(),
    version: z.number(),
  })
  .openapi('FieldUnit');
export type FieldUnit = z.infer<typeof FieldUnit>;

export const FieldUnitQuery = z.object({
  q: z.string().trim().max(100).optional().openapi({ description: '出厂编号、客户、电话或安装地点' }),
  productId: z.uuid().optional(),
});
export type FieldUnitQuery = z.infer<typeof FieldUnitQuery>;

// ---- requests and visits --------------------------------------------------------------------------------------
export const FieldRequestInput = z
  .object({
    channel: z.enum(TICKET_CHANNELS, { message: '请选择受理渠道' }),
    unitId: Uuid('无效的设备').nullable().optional(),
    customerName: z.string().trim().min(1, '请填写客户名称').max(100, '最多 100 个字符').optional(),
    customerPhone: Phone.nullable().optional(),
    fault: z.string().trim().min(2, '请描述故障').max(2000, '最多 2000 个字符'),
    receivedAt: IsoDateTime.optional(),
  })
  .openapi('FieldRequestInput');
export type FieldRequestInput = z.infer<typeof FieldRequestInput>;

export const FieldDiagnosis = z
  .object({
    version: Version,
    outcome: z.enum(DIAGNOSIS_OUTCOMES, { message: '请选择诊断结果' }),
    note: z.string().trim().min(1, '请填写诊断记录').max(2000, '最多 2000 个字符'),
  })
  .openapi('FieldDiagnosis');
export type FieldDiagnosis = z.infer<typeof FieldDiagnosis>;

export const FieldVisit = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    number: z.string(),
    requestId: z.string().nullable(),
    requestNumber: z.string().nullable(),
    unitId: z.string(),
    serial: z.string(),
    productModel: z.string(),
    customerName: z.string(),
    customerPhone: z.string().nullable(),
    siteAddress: z.string(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    fault: z.string().nullable(),
    kind: z.enum(VISIT_KINDS),
    status: z.enum(VISIT_STATUSES),
    requiredSkill: z.string(),
    serviceMinutes: z.number(),
    deadlineAt: z.string().nullable(),
    deadlineSource: z.string().nullable(),
    deadlineClock: z.string().nullable(),
    plannedDate: z.string(),
    /** Assigned or moved by the dispatcher by hand: "plan routes" keeps it on its engineer. */
    pinned: z.boolean(),
    engineerId: z.string().nullable(),
    engineerName: z.string().nullable(),
    routeOrder: z.number().nullable(),
    etaAt: z.string().nullable(),
    /** The estimated (or actual) arrival is after the deadline. */
    missesDeadline: z.boolean(),
    escalationLevel: z.number(),
    escalatedToName: z.string().nullable(),
    levelDueAt: z.string().nullable(),
    checkInAt: z.string().nullable(),
    checkInGeo: z.string().nullable(),
    checkInLat: z.number().nullable(),
    checkInLng: z.number().nullable(),
    checkOutAt: z.string().nullable(),
    checkOutGeo: z.string().nullable(),
    report: z.string().nullable(),
    resolved: z.boolean().nullable(),
    signedByName: z.string().nullable(),
    hasSignature: z.boolean(),
    nextVisitId: z.string().nullable(),
    parts: z.array(z.object({ partCode: z.string(), partName: z.string(), qty: z.number() })),
    photos: z.array(AttachmentInfo),
    version: z.number(),
  })
  .openapi('FieldVisit');
export type FieldVisit = z.infer<typeof FieldVisit>;

export const FieldRequest = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    servicePointName: z.string(),
    receivedAtPointId: z.string(),
    routedBy: z.string(),
    number: z.string(),
    channel: z.string(),
    unitId: z.string().nullable(),
    serial: z.string().nullable(),
    productModel: z.string().nullable(),
    customerName: z.string(),
    customerPhone: z.string().nullable(),
    fault: z.string(),
    status: z.enum(REQUEST_STATUSES),
    receivedAt: z.string(),
    receivedByName: z.string(),
    contactedAt: z.string().nullable(),
    diagnosisOutcome: z.string().nullable(),
    diagnosisNote: z.string().nullable(),
    diagnosedByName: z.string().nullable(),
    closedAt: z.string().nullable(),
    visits: z.array(FieldVisit),
    version: z.number(),
  })
  .openapi('FieldRequest');
export type FieldRequest = z.infer<typeof FieldRequest>;

export const FieldRequestQuery = z.object({
  status: z.string().max(100).optional(),
  unitId: z.uuid().optional(),
});
export type FieldRequestQuery = z.infer<typeof FieldRequestQuery>;

export const FieldVisitInput = z
  .object({
    unitId: Uuid('请选择设备'),
    kind: z.enum(VISIT_KINDS, { message: '请选择上门类型' }),
    plannedDate: IsoDate,
    requestId: Uuid('无效的服务请求').nullable().optional(),
  })
  .openapi('FieldVisitInput');
export type FieldVisitInput = z.infer<typeof FieldVisitInput>;

export const FieldUnitHistory = z
  .object({
    unit: FieldUnit,
    requests: z.array(FieldRequest),
    visits: z.array(FieldVisit),
  })
  .openapi('FieldUnitHistory');
export type FieldUnitHistory = z.infer<typeof FieldUnitHistory>;

// ---- engineers ------------------------------------------------------------------------------------------------
export const FieldCertificateInput = z.object({
  skill: Skill,
  number: z.string().trim().max(60, '最多 60 个字符').default(''),
  validFrom: IsoDate,
  validUntil: IsoDate,
});
export const FieldEngineerInput = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(60, '最多 60 个字符'),
    phone: Phone.nullable().optional(),
    /** The engineer's login (their phone page). */
    username: z.string().trim().min(1).max(60).nullable().optional(),
    homeLat: Lat,
    homeLng: Lng,
    skills: z.array(Skill).max(20, '最多 20 项技能').default([]),
    shiftStart: HHmm.default('08:30'),
    shiftEnd: HHmm.default('17:30'),
    certificates: z.array(FieldCertificateInput).max(20).default([]),
  })
  .openapi('FieldEngineerInput');
export type FieldEngineerInput = z.infer<typeof FieldEngineerInput>;

export const FieldEngineer = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    userId: z.string().nullable(),
    homeLat: z.number(),
    homeLng: z.number(),
    skills: z.array(z.string()),
    shiftStart: z.string(),
    shiftEnd: z.string(),
    certificates: z.array(
      z.object({ id: z.string(), skill: z.string(), number: z.string(), validFrom: z.string(), validUntil: z.string(), valid: z.boolean() }),
    ),
    vanStock: z.array(z.object({ partCode: z.string(), partName: z.string(), qty: z.number() })),
    version: z.number(),
  })
  .openapi('FieldEngineer');
export type FieldEngineer = z.infer<typeof FieldEngineer>;

export const FieldVanStockInput = z
  .object({
    partCode: z.string().trim().min(1, '请填写配件编号').max(40, '最多 40 个字符'),
    partName: z.string().trim().min(1, '请填写配件名称').max(100, '最多 100 个字符'),
    /** Added (positive) or returned to the warehouse (negative); the van never goes below 0. */
    qty: z.int('须为整数').min(-9999, '数量过大').max(9999, '数量过大'),
  })
  .openapi('FieldVanStockInput');
export type FieldVanStockInput = z.infer<typeof FieldVanStockInput>;

// ---- board and the engineer's actions ---------------------------------------------------------------------------
export const FieldBoardQuery = z.object({ date: IsoDate, servicePointId: z.uuid().optional() });
export const FieldBoard = z
  .object({
    date: z.string(),
    servicePointId: z.string(),
    timeZone: z.string(),
    engineers: z.array(FieldEngineer),
    visits: z.array(FieldVisit),
  })
  .openapi('FieldBoard');
export type FieldBoard = z.infer<typeof FieldBoard>;

export const FieldAssign = z
  .object({
    version: Version,
    engineerId: Uuid('请选择工程师').nullable(),
    routeOrder: z.int().min(0).max(999).nullable().optional(),
  })
  .openapi('FieldAssign');
export type FieldAssign = z.infer<typeof FieldAssign>;

export const FieldGeo = z
  .object({
    status: z.enum(['ok', 'refused', 'unavailable'], { message: '定位状态须为 ok / refused / unavailable' }),
    lat: Lat.optional(),
    lng: Lng.optional(),
  })
  .refine((g) => g.status !== 'ok' || (g.lat !== undefined && g.lng !== undefined), { message: '定位成功时须带经纬度', path: ['lat'] })
  .openapi('FieldGeo');

export const FieldCheckIn = z.object({ version: Version, geo: FieldGeo }).openapi('FieldCheckIn');
export type FieldCheckIn = z.infer<typeof FieldCheckIn>;

export const FieldCheckOut = z
  .object({
    version: Version,
    geo: FieldGeo,
    report: z.string().trim().min(2, '请填写工作报告').max(4000, '最多 4000 个字符'),
    resolved: z.boolean({ message: '请选择是否已解决' }),
    parts: z
      .array(z.object({ partCode: z.string().trim().min(1, '请选择配件').max(40), qty: z.int('须为整数').min(1, '数量须大于 0').max(999, '数量过大') }))
      .max(30, '最多 30 个配件')
      .default([]),
    photos: z.array(AttachmentUpload).max(6, '最多 6 张图片').default([]),
    signature: Signature.nullable().optional(),
    signedByName: z.string().trim().max(60, '最多 60 个字符').nullable().optional(),
    /** When unresolved: the date of the next visit (defaults to the next day). */
    nextVisitDate: IsoDate.nullable().optional(),
  })
  .openapi('FieldCheckOut');
export type FieldCheckOut = z.infer<typeof FieldCheckOut>;

export const FieldMyVisitsQuery = z.object({ date: IsoDate.optional() });

// ---- training and certification ---------------------------------------------------------------------------------
export const FieldTrainingPlanInput = z
  .object({
    skill: Skill,
    title: z.string().trim().min(1, '请填写培训名称').max(100, '最多 100 个字符'),
    content: z.string().trim().max(2000, '最多 2000 个字符').default(''),
    trainer: z.string().trim().min(1, '请填写培训讲师').max(60, '最多 60 个字符'),
    hours: z.int('须为整数').min(1, '至少 1 学时').max(500, '最多 500 学时'),
    place: z.string().trim().min(1, '请填写培训地点').max(100, '最多 100 个字符'),
    startsOn: IsoDate,
    endsOn: IsoDate,
    audience: z.enum(['engineer', 'customer'], { message: '培训对象须为 engineer 或 customer' }).default('engineer'),
    customerName: z.string().trim().max(100).nullable().optional(),
    passScore: z.int().min(0).max(100).default(60),
    certificateMonths: z.int().min(1, '至少 1 个月').max(120, '最多 120 个月').default(24),
  })
  .openapi('FieldTrainingPlanInput');
export type FieldTrainingPlanInput = z.infer<typeof FieldTrainingPlanInput>;

export const FieldTrainingResultInput = z
  .object({
    engineerId: Uuid('无效的工程师').nullable().optional(),
    traineeName: z.string().trim().min(1, '请填写学员姓名').max(60).optional(),
    attended: z.boolean({ message: '请填写是否出勤' }),
    score: z.int('须为整数').min(0, '分数在 0 到 100 之间').max(100, '分数在 0 到 100 之间').nullable().optional(),
  })
  .openapi('FieldTrainingResultInput');
export type FieldTrainingResultInput = z.infer<typeof FieldTrainingResultInput>;

export const FieldTrainingPlan = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    skill: z.string(),
    title: z.string(),
    content: z.string(),
    trainer: z.string(),
    hours: z.number(),
    place: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    audience: z.string(),
    customerName: z.string().nullable(),
    passScore: z.number(),
    certificateMonths: z.number(),
    results: z.array(
      z.object({
        id: z.string(),
        engineerId: z.string().nullable(),
        traineeName: z.string(),
        attended: z.boolean(),
        score: z.number().nullable(),
        passed: z.boolean(),
        certificateId: z.string().nullable(),
      }),
    ),
    version: z.number(),
  })
  .openapi('FieldTrainingPlan');
export type FieldTrainingPlan = z.infer<typeof FieldTrainingPlan>;

export const FieldExpiringCertificate = z
  .object({ id: z.string(), engineerId: z.string(), engineerName: z.string(), skill: z.string(), validUntil: z.string(), daysLeft: z.number() })
  .openapi('FieldExpiringCertificate');
