import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { HtmlPage, paged } from '../../../contracts/common.js';
import {
  WorkOrder,
  WorkOrderListItem,
  WorkOrderActionRequest,
  WorkOrderCreate,
  WorkOrderLinesPut,
  WorkOrderPromise,
  WorkOrderQuery,
  WorkOrderSign,
  WorkOrderUpdate,
} from '../../../contracts/work-orders.js';
import type { WorkOrderService } from './work-orders.service.js';
import { workOrderPrintHtml } from './print.js';

const tag = 'Work orders 任务委托书';
const ok = { 200: jsonOk(WorkOrder), ...errorResponses };

export function workOrderRoutes(svc: WorkOrderService) {
  const r = newRouter();
  const read = (c: Parameters<typeof requireAnyPermission>[0]) =>
    requireAnyPermission(c, ['work-orders.manage', 'workshop.dispatch', 'workshop.work', 'qc.inspect', 'cashier.settle', 'parts.manage', 'customers.manage']);
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders',
      tags: [tag],
      summary: '工单列表(按状态、车牌/VIN/单号、车辆)',
      request: { query: WorkOrderQuery },
      responses: { 200: jsonOk(paged(WorkOrderListItem)), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(read(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({ method: 'get', path: '/work-orders/{id}', tags: [tag], summary: '工单详情(含报价)', request: { params: IdParam }, responses: ok }),
    async (c) => c.json(await svc.get(read(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders',
      tags: [tag],
      summary: '接车开单(预检、客户描述、进厂里程)',
      request: jsonBody(WorkOrderCreate),
      responses: { 201: jsonOk(WorkOrder), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'work-orders.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/work-orders/{id}',
      tags: [tag],
      summary: '修改检查结果、预计完工、拖车/代步、旧件处理',
      request: { params: IdParam, ...jsonBody(WorkOrderUpdate) },
      responses: ok,
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'work-orders.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/work-orders/{id}/lines',
      tags: [tag],
      summary: '维修项目(目录式报价:标准工时 × 工种单价,配件零售价)',
      request: { params: IdParam, ...jsonBody(WorkOrderLinesPut) },
      responses: ok,
    }),
    async (c) => c.json(await svc.putLines(requirePermission(c, 'work-orders.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/signature',
      tags: [tag],
      summary: '客户签字(PNG)',
      request: { params: IdParam, ...jsonBody(WorkOrderSign) },
      responses: ok,
    }),
    async (c) => c.json(await svc.sign(requirePermission(c, 'work-orders.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/actions',
      tags: [tag],
      summary: '状态操作:确认/开工/待料/到料/完工/质检通过/返工/交车/结算/关闭/取消',
      request: { params: IdParam, ...jsonBody(WorkOrderActionRequest) },
      responses: ok,
    }),
    async (c) => c.json(await svc.act(requirePermission(c, 'work-orders.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/promise',
      tags: [tag],
      summary: '建议的预计完工时间(车间负荷、本单工时、缺件)',
      request: { params: IdParam },
      responses: { 200: jsonOk(WorkOrderPromise), ...errorResponses },
    }),
    async (c) => c.json(await svc.promise(read(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/print',
      tags: [tag],
      summary: '打印任务委托书(A4 HTML)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const { order, point, signature, loaners } = await svc.printData(read(c), c.req.valid('param').id);
      return c.html(workOrderPrintHtml(order, point, signature, loaners));
    },
  );
  return r;
}
