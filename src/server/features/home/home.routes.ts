import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { PointQuery } from '../../../contracts/common.js';
import { HomeToday } from '../../../contracts/home.js';
import type { HomeService } from './home.service.js';

export function homeRoutes(svc: HomeService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/home/today',
      tags: ['Reports 报表'],
      summary: '今日看板:到店、工单状态、车间负荷、营收、近 7 天趋势',
      request: { query: PointQuery },
      responses: { 200: jsonOk(HomeToday), ...errorResponses },
    }),
    async (c) =>
      c.json(await svc.today(requireAnyPermission(c, ['reports.read', 'work-orders.manage', 'workshop.dispatch']), c.req.valid('query').servicePointId), 200),
  );
  return r;
}
