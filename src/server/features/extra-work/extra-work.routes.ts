import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import {
  ExtraWork,
  ExtraWorkCounterDecision,
  ExtraWorkPricing,
  ExtraWorkQuery,
  ExtraWorkReport,
  ExtraWorkSend,
  RefusedWork,
} from '../../../contracts/extra-work.js';
import type { ExtraWorkService } from './extra-work.service.js';

const tag = 'Extra work 增项';

export function extraWorkRoutes(svc: ExtraWorkService) {
  const r = newRouter();
  const reader = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, ['work-orders.manage', 'workshop.work', 'workshop.dispatch']);
  const advisor = (c: Parameters<typeof requirePermission>[0]) => requirePermission(c, 'work-orders.manage');
  r.openapi(
    createRoute({
      method: 'get',
      path: '/extra-work',
      tags: [tag],
      summary: '增项列表(status=open 为待处理)',
      request: { query: ExtraWorkQuery },
      responses: { 200: jsonOk(itemsOf(ExtraWork)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(reader(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/extra-work/{id}',
      tags: [tag],
      summary: '增项详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(ExtraWork), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/extra-work',
      tags: [tag],
      summary: '技师报告增项(描述、照片、建议工时项目和配件)',
      request: { params: IdParam, ...jsonBody(ExtraWorkReport) },
      responses: { 201: jsonOk(ExtraWork), ...errorResponses },
    }),
    async (c) => {
      const actor = requireAnyPermission(c, ['workshop.work', 'work-orders.manage']);
      return c.json(await svc.report(actor, c.req.valid('param').id, c.req.valid('json')), 201);
    },
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/extra-work/{id}/pricing',
      tags: [tag],
      summary: '服务顾问报价(工时、配件、新的预计完工)',
      request: { params: IdParam, ...jsonBody(ExtraWorkPricing) },
      responses: { 200: jsonOk(ExtraWork), ...errorResponses },
    }),
    async (c) => c.json(await svc.price(advisor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/extra-work/{id}/send',
      tags: [tag],
      summary: '通过短信/微信发送客户确认链接',
      request: { params: IdParam, ...jsonBody(ExtraWorkSend) },
      responses: { 200: jsonOk(ExtraWork), ...errorResponses },
    }),
    async (c) => c.json(await svc.send(advisor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/extra-work/{id}/counter-decision',
      tags: [tag],
      summary: '柜台确认(现场签字/电话确认,服务顾问见证)',
      request: { params: IdParam, ...jsonBody(ExtraWorkCounterDecision) },
      responses: { 200: jsonOk(ExtraWork), ...errorResponses },
    }),
    async (c) => c.json(await svc.decideAtCounter(advisor(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/vehicles/{id}/refused-work',
      tags: [tag],
      summary: '车辆的拒修项目',
      request: { params: IdParam },
      responses: { 200: jsonOk(itemsOf(RefusedWork)), ...errorResponses },
    }),
    async (c) => {
      // Whoever receives or books the car sees what the customer refused last time.
      const actor = requireAnyPermission(c, ['work-orders.manage', 'workshop.work', 'workshop.dispatch', 'customers.manage', 'appointments.manage']);
      return c.json({ items: await svc.refusedOfVehicle(actor, c.req.valid('param').id) }, 200);
    },
  );
  return r;
}
