import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { jsonOk } from '../../http/openapi.js';
import { Health } from '../../../contracts/system.js';
import type { HealthService } from './health.service.js';

export function healthRoutes(health: HealthService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['System 系统'],
      summary: '健康检查 Health',
      security: [],
      responses: { 200: jsonOk(Health), 503: jsonOk(Health, 'Database unreachable') },
    }),
    async (c) => {
      const body = await health.check();
      return body.status === 'ok' ? c.json(body, 200) : c.json(body, 503);
    },
  );
  return r;
}
