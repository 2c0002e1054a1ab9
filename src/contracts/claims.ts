/** Warranty claims to the manufacturer (三包索赔), pre-authorisations, review, statements, old parts, supplier recovery. */
import { z } from '@hono/zod-openapi';
import { Version } from './common.js';
import { AttachmentInfo, AttachmentUpload } from './attachments.js';
import { CLAIM_STATUSES } from '../domain/claims/status.js';
import { RETURN_STATUSES, SUPPLIER_CLAIM_STATUSES } from '../domain/claims/old-parts.js';

const Uuid = (msg: string) => z.uuid({ message: msg });
const Code = (what: string) => z.string().trim().min(1, `请填写${what}`).max(40, `${what}最多 40 个字符`);
const Fen = z.int('金额以分为单位,须为整数').min(0, '金额不能为负').max(1_000_000_000, '金额过大');
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式须为 YYYY-MM');
const Reason = z.string().trim().max(500, '最多 500 个字符');

export const PreCheckFinding = z
  .object({ rule: z.string(), severity: z.enum(['reject', 'return']), path: z.string(), messageZh: z.string() })
  .openapi('ClaimPreCheckFinding');

export const ClaimLine = z
  .object({
    id: z.string(),
    lineNo: z.number(),
    kind: z.enum(['labor', 'parts']),
    code: z.string(),
    name: z.string(),
    hours: z.number().nullable(),
    qty: z.number().nullable(),
    unitPriceFen: z.number().nullable(),
    amountFen: z.number(),
    needsReturn: z.boolean(),
    tagNo: z.string().nullable(),
    returnStatus: z.enum(RETURN_STATUSES),
    deferralReason: z.string(),
    boxId: z.string().nullable(),
    batchId: z.string().nullable(),
    inspectionNote: z.string(),
    supplierId: z.string().nullable(),
    supplierClaimId: z.string().nullable(),
  })
  .openapi('ClaimLine');
export type ClaimLine = z.infer<typeof ClaimLine>;

export const WarrantyClaim = z
  .object({
    id: z.string(),
    number: z.string(),
    servicePointId: z.string(),
    stationName: z.string(),
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    vehicleId: z.string(),
    vin: z.string(),
    plate: z.string(),
    model: z.string(),
    status: z.enum(CLAIM_STATUSES),
    faultCode: z.string(),
    faultDescription: z.string(),
    causePartNo: z.string(),
    mileageKm: z.number(),
    completedAt: z.string(),
    otherCostFen: z.number(),
    otherCostNote: z.string(),
    laborFen: z.number(),
    partsFen: z.number(),
    otherFen: z.number(),
    amountFen: z.number(),
    approvedFen: z.number().nullable(),
    preauthId: z.string().nullable(),
    preChecks: z.array(PreCheckFinding).nullable(),
    preCheckedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    submittedByName: z.string().nullable(),
    submitCount: z.number(),
    reviewerName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string(),
    statementId: z.string().nullable(),
    lines: z.array(ClaimLine),
    photos: z.array(AttachmentInfo),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('WarrantyClaim');
export type WarrantyClaim = z.infer<typeof WarrantyClaim>;

export const ClaimCreate = z.object({ workOrderId: Uuid('请选择三包工单') }).openapi('ClaimCreate');
export type ClaimCreate = z.infer<typeof ClaimCreate>;

/** The 索赔专员's corrections; labor and parts replace the lines when given (parts must be on the order). */
export const ClaimUpdate = z
  .object({
    version: Version,
    faultCode: Code('故障代码').optional(),
    faultDescription: Reason.optional(),
    causePartNo: Code('责任件').optional(),
    mileageKm: z.int('里程须为整数').min(0, '里程不能为负').max(3_000_000, '里程过大').optional(),
    otherCostFen: Fen.optional(),
    otherCostNote: Reason.optional(),
    preauthId: Uuid('无效的预授权').nullable().optional(),
    labor: z
      .array(z.object({ code: Code('索赔工时代码'), hours: z.number().positive('工时须大于 0').max(999, '工时过大') }))
      .max(30, '最多 30 项')
      .optional(),
    parts: z
      .array(
        z.object({
          partNo: Code('配件号'),
          qty: z.number().positive('数量须大于 0').max(9999, '数量过大'),
          needsReturn: z.boolean().optional(),
        }),
      )
      .max(30, '最多 30 项')
      .optional(),
    photos: z.array(AttachmentUpload).max(6, '最多 6 张图片').default([]),
  })
  .openapi('ClaimUpdate');
export type ClaimUpdate = z.infer<typeof ClaimUpdate>;

export const ClaimSubmit = z.object({ version: Version }).openapi('ClaimSubmit');
export const ClaimDecision = z
  .object({
    version: Version,
    decision: z.enum(['approve', 'reject', 'return'], { message: '请选择通过、拒绝或退回' }),
    reason: Reason.default(''),
    /** The amount approved when it differs from the claimed amount (never above it). */
    approvedFen: Fen.optional(),
  })
  .refine((d) => d.decision === 'approve' || d.reason.length > 0, { path: ['reason'], message: '拒绝或退回须写明原因' })
  .openapi('ClaimDecision');
export type ClaimDecision = z.infer<typeof ClaimDecision>;

export const ClaimQuery = z.object({
  status: z.string().max(200).optional(),
  /** A station or a region: every station under it. */
  servicePointId: z.uuid({ message: '无效的网点' }).optional(),
  /** Only claims waiting at least this many days since submission. */
  minAgeDays: z.coerce.number().int().min(0).max(3650).optional(),
  q: z.string().max(40).optional(),
});
export type ClaimQuery = z.infer<typeof ClaimQuery>;

/** A warranty work order the 索赔专员 may claim (settled, no claim yet) or ask a pre-authorisation for (still open). */
export const ClaimWorkOrder = z
  .object({
    id: z.string(),
    number: z.string(),
    status: z.string(),
    type: z.string(),
    servicePointId: z.string(),
    completedAt: z.string().nullable(),
    plate: z.string(),
    vin: z.string(),
    model: z.string(),
  })
  .openapi('ClaimWorkOrder');
export const ClaimWorkOrderQuery = z.object({
  stage: z.enum(['claimable', 'open'], { message: '请选择 claimable 或 open' }).default('claimable'),
  q: z.string().trim().max(40).optional(),
});
export type ClaimWorkOrderQuery = z.infer<typeof ClaimWorkOrderQuery>;

export const ClaimPreauth = z
  .object({
    id: z.string(),
    number: z.string(),
    servicePointId: z.string(),
    workOrderId: z.string(),
    estimatedFen: z.number(),
    reason: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    requestedByName: z.string(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string(),
    version: z.number(),
    createdAt: z.string(),
  })
  .openapi('ClaimPreauth');
export type ClaimPreauth = z.infer<typeof ClaimPreauth>;
export const PreauthCreate = z
  .object({ workOrderId: Uuid('请选择工单'), estimatedFen: Fen.min(1, '预计金额须大于 0'), reason: z.string().trim().min(2, '请说明维修方案').max(500) })
  .openapi('PreauthCreate');
export type PreauthCreate = z.infer<typeof PreauthCreate>;
export const PreauthDecision = z
  .object({ version: Version, decision: z.enum(['approve', 'reject'], { message: '请选择批准或拒绝' }), reason: Reason.default('') })
  .openapi('PreauthDecision');
export type PreauthDecision = z.infer<typeof PreauthDecision>;

// ---- the manufacturer's catalog and settings ------------------------------------------------------------------

export const ClaimSettingsBody = z
  .object({
    version: z.int().min(0),
    laborRateFen: Fen,
    partsMarkupBp: z.int().min(0, '不能为负').max(10_000, '不能超过 100%'),
    otherCostCapFen: Fen,
    submitWithinDays: z.int().min(1, '至少 1 天').max(365, '最多 365 天'),
    duplicateWithinDays: z.int().min(0, '不能为负').max(365, '最多 365 天'),
    preauthAboveFen: Fen,
  })
  .openapi('ClaimSettings');
export type ClaimSettingsBody = z.infer<typeof ClaimSettingsBody>;

const Models = z.array(z.string().trim().min(1).max(40)).max(100, '最多 100 个车型').default([]);
export const FaultCode = z.object({ id: z.string(), code: z.string(), nameZh: z.string(), models: z.array(z.string()) }).openapi('ClaimFaultCode');
export const FaultCodeBody = z
  .object({ code: Code('故障代码'), nameZh: z.string().trim().min(1, '请填写名称').max(100), models: Models })
  .openapi('ClaimFaultCodeBody');
export type FaultCodeBody = z.infer<typeof FaultCodeBody>;
export const LaborCode = z
  .object({ id: z.string(), code: z.string(), nameZh: z.string(), hours: z.number(), faultCodes: z.array(z.string()), models: z.array(z.string()) })
  .openapi('ClaimLaborCode');
export const LaborCodeBody = z
  .object({
    code: Code('索赔工时代码'),
    nameZh: z.string().trim().min(1, '请填写名称').max(100),
    hours: z.number().positive('工时须大于 0').max(999),
    faultCodes: z.array(z.string().trim().min(1).max(40)).min(1, '至少对应一个故障代码').max(100),
    models: Models,
  })
  .openapi('ClaimLaborCodeBody');
export type LaborCodeBody = z.infer<typeof LaborCodeBody>;
export const ClaimPart = z
  .object({ id: z.string(), partNo: z.string(), name: z.string(), models: z.array(z.string()), needsReturn: z.boolean(), supplierId: z.string().nullable() })
  .openapi('ClaimPart');
export const ClaimPartBody = z
  .object({
    partNo: Code('配件号'),
    name: z.string().trim().min(1, '请填写名称').max(100),
    models: Models,
    needsReturn: z.boolean().default(true),
    supplierId: Uuid('无效的配套厂家').nullable().default(null),
  })
  .openapi('ClaimPartBody');
export type ClaimPartBody = z.infer<typeof ClaimPartBody>;
export const ComponentSupplier = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    contact: z.string(),
    claimedFen: z.number(),
    recoveredFen: z.number(),
    recoveryRateBp: z.number().nullable(),
  })
  .openapi('ComponentSupplier');
export type ComponentSupplier = z.infer<typeof ComponentSupplier>;
export const ComponentSupplierBody = z
  .object({ code: Code('厂家代码'), name: z.string().trim().min(1, '请填写名称').max(100), contact: z.string().trim().max(100).default('') })
  .openapi('ComponentSupplierBody');
export type ComponentSupplierBody = z.infer<typeof ComponentSupplierBody>;
export const ClaimCatalog = z
  .object({
    manufacturerPointId: z.string(),
    settings: ClaimSettingsBody,
    faultCodes: z.array(FaultCode),
    laborCodes: z.array(LaborCode),
    parts: z.array(ClaimPart),
    suppliers: z.array(ComponentSupplier),
  })
  .openapi('ClaimCatalog');
export type ClaimCatalog = z.infer<typeof ClaimCatalog>;

// ---- statements ------------------------------------------------------------------------------------------------

export const ClaimStatement = z
  .object({
    id: z.string().nullable(),
    number: z.string().nullable(),
    servicePointId: z.string(),
    stationName: z.string(),
    month: z.string(),
    claimCount: z.number(),
    claimsFen: z.number(),
    deductionFen: z.number(),
    payableFen: z.number(),
    claims: z.array(z.object({ id: z.string(), number: z.string(), vin: z.string(), decidedAt: z.string().nullable(), approvedFen: z.number() })),
    deductions: z.array(z.object({ lineId: z.string(), claimNumber: z.string(), tagNo: z.string().nullable(), name: z.string(), amountFen: z.number() })),
    createdAt: z.string().nullable(),
  })
  .openapi('ClaimStatement');
export type ClaimStatement = z.infer<typeof ClaimStatement>;
export const StatementCreate = z.object({ servicePointId: Uuid('请选择服务站'), month: Month }).openapi('ClaimStatementCreate');
export type StatementCreate = z.infer<typeof StatementCreate>;
export const StatementQuery = z.object({ servicePointId: Uuid('请选择服务站'), month: Month });

// ---- old parts -------------------------------------------------------------------------------------------------

export const OldPartBatch = z
  .object({
    id: z.string(),
    number: z.string(),
    servicePointId: z.string(),
    month: z.string(),
    kind: z.enum(['regular', 'urgent']),
    status: z.enum(['shipped', 'received']),
    expected: z.number(),
    returned: z.number(),
    missing: z.number(),
    shippedAt: z.string(),
    shippedByName: z.string(),
    receivedAt: z.string().nullable(),
    receivedByName: z.string().nullable(),
    version: z.number(),
    lines: z.array(ClaimLine.extend({ claimNumber: z.string() })),
  })
  .openapi('OldPartBatch');
export type OldPartBatch = z.infer<typeof OldPartBatch>;
export const BatchCreate = z
  .object({ month: Month, kind: z.enum(['regular', 'urgent']).default('regular'), lineIds: z.array(Uuid('无效的旧件')).min(1, '请选择旧件').max(2000) })
  .openapi('OldPartBatchCreate');
export type BatchCreate = z.infer<typeof BatchCreate>;
export const BatchReceipt = z
  .object({
    version: Version,
    lines: z
      .array(z.object({ lineId: Uuid('无效的旧件'), outcome: z.enum(['returned', 'missing'], { message: '请选择实返或缺失' }), note: Reason.default('') }))
      .min(1)
      .max(2000),
  })
  .openapi('OldPartBatchReceipt');
export type BatchReceipt = z.infer<typeof BatchReceipt>;
export const BoxCreate = z
  .object({ month: Month, weightGrams: z.int().min(0, '重量不能为负').max(1_000_000), lineIds: z.array(Uuid('无效的旧件')).min(1, '请选择旧件').max(500) })
  .openapi('OldPartBoxCreate');
export type BoxCreate = z.infer<typeof BoxCreate>;
export const OldPartBox = z
  .object({ id: z.string(), number: z.string(), month: z.string(), handlerName: z.string(), weightGrams: z.number(), count: z.number() })
  .openapi('OldPartBox');
export const DeferralRequest = z.object({ reason: z.string().trim().min(2, '请说明延返原因').max(500) }).openapi('OldPartDeferralRequest');
export const DeferralDecision = z.object({ decision: z.enum(['grant', 'refuse'], { message: '请选择同意或拒绝' }) }).openapi('OldPartDeferralDecision');
export const OldPartQuery = z.object({ status: z.string().max(200).optional(), servicePointId: z.uuid({ message: '无效的网点' }).optional() });
export type OldPartQuery = z.infer<typeof OldPartQuery>;
export const OldPart = ClaimLine.extend({ claimId: z.string(), claimNumber: z.string(), servicePointId: z.string(), vin: z.string() }).openapi('OldPart');
export type OldPart = z.infer<typeof OldPart>;

// ---- supplier recovery -----------------------------------------------------------------------------------------

export const SupplierClaim = z
  .object({
    id: z.string(),
    number: z.string(),
    supplierId: z.string(),
    supplierName: z.string(),
    status: z.enum(SUPPLIER_CLAIM_STATUSES),
    claimedFen: z.number(),
    recoveredFen: z.number(),
    note: z.string(),
    lineCount: z.number(),
    sentAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    version: z.number(),
    createdAt: z.string(),
  })
  .openapi('SupplierClaim');
export type SupplierClaim = z.infer<typeof SupplierClaim>;
export const SupplierClaimCreate = z
  .object({ supplierId: Uuid('请选择配套厂家'), lineIds: z.array(Uuid('无效的旧件')).min(1, '请选择旧件').max(500), note: Reason.default('') })
  .openapi('SupplierClaimCreate');
export type SupplierClaimCreate = z.infer<typeof SupplierClaimCreate>;
export const SupplierClaimAnswer = z.object({ version: Version, recoveredFen: Fen }).openapi('SupplierClaimAnswer');
export type SupplierClaimAnswer = z.infer<typeof SupplierClaimAnswer>;
