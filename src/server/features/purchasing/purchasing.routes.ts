import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import type { AppEnv } from '../../http/context.js';
import { BinaryFile, itemsOf, paged, PointQuery } from '../../../contracts/common.js';
import {
  PartPlanningUpdate,
  PartsKpiQuery,
  PartsKpis,
  PoActionBody,
  PoReceipt,
  PoReceiptResult,
  PurchaseOrder,
  PurchaseOrderCreate,
  PurchaseOrderQuery,
  Suggestion,
  SuggestionQuery,
  Vendor,
  VendorCreate,
} from '../../../contracts/purchasing.js';
import { localDate } from '../../../domain/time/index.js';
import { XLSX_TYPE } from '../../lib/xlsx.js';
import type { PartsKpiService } from './kpi.service.js';
import type { PlanningService } from './planning.service.js';
import { purchaseOrderWorkbook } from './po-xlsx.js';
import type { PurchaseOrderService } from './purchase-orders.service.js';

const tag = 'Purchasing 配件采购';
const planner = (c: Context<AppEnv>) => requirePermission(c, 'purchasing.manage');
/** The planner and the warehouse keeper (who receives against orders) read orders. */
const reader = (c: Context<AppEnv>) => requireAnyPermission(c, ['purchasing.manage', 'parts.manage']);
const keeper = (c: Context<AppEnv>) => requirePermission(c, 'parts.manage');
const PlanningResult = z
  .object({
    partId: z.string(),
    vendorId: z.string().nullable(),
    pack: z.number(),
    reorderPoint: z.number().nullable(),
    safetyStock: z.number().nullable(),
    version: z.number(),
  })
  .openapi('PartPlanning');

export function purchasingRoutes(planning: PlanningService, orders: PurchaseOrderService, kpis: PartsKpiService, now: () => Date) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/parts-kpis',
      tags: [tag],
      summary: '配件看板:一次满足率、周转、库存天数、呆滞库存、ABC 分类、供应商到货周期',
      request: { query: PartsKpiQuery },
      responses: { 200: jsonOk(PartsKpis), ...errorResponses },
    }),
    async (c) => c.json(await kpis.kpis(requireAnyPermission(c, ['purchasing.manage', 'parts.manage', 'reports.read']), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/vendors',
      tags: [tag],
      summary: '供应商列表',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Vendor)), ...errorResponses },
    }),
    async (c) => c.json({ items: await planning.listVendors(reader(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/vendors',
      tags: [tag],
      summary: '新增供应商(主机厂配件中心或本地供应商)',
      request: jsonBody(VendorCreate),
      responses: { 201: jsonOk(Vendor), ...errorResponses },
    }),
    async (c) => c.json(await planning.createVendor(planner(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/parts/{id}/planning',
      tags: [tag],
      summary: '配件采购参数(供应商、包装数;订货点/安全库存手工覆盖,null 为按需求计算)',
      request: { params: IdParam, ...jsonBody(PartPlanningUpdate) },
      responses: { 200: jsonOk(PlanningResult), ...errorResponses },
    }),
    async (c) => c.json(await planning.setPlanning(planner(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/purchase-suggestion',
      tags: [tag],
      summary: '采购建议(订货点、安全库存与待料缺件)',
      request: { query: SuggestionQuery },
      responses: { 200: jsonOk(Suggestion), ...errorResponses },
    }),
    async (c) => c.json(await planning.suggestion(planner(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/purchase-orders',
      tags: [tag],
      summary: '采购订单列表',
      request: { query: PurchaseOrderQuery },
      responses: { 200: jsonOk(paged(PurchaseOrder)), ...errorResponses },
    }),
    async (c) => c.json(await orders.list(reader(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/purchase-orders',
      tags: [tag],
      summary: '新建采购订单(草稿)',
      request: jsonBody(PurchaseOrderCreate),
      responses: { 201: jsonOk(PurchaseOrder), ...errorResponses },
    }),
    async (c) => c.json(await orders.create(planner(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/purchase-orders/{id}',
      tags: [tag],
      summary: '采购订单',
      request: { params: IdParam },
      responses: { 200: jsonOk(PurchaseOrder), ...errorResponses },
    }),
    async (c) => c.json(await orders.get(reader(c), c.req.valid('param').id), 200),
  );
  for (const [action, summary] of [
    ['send', '发出(本人权限内直接发出,超出则提交审批)'],
    ['close', '关闭(供应商不再交付余量)'],
    ['cancel', '取消(草稿或待审批)'],
  ] as const) {
    r.openapi(
      createRoute({
        method: 'post',
        path: `/purchase-orders/{id}/${action}`,
        tags: [tag],
        summary: `采购订单${summary}`,
        request: { params: IdParam, ...jsonBody(PoActionBody) },
        responses: { 200: jsonOk(PurchaseOrder), ...errorResponses },
      }),
      async (c) => c.json(await orders.act(planner(c), c.req.valid('param').id, action, c.req.valid('json')), 200),
    );
  }
  r.openapi(
    createRoute({
      method: 'post',
      path: '/purchase-orders/{id}/receipts',
      tags: [tag],
      summary: '到货入库(可部分到货;超出订购数量须确认;到货按先确认先满足补足待料)',
      request: { params: IdParam, ...jsonBody(PoReceipt) },
      responses: { 201: jsonOk(PoReceiptResult), ...errorResponses },
    }),
    async (c) => c.json(await orders.receive(keeper(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/purchase-orders/{id}/xlsx',
      tags: [tag],
      summary: '导出采购订单 .xlsx(按供应商格式)',
      request: { params: IdParam },
      responses: { 200: { description: 'xlsx', content: { [XLSX_TYPE]: { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const { order, vendor, point } = await orders.orderForExport(reader(c), c.req.valid('param').id);
      const buf = await purchaseOrderWorkbook(order, vendor, point, localDate(point.timeZone, now()));
      return c.body(new Uint8Array(buf), 200, {
        'content-type': XLSX_TYPE,
        'content-disposition': `attachment; filename="${order.number}.xlsx"`,
      });
    },
  );
  return r;
}
