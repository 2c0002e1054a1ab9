import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { HtmlPage, itemsOf } from '../../../contracts/common.js';
import { GateCheck, GatePass, GatePassQuery } from '../../../contracts/release.js';
import type { Permission } from '../../../domain/auth/permissions.js';
import type { ReleaseService } from './release.service.js';
import { gatePassPrintHtml } from './gate-pass-print.js';

const tag = 'Release 放行';
/** The gate, the front desk that hands the car over and the cashier read passes; only the gate checks them. */
const READERS: Permission[] = ['release.gate', 'work-orders.manage', 'cashier.settle'];

export function releaseRoutes(svc: ReleaseService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gate-passes',
      tags: [tag],
      summary: '出门证查询(按出门证号或车牌)',
      request: { query: GatePassQuery },
      responses: { 200: jsonOk(itemsOf(GatePass)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(requireAnyPermission(c, READERS), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gate-passes/{id}',
      tags: [tag],
      summary: '出门证',
      request: { params: IdParam },
      responses: { 200: jsonOk(GatePass), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requireAnyPermission(c, READERS), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/gate-pass',
      tags: [tag],
      summary: '工单的出门证(交车时开具)',
      request: { params: IdParam },
      responses: { 200: jsonOk(GatePass), ...errorResponses },
    }),
    async (c) => c.json(await svc.ofOrder(requireAnyPermission(c, READERS), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/gate-passes/{id}/exit',
      tags: [tag],
      summary: '门卫放行(一证一次;填写车牌时须与出门证一致)',
      request: { params: IdParam, ...jsonBody(GateCheck) },
      responses: { 200: jsonOk(GatePass), ...errorResponses },
    }),
    async (c) => c.json(await svc.exit(requireAnyPermission(c, ['release.gate']), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gate-passes/{id}/print',
      tags: [tag],
      summary: '打印出门证(A5 HTML)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const { pass, point } = await svc.printData(requireAnyPermission(c, READERS), c.req.valid('param').id);
      return c.html(gatePassPrintHtml(pass, point));
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/gate-pass/print',
      tags: [tag],
      summary: '打印工单的出门证(A5 HTML)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const actor = requireAnyPermission(c, READERS);
      const { pass, point } = await svc.printData(actor, (await svc.ofOrder(actor, c.req.valid('param').id)).id);
      return c.html(gatePassPrintHtml(pass, point));
    },
  );
  return r;
}
