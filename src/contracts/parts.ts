import { z } from '@hono/zod-openapi';
import { PART_LINE_STATUSES } from '../domain/parts/stock.js';
import { IsoDate, Version } from './common.js';

/** A quantity in the part's unit, at most 3 decimals (stored ×1000). */
const Qty = z
  .number({ message: '数量须为数字' })
  .min(0.001, { message: '数量须大于 0', abort: true })
  .max(1_000_000, { message: '数量过大', abort: true })
  .refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, '数量最多 3 位小数');
const Counted = z
  .number({ message: '数量须为数字' })
  .min(0, { message: '数量不能为负', abort: true })
  .max(1_000_000, { message: '数量过大', abort: true })
  .refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, '数量最多 3 位小数');

export const LocationCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,20}$/, '库位编码须为 1–20 位字母、数字或 -(如 A-01-01)'),
    name: z.string().trim().max(40).default(''),
  })
  .openapi('WarehouseLocationCreate');
export type LocationCreate = z.infer<typeof LocationCreate>;
export const LocationUpdate = z
  .object({ version: Version, code: LocationCreate.shape.code.optional(), name: z.string().trim().max(40).optional() })
  .openapi('WarehouseLocationUpdate');
export const Location = z
  .object({ id: z.string(), servicePointId: z.string(), code: z.string(), name: z.string(), version: z.number() })
  .openapi('WarehouseLocation');
export type Location = z.infer<typeof Location>;

export const StockReceipt = z
  .object({
    partId: z.uuid({ message: '请选择配件' }),
    locationId: z.uuid({ message: '请选择库位' }),
    qty: Qty,
    unitCostFen: z.number({ message: '请填写进价' }).int('进价以分为单位,须为整数').min(0, '进价不能为负').max(100_000_000, '进价过大'),
    note: z.string().trim().max(200).default(''),
  })
  .openapi('StockReceipt');
export type StockReceipt = z.infer<typeof StockReceipt>;

/** A stock count (盘点): the counted quantity at a location replaces the book quantity. */
export const StockAdjustment = z
  .object({
    partId: z.uuid({ message: '请选择配件' }),
    locationId: z.uuid({ message: '请选择库位' }),
    countedQty: Counted,
    reason: z.string().trim().min(1, '请填写调整原因').max(200),
  })
  .openapi('StockAdjustment');
export type StockAdjustment = z.infer<typeof StockAdjustment>;

const StockAtLocation = z.object({ locationId: z.string(), code: z.string(), onHand: z.number(), reserved: z.number() });
export const StockLevel = z
  .object({
    partId: z.string(),
    partNo: z.string(),
    name: z.string(),
    unit: z.string(),
    isActive: z.boolean(),
    costPriceFen: z.number(),
    onHand: z.number(),
    reserved: z.number(),
    available: z.number(),
    backordered: z.number(),
    valueFen: z.number(),
    locations: z.array(StockAtLocation),
  })
  .openapi('StockLevel');
export type StockLevel = z.infer<typeof StockLevel>;

export const BackorderFill = z.object({ workOrderId: z.string(), workOrderNumber: z.string(), workOrderLineId: z.string(), qty: z.number() });
export const StockChangeResult = z.object({ stock: StockLevel, fulfilled: z.array(BackorderFill) }).openapi('StockChangeResult');
export type StockChangeResult = z.infer<typeof StockChangeResult>;

export const PickingLine = z.object({
  workOrderLineId: z.string(),
  partId: z.string(),
  partNo: z.string(),
  name: z.string(),
  unit: z.string(),
  requested: z.number(),
  toPick: z.number(),
  issued: z.number(),
  returned: z.number(),
  short: z.number(),
  status: z.enum(PART_LINE_STATUSES),
  isFilledAtPick: z.boolean().nullable(),
  locationCodes: z.array(z.string()),
  /** Why the line was released as not needed; empty otherwise. */
  releaseReason: z.string(),
});
export const PickingList = z
  .object({ workOrderId: z.string(), workOrderNumber: z.string(), workOrderStatus: z.string(), plate: z.string(), lines: z.array(PickingLine) })
  .openapi('PickingList');
export type PickingList = z.infer<typeof PickingList>;

export const PickRequest = z
  .object({
    /** Lines and quantities to issue; omitted = everything reserved. */
    lines: z
      .array(z.object({ workOrderLineId: z.uuid({ message: '无效的工单行' }), qty: Qty }))
      .min(1, '请选择要领料的行')
      .max(200)
      .optional(),
  })
  .openapi('PickRequest');
export type PickRequest = z.infer<typeof PickRequest>;

/** Release a reserved or short line as not needed (释放:不需要): the reservation goes back to stock, the reason is audited. */
export const PartsRelease = z
  .object({
    workOrderLineId: z.uuid({ message: '无效的工单行' }),
    reason: z.string({ message: '请填写释放原因' }).trim().min(2, '请填写释放原因(至少 2 个字)').max(200, '原因不能超过 200 字'),
  })
  .openapi('PartsRelease');
export type PartsRelease = z.infer<typeof PartsRelease>;

/** A work order on the picking queue (领料): parts still to issue whatever its status, or issued parts that may come back. */
export const PickingQueueItem = z
  .object({
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    workOrderStatus: z.string(),
    plate: z.string(),
    model: z.string(),
    confirmedAt: z.string().nullable(),
    /** Lines reserved or short, not yet issued. */
    unissuedLines: z.number(),
    /** Lines short of stock (待料). */
    shortLines: z.number(),
    partLines: z.number(),
  })
  .openapi('PickingQueueItem');
export type PickingQueueItem = z.infer<typeof PickingQueueItem>;

export const PartsReturn = z
  .object({
    workOrderLineId: z.uuid({ message: '无效的工单行' }),
    qty: Qty,
    locationId: z.uuid({ message: '请选择库位' }),
  })
  .openapi('PartsReturn');
export type PartsReturn = z.infer<typeof PartsReturn>;

export const Backorder = z
  .object({
    workOrderId: z.string(),
    workOrderNumber: z.string(),
    workOrderStatus: z.string(),
    plate: z.string(),
    confirmedAt: z.string().nullable(),
    workOrderLineId: z.string(),
    partId: z.string(),
    partNo: z.string(),
    name: z.string(),
    requested: z.number(),
    reserved: z.number(),
    issued: z.number(),
    short: z.number(),
  })
  .openapi('Backorder');
export type Backorder = z.infer<typeof Backorder>;

export const PartsStatsQuery = z
  .object({ from: IsoDate, to: IsoDate, servicePointId: z.uuid().optional() })
  .refine((q) => q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export const PartsStats = z
  .object({
    from: z.string(),
    to: z.string(),
    days: z.number(),
    pickedLines: z.number(),
    filledLines: z.number(),
    fillRate: z.number().nullable(),
    issueCostFen: z.number(),
    openingValueFen: z.number(),
    closingValueFen: z.number(),
    averageValueFen: z.number(),
    turnover: z.number().nullable(),
    annualizedTurnover: z.number().nullable(),
  })
  .openapi('PartsStats');
export type PartsStats = z.infer<typeof PartsStats>;

export const StockQuery = z.object({
  servicePointId: z.uuid({ message: '无效的服务网点编号' }).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type StockQuery = z.infer<typeof StockQuery>;
