import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { FollowUp, FollowUpCall, FollowUpQuery, FollowUpStats, FollowUpStatsQuery } from '../../../contracts/follow-ups.js';
import type { FollowUpService } from './follow-ups.service.js';

const tag = 'Follow-ups 回访';

export function followUpRoutes(svc: FollowUpService) {
  const r = newRouter();
  const who = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, ['followups.call', 'tickets.supervise']);
  r.openapi(
    createRoute({
      method: 'get',
      path: '/follow-ups',
      tags: [tag],
      summary: '回访队列(status=due 为今日到期)',
      request: { query: FollowUpQuery },
      responses: { 200: jsonOk(itemsOf(FollowUp)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.queue(who(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/follow-ups/{id}/result',
      tags: [tag],
      summary: '记录回访(未接通则次日重拨,最多三次;不满意自动生成投诉)',
      request: { params: IdParam, ...jsonBody(FollowUpCall) },
      responses: { 200: jsonOk(FollowUp), ...errorResponses },
    }),
    async (c) => c.json(await svc.record(who(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/follow-up-stats',
      tags: [tag],
      summary: '回访率与回访满意度',
      request: { query: FollowUpStatsQuery },
      responses: { 200: jsonOk(FollowUpStats), ...errorResponses },
    }),
    async (c) => c.json(await svc.stats(who(c), c.req.valid('query')), 200),
  );
  return r;
}
