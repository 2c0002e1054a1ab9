import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requireActor, requireAnyPermission } from '../../http/auth-middleware.js';
import { PointQuery } from '../../../contracts/common.js';
import { HomeMine, HomeToday } from '../../../contracts/home.js';
import type { HomeService } from './home.service.js';
import type { HomeMineService } from './home-mine.service.js';

export function homeRoutes(svc: HomeService, mine: HomeMineService) {
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
  r.openapi(
    createRoute({
      method: 'get',
      path: '/home/mine',
      tags: ['Reports 报表'],
      summary: '我的工作台:按岗位列出本人的工作(到店、承诺交车、我的作业、待领料、待收款、待回访、超时投诉、待我审批)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(HomeMine), ...errorResponses },
    }),
    async (c) => c.json(await mine.mine(requireActor(c), c.req.valid('query').servicePointId), 200),
  );
  return r;
}
