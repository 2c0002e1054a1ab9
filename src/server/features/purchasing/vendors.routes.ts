/** Vendor edits and the planner's table of parts (computed reorder levels beside the overrides). */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { PartPlanningQuery, PartPlanningRow, Vendor, VendorUpdate } from '../../../contracts/purchasing.js';
import type { VendorsService } from './vendors.service.js';

const tag = 'Purchasing 配件采购';

export function vendorRoutes(svc: VendorsService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'put',
      path: '/vendors/{id}',
      tags: [tag],
      summary: '修改供应商(名称、订单版式、到货周期、联系人、停用)',
      request: { params: IdParam, ...jsonBody(VendorUpdate) },
      responses: { 200: jsonOk(Vendor), ...errorResponses },
    }),
    async (c) => c.json(await svc.updateVendor(requirePermission(c, 'purchasing.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/part-planning',
      tags: [tag],
      summary: '配件采购参数表:按需求计算的订货点/安全库存与手工覆盖值',
      request: { query: PartPlanningQuery },
      responses: { 200: jsonOk(itemsOf(PartPlanningRow)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.planningTable(requirePermission(c, 'purchasing.manage'), c.req.valid('query')) }, 200),
  );
  return r;
}
