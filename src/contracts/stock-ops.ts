/** Stock transfers between stations (调拨), stock sharing in the network, and stocktaking (盘点). */
import { z } from '@hono/zod-openapi';
import { SHARING_MODES, TRANSFER_STATUSES } from '../domain/parts/transfers.js';
import { COUNT_STATUSES } from '../domain/parts/stocktaking.js';
import { Version } from './common.js';

const Qty = z
  .number({ message: '数量须为数字' })
  .min(0.001, { message: '数量须大于 0', abort: true })
  .max(1_000_000, { message: '数量过大', abort: true })
  .refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, '数量最多 3 位小数');
const Counted = z
  .number({ message: '实盘数量须为数字' })
  .min(0, { message: '实盘数量不能为负数', abort: true })
  .max(1_000_000, { message: '数量过大', abort: true })
  .refine((q) => Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6, '数量最多 3 位小数');
const Note = z.string().trim().max(200, '备注最多 200 字').default('');

// ---- transfers ----
export const TransferCreate = z
  .object({
    /** The supplying station (调出方). */
    fromPointId: z.uuid({ message: '请选择调出网点' }),
    /** The receiving station (调入方). */
    toPointId: z.uuid({ message: '请选择调入网点' }),
    lines: z
      .array(z.object({ partNo: z.string().trim().min(1, '请填写配件编号').max(40), qty: Qty }))
      .min(1, '至少一行配件')
      .max(200, '最多 200 行'),
    note: Note,
  })
  .openapi('TransferCreate');
export type TransferCreate = z.infer<typeof TransferCreate>;
export const TransferActionBody = z.object({ version: Version, note: Note }).openapi('TransferAction');
export type TransferActionBody = z.infer<typeof TransferActionBody>;
export const TransferReceipt = z
  .object({
    version: Version,
    lines: z
      .array(z.object({ lineId: z.uuid({ message: '无效的调拨行' }), qty: Qty, locationId: z.uuid({ message: '请选择库位' }) }))
      .min(1, '至少收货一行')
      .max(200),
  })
  .openapi('TransferReceipt');
export type TransferReceipt = z.infer<typeof TransferReceipt>;
export const TransferLine = z.object({
  id: z.string(),
  partNo: z.string(),
  name: z.string(),
  unit: z.string(),
  qty: z.number(),
  shipped: z.number(),
  received: z.number(),
  inTransit: z.number(),
  unitCostFen: z.number(),
  amountFen: z.number(),
});
export const Transfer = z
  .object({
    id: z.string(),
    number: z.string(),
    fromPointId: z.string(),
    fromPointName: z.string(),
    toPointId: z.string(),
    toPointName: z.string(),
    origin: z.enum(['request', 'offer']),
    status: z.enum(TRANSFER_STATUSES),
    totalFen: z.number(),
    note: z.string(),
    createdByName: z.string(),
    approvedByName: z.string(),
    decisionNote: z.string(),
    shippedByName: z.string(),
    shippedAt: z.string().nullable(),
    receivedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number(),
    lines: z.array(TransferLine),
  })
  .openapi('Transfer');
export type Transfer = z.infer<typeof Transfer>;
export const TransferQuery = z.object({
  servicePointId: z.uuid().optional(),
  status: z.enum(TRANSFER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const TransferReceiptResult = z
  .object({
    transfer: Transfer,
    fulfilled: z.array(z.object({ workOrderId: z.string(), workOrderNumber: z.string(), workOrderLineId: z.string(), qty: z.number() })),
  })
  .openapi('TransferReceiptResult');
export type TransferReceiptResult = z.infer<typeof TransferReceiptResult>;

/** Other stations' stock of a part, as far as the network lets the station see (库存共享). */
export const NetworkStockQuery = z.object({
  servicePointId: z.uuid().optional(),
  partNo: z.string().trim().min(1, '请填写配件编号').max(40),
});
export const NetworkStock = z
  .object({
    partNo: z.string(),
    mode: z.enum(SHARING_MODES),
    items: z.array(z.object({ servicePointId: z.string(), code: z.string(), name: z.string(), onHand: z.number(), available: z.number() })),
  })
  .openapi('NetworkStock');
export type NetworkStock = z.infer<typeof NetworkStock>;
export const StockSharing = z
  .object({ servicePointId: z.string(), mode: z.enum(SHARING_MODES), inherited: z.boolean(), version: z.number() })
  .openapi('StockSharing');
export type StockSharing = z.infer<typeof StockSharing>;
export const StockSharingUpdate = z
  .object({ mode: z.enum(SHARING_MODES, { message: '须为 none、siblings 或 subtree' }), version: z.number().int().min(0) })
  .openapi('StockSharingUpdate');

// ---- stocktaking ----
export const CountCreate = z
  .object({
    servicePointId: z.uuid().optional(),
    /** Locations to count; empty = every location of the point. */
    locationIds: z
      .array(z.uuid({ message: '无效的库位' }))
      .max(500)
      .default([]),
    note: Note,
  })
  .openapi('StockCountCreate');
export type CountCreate = z.infer<typeof CountCreate>;
export const CountEntry = z
  .object({
    version: Version,
    lines: z
      .array(z.object({ lineId: z.uuid({ message: '无效的盘点行' }), counted: Counted }))
      .min(1, '至少一行')
      .max(2000),
  })
  .openapi('StockCountEntry');
export type CountEntry = z.infer<typeof CountEntry>;
export const CountActionBody = z.object({ version: Version, note: Note }).openapi('StockCountAction');
export type CountActionBody = z.infer<typeof CountActionBody>;
export const CountTotals = z.object({
  lines: z.number(),
  counted: z.number(),
  uncounted: z.number(),
  differing: z.number(),
  gainFen: z.number(),
  lossFen: z.number(),
  netFen: z.number(),
  absFen: z.number(),
});
export const CountLine = z.object({
  id: z.string(),
  locationId: z.string(),
  locationCode: z.string(),
  partId: z.string(),
  partNo: z.string(),
  name: z.string(),
  unit: z.string(),
  book: z.number(),
  counted: z.number().nullable(),
  bookAtEntry: z.number().nullable(),
  variance: z.number().nullable(),
  varianceFen: z.number().nullable(),
  unitCostFen: z.number(),
  countedAt: z.string().nullable(),
  countedByName: z.string(),
});
export const StockCount = z
  .object({
    id: z.string(),
    servicePointId: z.string(),
    number: z.string(),
    status: z.enum(COUNT_STATUSES),
    allLocations: z.boolean(),
    locationCodes: z.array(z.string()),
    note: z.string(),
    varianceFen: z.number(),
    createdByName: z.string(),
    approvedByName: z.string(),
    decisionNote: z.string(),
    bookedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number(),
    totals: CountTotals,
  })
  .openapi('StockCount');
export type StockCount = z.infer<typeof StockCount>;
export const StockCountDetail = StockCount.extend({ lines: z.array(CountLine) }).openapi('StockCountDetail');
export type StockCountDetail = z.infer<typeof StockCountDetail>;
export const CountQuery = z.object({
  servicePointId: z.uuid().optional(),
  status: z.enum(COUNT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
