import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { itemsOf, PointQuery } from '../../../contracts/common.js';
import { ImprovementAction, ImprovementActionCreate, ImprovementActionUpdate, TicketStats, TicketStatsQuery } from '../../../contracts/crm.js';
import type { TicketStatsService } from './stats.service.js';
import type { ImprovementService } from './improvement.service.js';
import { requireTicketRole } from './tickets.routes.js';

const tag = 'Customer relations 客户关系';

export function crmRoutes(stats: TicketStatsService, improvement: ImprovementService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/ticket-stats',
      tags: [tag],
      summary: '客户关系看板:及时率、积压、原因帕累托、满意度',
      request: { query: TicketStatsQuery },
      responses: { 200: jsonOk(TicketStats), ...errorResponses },
    }),
    async (c) => c.json(await stats.dashboard(requireTicketRole(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/improvement-actions',
      tags: [tag],
      summary: '服务改进措施',
      request: { query: PointQuery },
      responses: { 200: jsonOk(itemsOf(ImprovementAction)), ...errorResponses },
    }),
    async (c) => c.json({ items: await improvement.list(requireTicketRole(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/improvement-actions',
      tags: [tag],
      summary: '新增改进措施(负责人、截止日期)',
      request: jsonBody(ImprovementActionCreate),
      responses: { 201: jsonOk(ImprovementAction), ...errorResponses },
    }),
    async (c) => c.json(await improvement.create(requireTicketRole(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/improvement-actions/{id}',
      tags: [tag],
      summary: '更新进度 / 复核',
      request: { params: IdParam, ...jsonBody(ImprovementActionUpdate) },
      responses: { 200: jsonOk(ImprovementAction), ...errorResponses },
    }),
    async (c) => c.json(await improvement.update(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
