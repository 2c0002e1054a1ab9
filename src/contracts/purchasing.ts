/** Parts purchasing (采购): vendors, planning overrides, purchase suggestions, purchase orders and their receipts. */
import { z } from '@hono/zod-openapi';
import { PO_STATUSES } from '../domain/parts/reorder.js';
import { Version } from './common.js';

const Qty = z
  .number({ message: '数量须为数字' })
  .min(0.001, { message: '数量须大于 0', abort: true })
  .max(1_000_000, { message: '数量过大', abort: true })
  .refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, '数量最多 3 位小数');
const Level = z
  .number({ message: '须为数字' })
  .min(0, { message: '不能为负', abort: true })
  .max(1_000_000, { message: '数量过大', abort: true })
  .refine((q) => Number.isInteger(q), '须为整数');
const Fen = z.number({ message: '请填写进价' }).int('进价以分为单位,须为整数').min(0, '进价不能为负').max(100_000_000, '进价过大');

export const VENDOR_KINDS = ['oem', 'local'] as const;
export const VendorCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,20}$/, '供应商编码须为 1–20 位字母、数字或 -'),
    name: z.string().trim().min(1, '请填写供应商名称').max(60, '名称最多 60 字'),
    kind: z.enum(VENDOR_KINDS, { message: '类型须为 主机厂配件中心(oem) 或 本地供应商(local)' }).default('local'),
    leadTimeDays: z.number({ message: '请填写到货周期' }).int('到货周期须为整天').min(0, '到货周期不能为负').max(365, '到货周期最多 365 天'),
    contact: z.string().trim().max(40).default(''),
    phone: z.string().trim().max(30).default(''),
  })
  .openapi('VendorCreate');
export type VendorCreate = z.infer<typeof VendorCreate>;
export const Vendor = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(VENDOR_KINDS),
    leadTimeDays: z.number(),
    contact: z.string(),
    phone: z.string(),
    isActive: z.boolean(),
    version: z.number(),
  })
  .openapi('Vendor');
export type Vendor = z.infer<typeof Vendor>;

/** The planner's figures for a part; null reorder point / safety stock = use the computed ones. */
export const PartPlanningUpdate = z
  .object({
    vendorId: z.uuid({ message: '请选择供应商' }).nullable().optional(),
    pack: Level.refine((q) => q >= 1, '包装数至少为 1').optional(),
    reorderPoint: Level.nullable().optional(),
    safetyStock: Level.nullable().optional(),
  })
  .openapi('PartPlanningUpdate');
export type PartPlanningUpdate = z.infer<typeof PartPlanningUpdate>;

export const SuggestionQuery = z.object({ servicePointId: z.uuid().optional(), vendorId: z.uuid().optional() });
export const SuggestionLine = z
  .object({
    partId: z.string(),
    partNo: z.string(),
    name: z.string(),
    unit: z.string(),
    vendorId: z.string().nullable(),
    vendorName: z.string(),
    leadTimeDays: z.number(),
    meanDailyDemand: z.number(),
    safetyStock: z.number(),
    reorderPoint: z.number(),
    overridden: z.boolean(),
    onHand: z.number(),
    reserved: z.number(),
    backordered: z.number(),
    onOrder: z.number(),
    position: z.number(),
    qty: z.number(),
    reason: z.enum(['reorder', 'backorder']),
    unitCostFen: z.number(),
    valueFen: z.number(),
  })
  .openapi('PurchaseSuggestionLine');
export type SuggestionLine = z.infer<typeof SuggestionLine>;
export const Suggestion = z
  .object({ items: z.array(SuggestionLine), partsConsidered: z.number(), historyDays: z.number(), safetyFactor: z.number(), generatedAt: z.string() })
  .openapi('PurchaseSuggestion');
export type Suggestion = z.infer<typeof Suggestion>;

const PoLineInput = z.object({ partId: z.uuid({ message: '请选择配件' }), qty: Qty, unitCostFen: Fen.optional() });
export const PurchaseOrderCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    vendorId: z.uuid({ message: '请选择供应商' }),
    lines: z.array(PoLineInput).min(1, '至少一行配件').max(500, '最多 500 行'),
    note: z.string().trim().max(200).default(''),
  })
  .openapi('PurchaseOrderCreate');
export type PurchaseOrderCreate = z.infer<typeof PurchaseOrderCreate>;

export const PoActionBody = z.object({ version: Version, note: z.string().trim().max(200).default('') }).openapi('PurchaseOrderAction');
export type PoActionBody = z.infer<typeof PoActionBody>;

export const PurchaseOrderLine = z.object({
  id: z.string(),
  partId: z.string(),
  partNo: z.string(),
  name: z.string(),
  unit: z.string(),
  ordered: z.number(),
  received: z.number(),
  open: z.number(),
  unitCostFen: z.number(),
  amountFen: z.number(),
});
export const PurchaseOrder = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    number: z.string(),
    vendorId: z.string(),
    vendorName: z.string(),
    status: z.enum(PO_STATUSES),
    totalFen: z.number(),
    note: z.string(),
    createdByName: z.string(),
    approvedByName: z.string(),
    decisionNote: z.string(),
    sentAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number(),
    lines: z.array(PurchaseOrderLine),
  })
  .openapi('PurchaseOrder');
export type PurchaseOrder = z.infer<typeof PurchaseOrder>;
export const PurchaseOrderQuery = z.object({
  servicePointId: z.uuid().optional(),
  status: z.enum(PO_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Receiving against an order (到货入库): some lines, partial quantities; more than ordered only with confirmOver. */
export const PoReceipt = z
  .object({
    version: Version,
    lines: z
      .array(z.object({ lineId: z.uuid({ message: '无效的订单行' }), qty: Qty, locationId: z.uuid({ message: '请选择库位' }), unitCostFen: Fen.optional() }))
      .min(1, '至少收货一行')
      .max(500),
    /** The keeper confirms taking in more than was ordered (收货超订). */
    confirmOver: z.boolean().default(false),
  })
  .openapi('PurchaseReceipt');
export type PoReceipt = z.infer<typeof PoReceipt>;
export const PoReceiptResult = z
  .object({
    order: PurchaseOrder,
    fulfilled: z.array(z.object({ workOrderId: z.string(), workOrderNumber: z.string(), workOrderLineId: z.string(), qty: z.number() })),
  })
  .openapi('PurchaseReceiptResult');
export type PoReceiptResult = z.infer<typeof PoReceiptResult>;

/** The parts dashboard (配件看板): station KPIs of a period (RULES.md), dead stock and ABC classes, lead times by supplier. */
export const PartsKpiQuery = z.object({
  servicePointId: z.uuid().optional(),
  days: z.coerce.number().int('天数须为整数').min(7, '至少 7 天').max(730, '最多 730 天').default(365),
  deadMonths: z.coerce.number().int('月数须为整数').min(1, '至少 1 个月').max(36, '最多 36 个月').default(7),
});
export const PartsKpis = z
  .object({
    from: z.string(),
    to: z.string(),
    days: z.number(),
    fillRate: z.object({ pickedLines: z.number(), filledLines: z.number(), rate: z.number().nullable() }),
    stockValueFen: z.number(),
    issueCostFen: z.number(),
    turnover: z.number().nullable(),
    annualizedTurnover: z.number().nullable(),
    daysOfStock: z.number().nullable(),
    deadStock: z.object({
      months: z.number(),
      cutoff: z.string(),
      parts: z.number(),
      valueFen: z.number(),
      share: z.number().nullable(),
      top: z.array(
        z.object({ partId: z.string(), partNo: z.string(), name: z.string(), onHand: z.number(), valueFen: z.number(), lastMovementAt: z.string().nullable() }),
      ),
    }),
    abc: z.object({
      A: z.object({ parts: z.number(), usageFen: z.number() }),
      B: z.object({ parts: z.number(), usageFen: z.number() }),
      C: z.object({ parts: z.number(), usageFen: z.number() }),
    }),
    leadTimes: z.array(z.object({ vendorId: z.string(), vendorName: z.string(), orders: z.number(), meanDays: z.number(), maxDays: z.number() })),
  })
  .openapi('PartsKpis');
export type PartsKpis = z.infer<typeof PartsKpis>;

/** Edit a vendor's master data: name, order layout (kind: oem upload / local priced sheet), lead time, contact, active. */
export const VendorUpdate = VendorCreate.omit({ servicePointId: true, code: true })
  .extend({ isActive: z.boolean().default(true), version: Version })
  .openapi('VendorUpdate');
export type VendorUpdate = z.infer<typeof VendorUpdate>;

/** The planner's table of parts: the computed levels beside the override (null = the computed one applies). */
export const PartPlanningQuery = z.object({
  servicePointId: z.uuid().optional(),
  q: z.string().trim().max(40).optional(),
  vendorId: z.uuid().optional(),
});
export const PartPlanningRow = z
  .object({
    partId: z.string(),
    partNo: z.string(),
    name: z.string(),
    unit: z.string(),
    vendorId: z.string().nullable(),
    vendorName: z.string(),
    pack: z.number(),
    leadTimeDays: z.number(),
    meanDailyDemand: z.number(),
    computedReorderPoint: z.number(),
    computedSafetyStock: z.number(),
    reorderPoint: z.number().nullable(),
    safetyStock: z.number().nullable(),
    onHand: z.number(),
  })
  .openapi('PartPlanningRow');
export type PartPlanningRow = z.infer<typeof PartPlanningRow>;
