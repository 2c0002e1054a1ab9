/** Warranty (三包): policies, a car's coverage and 三包 watch, repair facts, 换/退 requests, recalls and campaigns. */
import { z } from '@hono/zod-openapi';
import { IsoDate, IsoDateTime, Version } from './common.js';
import { MAIN_SYSTEMS } from '../domain/warranty/coverage.js';
import { SEVERE_FAILURES } from '../domain/warranty/watch.js';

const Months = (msg: string) => z.int32({ message: msg }).min(1, msg).max(240, '最多 240 个月');
const Km = (msg: string) => z.int32({ message: msg }).min(1, msg).max(2_000_000, '里程过大');
const PartNo = z.string().trim().min(1, '请填写零件号').max(40, '零件号最多 40 个字符');

const OwnPeriodPart = z.object({
  partNo: PartNo,
  nameZh: z.string().trim().min(1, '请填写零件名称').max(60, '最多 60 个字符'),
  months: Months('请填写保修月数'),
  km: Km('请填写保修里程'),
});

export const PolicyTerms = z
  .object({
    baoxiu: z.object({ months: Months('请填写包修期月数'), km: Km('请填写包修期里程') }),
    sanbao: z.object({ months: Months('请填写三包有效期月数'), km: Km('请填写三包有效期里程') }),
    mainParts: z
      .array(
        z.object({
          system: z.enum(MAIN_SYSTEMS, { message: '系统无效' }),
          partNos: z.array(PartNo).min(1, '至少一个零件号').max(200, '最多 200 个零件号'),
          assembly: z.boolean().default(false),
        }),
      )
      .max(50)
      .default([]),
    specialParts: z.array(OwnPeriodPart).max(200).default([]),
    wearParts: z.array(OwnPeriodPart).max(200).default([]),
    usageCoefficientBp: z.int32({ message: '请填写使用补偿系数' }),
  })
  .openapi('WarrantyPolicyTerms');

export const PolicyCreate = z
  .object({
    servicePointId: z.uuid({ message: '无效的网点' }).optional(),
    modelFamily: z.string().trim().min(1, '请填写车系').max(40, '车系最多 40 个字符'),
    terms: PolicyTerms,
  })
  .openapi('WarrantyPolicyCreate');
export type PolicyCreate = z.infer<typeof PolicyCreate>;
export const PolicyUpdate = z.object({ version: Version, terms: PolicyTerms }).openapi('WarrantyPolicyUpdate');
export type PolicyUpdate = z.infer<typeof PolicyUpdate>;

export const Policy = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    pointName: z.string(),
    modelFamily: z.string(),
    terms: PolicyTerms,
    /** Kept at the actor's own point or below it (editable), or above it (read only). */
    editable: z.boolean(),
    version: z.number(),
  })
  .openapi('WarrantyPolicy');

const PeriodStatus = z.object({ active: z.boolean(), endsOn: z.string(), endsKm: z.number(), daysLeft: z.number(), kmLeft: z.number() });
export const CoverageOut = z
  .object({
    covered: z.boolean(),
    period: z.enum(['baoxiu', 'sanbao', 'wear']).nullable(),
    endsOn: z.string().nullable(),
    endsKm: z.number().nullable(),
    reasonZh: z.string(),
    startsOn: z.string().nullable(),
    baoxiu: PeriodStatus.nullable(),
    sanbao: PeriodStatus.nullable(),
    policyId: z.string().nullable(),
  })
  .openapi('WarrantyCoverage');

export const CoverageQuery = z.object({
  partNo: z.string().trim().max(40).optional(),
  mileageKm: z.coerce.number().int().min(0, '里程不能为负').max(3_000_000).optional(),
  at: IsoDateTime.optional(),
});

const Finding = z.object({ key: z.string(), rule: z.string(), level: z.enum(['warning', 'alert']), messageZh: z.string() });
export const WatchOut = z
  .object({
    repairDays: z.number(),
    current: z.object({ workOrderId: z.string(), days: z.number(), loanerFrom: z.string(), loanerDue: z.boolean() }).nullable(),
    problems: z.array(z.object({ code: z.string(), zh: z.string(), count: z.number() })),
    partsReplaced: z.array(z.object({ partNo: z.string(), nameZh: z.string(), system: z.string().nullable(), count: z.number() })),
    assemblySwaps: z.array(z.object({ system: z.string(), count: z.number() })),
    safetyRepairs: z.number(),
    findings: z.array(Finding),
  })
  .openapi('WarrantyWatch');

export const CampaignBrief = z
  .object({ id: z.string(), number: z.string(), kind: z.enum(['recall', 'service']), title: z.string(), endsOn: z.string(), laborCode: z.string() })
  .openapi('CampaignBrief');

export const VehicleWarranty = z
  .object({
    vehicleId: z.string(),
    vin: z.string(),
    modelFamily: z.string(),
    mileageKm: z.number(),
    coverage: CoverageOut,
    watch: WatchOut,
    openCampaigns: z.array(CampaignBrief),
    usageCoefficientBp: z.number(),
  })
  .openapi('VehicleWarranty');

export const RepairFactsInput = z
  .object({
    problemCode: z.string().trim().min(1, '请填写故障代码或问题').max(40, '最多 40 个字符'),
    problemZh: z.string().trim().max(100, '最多 100 个字符').default(''),
    safetyFault: z.boolean().default(false),
    severeFailure: z.enum(SEVERE_FAILURES, { message: '无效的故障类型' }).nullable().default(null),
    excludedHours: z
      .int32()
      .min(0, '不能为负')
      .max(24 * 365, '时间过长')
      .default(0),
  })
  .openapi('WarrantyRepairFactsInput');
export type RepairFactsInput = z.infer<typeof RepairFactsInput>;
export const RepairFacts = RepairFactsInput.extend({ workOrderId: z.string(), version: z.number(), findings: z.array(Finding) }).openapi('WarrantyRepairFacts');

export const RETURN_STATUSES = ['open', 'accepted', 'refused', 'completed'] as const;
export const ReturnRequestCreate = z
  .object({
    vehicleId: z.uuid({ message: '请选择车辆' }),
    kind: z.enum(['replace', 'refund'], { message: '请选择换车或退货' }),
    basis: z.string().trim().max(20).default(''),
    reason: z.string().trim().min(2, '请填写申请理由').max(1000, '最多 1000 个字符'),
    priceFen: z.int({ message: '请填写车价款' }).min(1, '车价款须大于 0').max(100_000_000_00, '车价款过大'),
    mileageKm: z.int32({ message: '请填写行驶里程' }).min(0, '里程不能为负').max(3_000_000, '里程过大'),
    requestedAt: IsoDateTime.optional(),
  })
  .openapi('WarrantyReturnRequestCreate');
export type ReturnRequestCreate = z.infer<typeof ReturnRequestCreate>;
export const ReturnRequestAnswer = z
  .object({
    version: Version,
    decision: z.enum(['accepted', 'refused'], { message: '请选择同意或拒绝' }),
    answer: z.string().trim().min(2, '请填写答复').max(1000),
  })
  .openapi('WarrantyReturnRequestAnswer');
export const ReturnRequest = z
  .object({
    id: z.string(),
    number: z.string(),
    servicePointId: z.string(),
    vehicleId: z.string(),
    vin: z.string(),
    plate: z.string(),
    customerName: z.string(),
    kind: z.enum(['replace', 'refund']),
    basis: z.string(),
    reason: z.string(),
    requestedAt: z.string(),
    answerBy: z.string(),
    completeBy: z.string(),
    priceFen: z.number(),
    mileageKm: z.number(),
    coefficientBp: z.number(),
    usageChargeFen: z.number(),
    status: z.enum(RETURN_STATUSES),
    answer: z.string(),
    answeredAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    overdue: z.boolean(),
    version: z.number(),
  })
  .openapi('WarrantyReturnRequest');
/** The deadlines and the usage coefficient a 换/退 request made now would get (shown before it is recorded). */
export const ReturnTerms = z
  .object({
    requestedAt: z.string(),
    answerBy: z.string(),
    completeBy: z.string(),
    answerWorkingDays: z.number(),
    completeWorkingDays: z.number(),
    coefficientBp: z.number(),
    mileageKm: z.number(),
    startsOn: z.string().nullable(),
  })
  .openapi('WarrantyReturnTerms');
export const VehicleMatch = z
  .object({ id: z.string(), plate: z.string(), vin: z.string(), model: z.string(), customerName: z.string() })
  .openapi('WarrantyVehicleMatch');
export const VehicleSearch = z.object({ q: z.string().trim().min(2, '至少输入 2 个字符').max(40, '最多 40 个字符') });
export const ReturnRequestQuery = z.object({ status: z.enum(RETURN_STATUSES).optional(), vehicleId: z.uuid().optional() });

export const CampaignCreate = z
  .object({
    servicePointId: z.uuid({ message: '无效的网点' }).optional(),
    kind: z.enum(['recall', 'service'], { message: '请选择召回或服务活动' }),
    title: z.string().trim().min(2, '请填写活动名称').max(100, '最多 100 个字符'),
    description: z.string().trim().max(4000, '最多 4000 个字符').default(''),
    laborCode: z.string().trim().max(40).default(''),
    laborHours: z.number().min(0, '工时不能为负').max(100, '工时过大').default(0),
    parts: z
      .array(z.object({ partNo: PartNo, nameZh: z.string().trim().min(1, '请填写配件名称').max(60), qty: z.number().positive('数量须大于 0').max(999) }))
      .max(50)
      .default([]),
    startsOn: IsoDate,
    endsOn: IsoDate,
  })
  .refine((c) => c.endsOn >= c.startsOn, { path: ['endsOn'], message: '结束日期不能早于开始日期' })
  .openapi('CampaignCreate');
export type CampaignCreate = z.infer<typeof CampaignCreate>;

export const Campaign = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    pointName: z.string(),
    number: z.string(),
    kind: z.enum(['recall', 'service']),
    title: z.string(),
    description: z.string(),
    laborCode: z.string(),
    laborHours: z.number(),
    parts: z.array(z.object({ partNo: z.string(), nameZh: z.string(), qty: z.number() })),
    startsOn: z.string(),
    endsOn: z.string(),
    status: z.enum(['open', 'closed']),
    vinCount: z.number(),
    doneCount: z.number(),
    completionPermille: z.number(),
    version: z.number(),
  })
  .openapi('Campaign');

const Completion = z.object({
  pointId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  total: z.number(),
  done: z.number(),
  completionPermille: z.number(),
});
export const CampaignCompletion = z
  .object({
    regions: z.array(Completion.extend({ stations: z.array(Completion) })),
    unassigned: z.object({ total: z.number(), done: z.number() }),
  })
  .openapi('CampaignCompletion');

export const CampaignImport = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    fileName: z.string(),
    status: z.enum(['queued', 'running', 'failed', 'imported']),
    totalRows: z.number(),
    processedRows: z.number(),
    importedRows: z.number(),
    errorCount: z.number(),
    errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
    message: z.string(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('CampaignImport');

export const CampaignVinQuery = z.object({ stationId: z.uuid({ message: '无效的网点' }).optional() });
