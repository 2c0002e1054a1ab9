import { z } from '@hono/zod-openapi';
import { WORK_ORDER_ACTIONS, WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from '../domain/work-orders/status.js';
import { PAYERS } from '../domain/work-orders/quote.js';
import { REPAIR_CATEGORIES } from '../domain/work-orders/guarantee.js';
import { Version, IsoDateTime } from './common.js';

const Iso = IsoDateTime;
export const PreCheck = z.object({
  damageMarks: z
    .array(z.object({ area: z.string().trim().min(1).max(30), kind: z.string().trim().min(1).max(20), note: z.string().trim().max(100).default('') }))
    .max(40)
    .default([]),
  valuables: z.string().trim().max(300).default(''),
  warningLights: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  notes: z.string().trim().max(1000).default(''),
});

export const WorkOrderCreate = z
  .object({
    type: z.enum(WORK_ORDER_TYPES, { message: '请选择工单类型' }),
    vehicleId: z.uuid({ message: '请选择车辆' }),
    appointmentId: z.uuid().nullable().default(null),
    advisorEmployeeId: z.uuid().nullable().default(null),
    receivedAt: Iso.optional(),
    mileageIn: z.number({ message: '请填写进厂里程' }).int().min(0).max(3_000_000),
    fuelLevelPct: z.int32().min(0).max(100).nullable().default(null),
    preCheck: PreCheck.default({ damageMarks: [], valuables: '', warningLights: [], notes: '' }),
    concerns: z.string().trim().min(1, '请记录客户描述的问题或需求').max(2000),
    repairCategory: z.enum(REPAIR_CATEGORIES).default('minor'),
  })
  .openapi('WorkOrderCreate');
export type WorkOrderCreate = z.infer<typeof WorkOrderCreate>;

export const WorkOrderLineInput = z
  .object({
    kind: z.enum(['labor', 'parts']),
    laborOperationId: z.uuid().optional(),
    partId: z.uuid().optional(),
    /** Labor: hours (defaults to the catalog's standard hours for the car's model family). */
    hours: z.number().min(0).max(500).optional(),
    /** Parts: quantity. */
    qty: z.number().min(0.001).max(100000).optional(),
    payer: z.enum(PAYERS).optional(),
    discountPct: z.number().min(0).max(100).default(0),
    /** The service package (保养套餐) this line belongs to: the package's lines share its price. */
    packageId: z.uuid({ message: '无效的套餐' }).optional(),
  })
  .refine((l) => (l.kind === 'labor' ? !!l.laborOperationId : !!l.partId), { message: '工时行须选择工时项目,配件行须选择配件', path: ['kind'] });

export const WorkOrderLinesPut = z.object({ version: Version, lines: z.array(WorkOrderLineInput).max(200) }).openapi('WorkOrderLinesPut');
export const WorkOrderUpdate = z
  .object({
    version: Version,
    diagnosis: z.string().trim().max(3000).optional(),
    promisedAt: Iso.nullable().optional(),
    repairCategory: z.enum(REPAIR_CATEGORIES).optional(),
    towingFen: z.int32().min(0).optional(),
    hasLoanerCar: z.boolean().optional(),
    transportAllowanceFen: z.int32().min(0).optional(),
    oldPartsDisposition: z.enum(['customer-takes', 'customer-waives', 'none']).optional(),
    preCheck: PreCheck.optional(),
    concerns: z.string().trim().min(1).max(2000).optional(),
  })
  .openapi('WorkOrderUpdate');
export const WorkOrderSign = z.object({
  version: Version,
  signature: z
    .string()
    .max(400_000, '签名图片过大')
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, '签名须为 PNG 图片'),
});
export const WorkOrderActionRequest = z
  .object({ version: Version, action: z.enum(WORK_ORDER_ACTIONS, { message: '未知的操作' }), reason: z.string().trim().max(500).default('') })
  .openapi('WorkOrderActionRequest');

const Totals = z.object({ grossFen: z.number(), discountFen: z.number(), amountFen: z.number(), taxFen: z.number(), amountExTaxFen: z.number() });
export const WorkOrder = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    number: z.string(),
    type: z.enum(WORK_ORDER_TYPES),
    status: z.enum(WORK_ORDER_STATUSES),
    customerId: z.string(),
    customerName: z.string(),
    customerPhone: z.string(),
    vehicleId: z.string(),
    plate: z.string(),
    vin: z.string(),
    model: z.string(),
    advisorEmployeeId: z.string().nullable(),
    advisorName: z.string().nullable(),
    receivedAt: z.string(),
    mileageIn: z.number(),
    fuelLevelPct: z.number().nullable(),
    preCheck: PreCheck,
    concerns: z.string(),
    diagnosis: z.string(),
    repairCategory: z.string(),
    promisedAt: z.string().nullable(),
    isSigned: z.boolean(),
    signedAt: z.string().nullable(),
    confirmedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    towingFen: z.number(),
    hasLoanerCar: z.boolean(),
    transportAllowanceFen: z.number(),
    oldPartsDisposition: z.string(),
    reworkCount: z.number(),
    cancelReason: z.string(),
    appointmentId: z.string().nullable(),
    /** 预约进厂 (opened from a booking) or 自然进厂 (walk-in). */
    source: z.enum(['appointment', 'walk-in']),
    comebackOfId: z.string().nullable(),
    comebackOfNumber: z.string().nullable(),
    guarantee: z.object({ km: z.number(), days: z.number(), untilDate: z.string().nullable(), untilKm: z.number().nullable() }),
    /** From the last passed QC: the 竣工出厂合格证 number (where one is issued) and the 出厂里程. */
    qcCertificateNo: z.string().nullable(),
    mileageOut: z.number().nullable(),
    /** 下次保养 after a maintenance: date and km (domain/work-orders/maintenance-due.ts); null for other work. */
    nextMaintenance: z.object({ date: z.string(), km: z.number() }).nullable(),
    lines: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['labor', 'parts']),
        laborOperationId: z.string().nullable(),
        partId: z.string().nullable(),
        code: z.string(),
        name: z.string(),
        trade: z.string().nullable(),
        hours: z.number().nullable(),
        rateFen: z.number().nullable(),
        qty: z.number().nullable(),
        unitPriceFen: z.number().nullable(),
        payer: z.enum(PAYERS),
        discountPct: z.number(),
        amountFen: z.number(),
        /** The list amount before a discount or a package price. */
        grossFen: z.number(),
        packageId: z.string().nullable(),
        packageName: z.string().nullable(),
        /** Paid by this visit card (次卡). */
        visitCardId: z.string().nullable(),
      }),
    ),
    quote: z.object({
      total: Totals,
      laborFen: z.number(),
      partsFen: z.number(),
      customerPayableFen: z.number(),
      byPayer: z.record(z.string(), Totals.extend({ laborFen: z.number(), partsFen: z.number() })),
    }),
    allowedActions: z.array(z.enum(WORK_ORDER_ACTIONS)),
    version: z.number(),
  })
  .openapi('WorkOrder');
export type WorkOrder = z.infer<typeof WorkOrder>;

/**
 * A work order in a list: the header and the totals stored with the order (tax-inclusive fen: labor, parts, all, the
 * customer's share) — no lines, no split per payer; the detail (GET /work-orders/{id}) has those.
 */
export const WorkOrderListItem = WorkOrder.omit({ lines: true, quote: true })
  .extend({ totals: z.object({ laborFen: z.number(), partsFen: z.number(), amountFen: z.number(), customerPayableFen: z.number() }) })
  .openapi('WorkOrderListItem');
export type WorkOrderListItem = z.infer<typeof WorkOrderListItem>;

export const WorkOrderQuery = z.object({
  servicePointId: z.uuid().optional(),
  status: z.string().max(120).optional(),
  q: z.string().trim().max(40).optional(),
  vehicleId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type WorkOrderQuery = z.infer<typeof WorkOrderQuery>;

/** The suggested promised completion time and what it is based on. */
export const WorkOrderPromise = z
  .object({
    suggestedAt: z.string(),
    workingMinutes: z.number(),
    basis: z.object({ ownMinutes: z.number(), queueMinutes: z.number(), technicians: z.number(), partsShort: z.boolean() }),
  })
  .openapi('WorkOrderPromise');
export type WorkOrderPromise = z.infer<typeof WorkOrderPromise>;

// ---- repair quality-guarantee periods (质量保证期) ---------------------------
const GuaranteeTerms = z.object({ km: z.int32().min(0).optional(), days: z.int32().min(0).optional() });
/** The station's promised periods per repair category (absent = the legal minimum). */
export const GuaranteeSettingsPut = z
  .object({ servicePointId: z.uuid().optional(), settings: z.partialRecord(z.enum(REPAIR_CATEGORIES), GuaranteeTerms) })
  .openapi('GuaranteeSettingsPut');
export type GuaranteeSettingsPut = z.infer<typeof GuaranteeSettingsPut>;
/** The periods in force per repair category. */
export const GuaranteePeriods = z
  .object({ items: z.array(z.object({ category: z.enum(REPAIR_CATEGORIES), km: z.number(), days: z.number() })) })
  .openapi('GuaranteePeriods');
export type GuaranteePeriods = z.infer<typeof GuaranteePeriods>;
