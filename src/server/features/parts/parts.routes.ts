import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk, noContent } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import type { AppEnv } from '../../http/context.js';
import { itemsOf, paged, PointQuery } from '../../../contracts/common.js';
import {
  Backorder,
  Location,
  LocationCreate,
  LocationUpdate,
  PartsReturn,
  PartsStats,
  PartsStatsQuery,
  PickingList,
  PickRequest,
  StockAdjustment,
  StockChangeResult,
  StockLevel,
  StockQuery,
  StockReceipt,
} from '../../../contracts/parts.js';
import type { StockService } from './stock.service.js';
import type { WorkOrderPartsService } from './work-order-parts.service.js';
import type { PartsStatsService } from './parts-stats.service.js';

const tag = 'Parts 配件库存';
/** Stock is read by the warehouse (仓库), the service advisors and the workshop dispatcher. */
const reader = (c: Context<AppEnv>) => requireAnyPermission(c, ['parts.manage', 'work-orders.manage', 'workshop.dispatch']);
const keeper = (c: Context<AppEnv>) => requirePermission(c, 'parts.manage');

export function partsRoutes(stock: StockService, orders: WorkOrderPartsService, kpis: PartsStatsService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/warehouse-locations',
      tags: [tag],
      summary: '库位列表',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Location)), ...errorResponses },
    }),
    async (c) => c.json({ items: await stock.listLocations(reader(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/warehouse-locations',
      tags: [tag],
      summary: '新增库位(编码在网点内唯一)',
      request: jsonBody(LocationCreate),
      responses: { 201: jsonOk(Location), ...errorResponses },
    }),
    async (c) => c.json(await stock.createLocation(keeper(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/warehouse-locations/{id}',
      tags: [tag],
      summary: '修改库位',
      request: { params: IdParam, ...jsonBody(LocationUpdate) },
      responses: { 200: jsonOk(Location), ...errorResponses },
    }),
    async (c) => c.json(await stock.updateLocation(keeper(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'delete',
      path: '/warehouse-locations/{id}',
      tags: [tag],
      summary: '删除未使用的库位',
      request: { params: IdParam },
      responses: { ...noContent, ...errorResponses },
    }),
    async (c) => {
      await stock.deleteLocation(keeper(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/stock',
      tags: [tag],
      summary: '库存(按配件:在库 / 预留 / 可用 / 待料 / 成本金额)',
      request: { query: StockQuery },
      responses: { 200: jsonOk(paged(StockLevel)), ...errorResponses },
    }),
    async (c) => c.json(await stock.list(reader(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock/receipts',
      tags: [tag],
      summary: '采购入库(移动加权平均成本;到货自动补预留待料)',
      request: jsonBody(StockReceipt),
      responses: { 201: jsonOk(StockChangeResult), ...errorResponses },
    }),
    async (c) => c.json(await stock.receive(keeper(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/stock/adjustments',
      tags: [tag],
      summary: '盘点调整(不得低于已预留数量)',
      request: jsonBody(StockAdjustment),
      responses: { 201: jsonOk(StockChangeResult), ...errorResponses },
    }),
    async (c) => c.json(await stock.adjust(keeper(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/picking-list',
      tags: [tag],
      summary: '工单领料单(库位、应领、缺件)',
      request: { params: IdParam },
      responses: { 200: jsonOk(PickingList), ...errorResponses },
    }),
    async (c) => c.json(await orders.pickingList(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/pick',
      tags: [tag],
      summary: '领料出库(默认领取全部已预留数量;库存不足 409)',
      request: { params: IdParam, ...jsonBody(PickRequest) },
      responses: { 200: jsonOk(PickingList), ...errorResponses },
    }),
    async (c) => c.json(await orders.pick(keeper(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/returns',
      tags: [tag],
      summary: '退料入库(不超过已领未退数量)',
      request: { params: IdParam, ...jsonBody(PartsReturn) },
      responses: { 200: jsonOk(PickingList), ...errorResponses },
    }),
    async (c) => c.json(await orders.returnUnused(keeper(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/backorders',
      tags: [tag],
      summary: '待料清单(缺件的工单配件行,先确认的在前)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(Backorder)), ...errorResponses },
    }),
    async (c) => c.json({ items: await orders.backorders(reader(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/parts-stats',
      tags: [tag],
      summary: '配件满足率与库存周转率',
      request: { query: PartsStatsQuery },
      responses: { 200: jsonOk(PartsStats), ...errorResponses },
    }),
    async (c) => c.json(await kpis.stats(requireAnyPermission(c, ['parts.manage', 'reports.read']), c.req.valid('query')), 200),
  );
  return r;
}
