import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireActor, requirePermission } from '../../http/auth-middleware.js';
import { PointQuery } from '../../../contracts/common.js';
import { GuaranteePeriods, GuaranteeSettingsPut } from '../../../contracts/work-orders.js';
import type { GuaranteeService } from './guarantee.service.js';

const tag = 'Work orders 任务委托书';

/** The station's repair quality-guarantee periods (质量保证期): promised values, never below the legal minimum. */
export function guaranteeRoutes(svc: GuaranteeService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/guarantee-settings',
      tags: [tag],
      summary: '修理质量保证期(按维修类别)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(GuaranteePeriods), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requireActor(c), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/guarantee-settings',
      tags: [tag],
      summary: '设置本站承诺的质量保证期(不得低于国家规定)',
      request: jsonBody(GuaranteeSettingsPut),
      responses: { 200: jsonOk(GuaranteePeriods), ...errorResponses },
    }),
    async (c) => c.json(await svc.put(requirePermission(c, 'settings.manage'), c.req.valid('json')), 200),
  );
  return r;
}
