/** 事故车/保险定损: insurers and assessors, cases, 定损单 versions and the comparison, documents, receivables, payments. */
import { z } from '@hono/zod-openapi';
import { IsoDate, IsoDateTime, Phone, Version } from './common.js';
import { AttachmentInfo, AttachmentUpload } from './attachments.js';
import { CASE_DOCUMENTS, INSURANCE_CASE_EVENTS, INSURANCE_CASE_STATUSES } from '../domain/insurance/status.js';
import { AGING_BUCKETS } from '../domain/insurance/money.js';

const Uuid = (msg: string) => z.uuid({ message: msg });
const Fen = (max = 100_000_000) => z.int('金额须为整数(分)').min(0, '金额不能为负').max(max, '金额过大');

export const InsurerCreate = z
  .object({
    name: z.string().trim().min(2, '请填写保险公司名称').max(60, '最多 60 个字符'),
    contactPhone: Phone.default(''),
    paymentTermDays: z.int().min(0, '不能为负').max(365, '最多 365 天').default(30),
    servicePointId: Uuid('无效的服务网点编号').optional(),
  })
  .openapi('InsurerCreate');
export type InsurerCreate = z.infer<typeof InsurerCreate>;

export const AssessorCreate = z.object({ name: z.string().trim().min(1, '请填写定损员姓名').max(30), phone: Phone.default('') }).openapi('AssessorCreate');
export type AssessorCreate = z.infer<typeof AssessorCreate>;

export const Assessor = z.object({ id: z.string(), insurerId: z.string(), name: z.string(), phone: z.string(), isActive: z.boolean() }).openapi('Assessor');
export const Insurer = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    name: z.string(),
    contactPhone: z.string(),
    paymentTermDays: z.number(),
    isActive: z.boolean(),
    version: z.number(),
    assessors: z.array(Assessor),
  })
  .openapi('Insurer');
export type Insurer = z.infer<typeof Insurer>;

/** 报案登记. */
export const InsuranceCaseCreate = z
  .object({
    insurerId: Uuid('请选择保险公司'),
    assessorId: Uuid('无效的定损员').nullable().optional(),
    vehicleId: Uuid('请选择车辆'),
    policyNo: z.string().trim().min(4, '请填写保单号').max(40, '最多 40 个字符'),
    reportNo: z.string().trim().min(4, '请填写报案号').max(40, '最多 40 个字符'),
    accidentAt: IsoDateTime,
    accidentPlace: z.string().trim().min(2, '请填写出险地点').max(120, '最多 120 个字符'),
    partyKind: z.enum(['single', 'two', 'multi'], { message: '请选择单方或双方事故' }),
    description: z.string().trim().max(1000, '最多 1000 个字符').default(''),
    coversThirdParty: z.boolean().default(false),
    thirdPartyPlate: z.string().trim().max(20).nullable().optional(),
    thirdPartyOwner: z.string().trim().max(40).nullable().optional(),
    directPay: z.boolean().default(true),
    deductibleFen: Fen().default(0),
  })
  .openapi('InsuranceCaseCreate');
export type InsuranceCaseCreate = z.infer<typeof InsuranceCaseCreate>;

export const AssessmentLineInput = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('labor'),
      laborOperationId: Uuid('请选择工时项目'),
      qty: z.number({ message: '请填写工时' }).positive('工时须大于 0').max(999, '工时过大'),
      unitPriceFen: Fen(10_000_000),
    }),
    z.object({
      kind: z.literal('parts'),
      partId: Uuid('请选择配件'),
      qty: z.number({ message: '请填写数量' }).positive('数量须大于 0').max(9999, '数量过大'),
      unitPriceFen: Fen(),
    }),
  ])
  .openapi('AssessmentLineInput');
export type AssessmentLineInput = z.infer<typeof AssessmentLineInput>;

/** A 定损单 (kind initial) or a 追加定损 (kind supplement): lines with the assessed prices, salvage, photos/PDFs. */
export const AssessmentCreate = z
  .object({
    version: Version,
    kind: z.enum(['initial', 'supplement'], { message: '请选择定损或追加定损' }),
    lossObject: z.enum(['own', 'third_party'], { message: '请选择本车或三者车' }).default('own'),
    assessorName: z.string().trim().min(1, '请填写定损员').max(30),
    salvageFen: Fen().default(0),
    note: z.string().trim().max(1000).default(''),
    lines: z.array(AssessmentLineInput).min(1, '至少一项').max(60, '最多 60 项'),
    files: z.array(AttachmentUpload).max(10, '最多 10 个文件').default([]),
  })
  .openapi('AssessmentCreate');
export type AssessmentCreate = z.infer<typeof AssessmentCreate>;

/** The insurer's answer to a 追加定损, line by line; approved lines join the work order. */
export const SupplementDecision = z
  .object({
    version: Version,
    decisions: z
      .array(z.object({ lineId: Uuid('无效的项目'), approved: z.boolean({ message: '请选择核准或拒绝' }) }))
      .min(1, '请对每一项选择核准或拒绝')
      .max(60),
  })
  .openapi('SupplementDecision');
export type SupplementDecision = z.infer<typeof SupplementDecision>;

export const CaseAction = z
  .object({
    version: Version,
    action: z.enum(INSURANCE_CASE_EVENTS.filter((e) => !['assess', 'supplement', 'decide_supplement', 'pay_in_full'].includes(e)) as [string, ...string[]], {
      message: '无效的操作',
    }),
    /** start_repair: the work order of the repair (of the case's car). */
    workOrderId: Uuid('请选择工单').optional(),
  })
  .openapi('InsuranceCaseAction');
export type CaseAction = z.infer<typeof CaseAction>;

export const CaseDocuments = z
  .object({ version: Version, checked: z.array(z.enum(CASE_DOCUMENTS, { message: '无效的单证' })).max(CASE_DOCUMENTS.length) })
  .openapi('InsuranceCaseDocuments');
export type CaseDocuments = z.infer<typeof CaseDocuments>;

export const CaseFiles = z.object({ files: z.array(AttachmentUpload).min(1, '请选择文件').max(10, '最多 10 个文件') }).openapi('InsuranceCaseFiles');
export type CaseFiles = z.infer<typeof CaseFiles>;

export const InsurancePaymentCreate = z
  .object({
    amountFen: z.int('金额须为整数(分)').positive('回款金额须大于 0').max(1_000_000_000, '金额过大'),
    receivedOn: IsoDate,
    reference: z.string().trim().max(60).default(''),
  })
  .openapi('InsurancePaymentCreate');
export type InsurancePaymentCreate = z.infer<typeof InsurancePaymentCreate>;

/** Write off part of the receivable (核损差额): within one's authority at once, above it through 待我审批. */
export const InsuranceWriteOff = z
  .object({
    version: Version,
    amountFen: z.int('金额须为整数(分)').positive('核销金额须大于 0').max(1_000_000_000, '金额过大'),
    reason: z.string().trim().min(2, '请填写核销原因').max(300, '最多 300 个字符'),
  })
  .openapi('InsuranceWriteOff');
export type InsuranceWriteOff = z.infer<typeof InsuranceWriteOff>;

export const AssessmentLine = z
  .object({
    id: z.string(),
    kind: z.enum(['labor', 'parts']),
    refId: z.string(),
    code: z.string(),
    name: z.string(),
    qty: z.number(),
    unitPriceFen: z.number(),
    amountFen: z.number(),
    approved: z.boolean().nullable(),
  })
  .openapi('AssessmentLine');
export const Assessment = z
  .object({
    id: z.string(),
    seq: z.number(),
    kind: z.enum(['initial', 'supplement']),
    lossObject: z.enum(['own', 'third_party']),
    assessorName: z.string(),
    salvageFen: z.number(),
    note: z.string(),
    status: z.enum(['submitted', 'decided']),
    recordedByName: z.string(),
    recordedAt: z.string(),
    decidedAt: z.string().nullable(),
    lines: z.array(AssessmentLine),
    /** Approved amount of this version. */
    approvedFen: z.number(),
    files: z.array(AttachmentInfo),
  })
  .openapi('Assessment');
export type Assessment = z.infer<typeof Assessment>;

export const LineDifference = z
  .object({
    refId: z.string(),
    name: z.string(),
    assessedFen: z.number(),
    orderFen: z.number(),
    differenceFen: z.number(),
    kind: z.enum(['only_assessed', 'only_order', 'amount', 'same']),
  })
  .openapi('LineDifference');

export const InsuranceCase = z
  .object({
    id: z.string(),
    number: z.string(),
    servicePointId: z.string(),
    status: z.enum(INSURANCE_CASE_STATUSES),
    insurerId: z.string(),
    insurerName: z.string(),
    assessorId: z.string().nullable(),
    assessorName: z.string().nullable(),
    customerId: z.string(),
    customerName: z.string(),
    vehicleId: z.string(),
    plate: z.string(),
    workOrderId: z.string().nullable(),
    workOrderNumber: z.string().nullable(),
    policyNo: z.string(),
    reportNo: z.string(),
    accidentAt: z.string(),
    accidentPlace: z.string(),
    partyKind: z.enum(['single', 'two', 'multi']),
    description: z.string(),
    coversThirdParty: z.boolean(),
    thirdPartyPlate: z.string().nullable(),
    thirdPartyOwner: z.string().nullable(),
    directPay: z.boolean(),
    deductibleFen: z.number(),
    documents: z.array(z.string()),
    missingDocuments: z.array(z.string()),
    receivableFen: z.number().nullable(),
    customerShareFen: z.number().nullable(),
    paidFen: z.number(),
    writtenOffFen: z.number(),
    /** A write-off waiting for approval. */
    writeOffRequestFen: z.number().nullable(),
    writeOffReason: z.string().nullable(),
    invoicedOn: z.string().nullable(),
    /** Approved amount of every version. */
    approvedFen: z.number(),
    registeredByName: z.string(),
    createdAt: z.string(),
    version: z.number(),
    actions: z.array(z.string()),
  })
  .openapi('InsuranceCase');
export type InsuranceCase = z.infer<typeof InsuranceCase>;

export const InsurancePayment = z
  .object({ id: z.string(), amountFen: z.number(), receivedOn: z.string(), reference: z.string(), recordedByName: z.string(), createdAt: z.string() })
  .openapi('InsurancePayment');

export const InsuranceCaseDetail = InsuranceCase.extend({
  assessments: z.array(Assessment),
  comparison: z.array(LineDifference),
  /** The direct-pay split of the work order (null before there is an order). */
  split: z.object({ orderTotalFen: z.number(), insurerFen: z.number(), customerFen: z.number(), salvageFen: z.number() }).nullable(),
  payments: z.array(InsurancePayment),
  files: z.array(AttachmentInfo),
}).openapi('InsuranceCaseDetail');
export type InsuranceCaseDetail = z.infer<typeof InsuranceCaseDetail>;

export const InsuranceCaseQuery = z.object({
  servicePointId: Uuid('无效的服务网点编号').optional(),
  status: z.string().max(200).optional(),
  insurerId: Uuid('无效的保险公司').optional(),
  q: z.string().trim().max(40).optional(),
});
export type InsuranceCaseQuery = z.infer<typeof InsuranceCaseQuery>;

export const ReceivablesQuery = z.object({ servicePointId: Uuid('无效的服务网点编号').optional() });
export const ReceivableRow = z
  .object({
    caseId: z.string(),
    number: z.string(),
    insurerId: z.string(),
    insurerName: z.string(),
    plate: z.string(),
    invoicedOn: z.string(),
    ageDays: z.number(),
    bucket: z.enum(AGING_BUCKETS),
    receivableFen: z.number(),
    paidFen: z.number(),
    outstandingFen: z.number(),
  })
  .openapi('ReceivableRow');
export const Receivables = z
  .object({
    today: z.string(),
    items: z.array(ReceivableRow),
    byInsurer: z.array(
      z.object({ insurerId: z.string(), insurerName: z.string(), buckets: z.record(z.enum(AGING_BUCKETS), z.number()), outstandingFen: z.number() }),
    ),
  })
  .openapi('InsuranceReceivables');
export type Receivables = z.infer<typeof Receivables>;

export const AccidentRevenueQuery = z.object({ servicePointId: Uuid('无效的服务网点编号').optional(), from: IsoDate, to: IsoDate });
export const AccidentRevenue = z
  .object({
    items: z.array(z.object({ insurerId: z.string(), insurerName: z.string(), cases: z.number(), insurerFen: z.number(), customerFen: z.number() })),
  })
  .openapi('AccidentRevenue');
export type AccidentRevenue = z.infer<typeof AccidentRevenue>;
