import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { itemsOf, PointQuery } from '../../../contracts/common.js';
import { PartsRelease, PickingList, PickingQueueItem } from '../../../contracts/parts.js';
import type { PartsGate } from './parts-gate.service.js';
import type { WorkOrderPartsService } from './work-order-parts.service.js';

const tag = 'Parts 配件库存';

/** The picking queue and the release of parts not needed (by the warehouse or the advisor). */
export function partsGateRoutes(gate: PartsGate, orders: WorkOrderPartsService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/picking-queue',
      tags: [tag],
      summary: '领料队列(有未领配件的工单,不论状态;缺件标记待料)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(PickingQueueItem)), ...errorResponses },
    }),
    async (c) =>
      c.json(
        { items: await gate.queue(requireAnyPermission(c, ['parts.manage', 'work-orders.manage', 'workshop.dispatch']), c.req.valid('query').servicePointId) },
        200,
      ),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/parts-release',
      tags: [tag],
      summary: '释放不需要的配件(须填写原因;预留退回库存)',
      request: { params: IdParam, ...jsonBody(PartsRelease) },
      responses: { 200: jsonOk(PickingList), ...errorResponses },
    }),
    async (c) => {
      const actor = requireAnyPermission(c, ['parts.manage', 'work-orders.manage']);
      const id = await gate.releaseNotNeeded(actor, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await orders.pickingList(actor, id), 200);
    },
  );
  return r;
}
