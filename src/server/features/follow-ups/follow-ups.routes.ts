import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { Version } from '../../../contracts/common.js';
import type { FollowUpService } from './follow-ups.service.js';

const tag = 'Follow-ups 回访';
const Score = z.number().int().min(1, '1–5 分').max(5, '1–5 分');
const Answers = z.object({ quality: Score, fixed: z.boolean(), attitude: Score, fee: Score, overall: Score });
const FollowUp = z.object({
  id: z.string(), workOrderId: z.string(), workOrderNumber: z.string(), customerName: z.string(), customerPhone: z.string(), plate: z.string(), deliveredAt: z.string().nullable(),
  dueAt: z.string(), status: z.string(), attempts: z.number(), answers: Answers.nullable(), score: z.number().nullable(), isFlagged: z.boolean(), ticketId: z.string().nullable(), version: z.number(),
}).openapi('FollowUp');

export function followUpRoutes(svc: FollowUpService, now: () => Date) {
  const r = newRouter();
  const who = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, ['followups.call', 'tickets.supervise']);
  r.openapi(createRoute({ method: 'get', path: '/follow-ups', tags: [tag], summary: '回访队列(status=due 为今日到期)', request: { query: z.object({ status: z.enum(['due', 'pending', 'done', 'unreachable']).optional(), servicePointId: z.uuid().optional() }) }, responses: { 200: jsonOk(z.object({ items: z.array(FollowUp) })), ...errorResponses } }),
    async (c) => c.json({ items: await svc.queue(who(c), c.req.valid('query')) }, 200));
  r.openapi(createRoute({ method: 'post', path: '/follow-ups/{id}/result', tags: [tag], summary: '记录回访(未接通则次日重拨,最多三次;不满意自动生成投诉)', request: { params: IdParam, ...jsonBody(z.object({ version: Version, reached: z.boolean(), answers: Answers.optional(), note: z.string().trim().max(1000).default('') })) }, responses: { 200: jsonOk(FollowUp), ...errorResponses } }),
    async (c) => c.json(await svc.record(who(c), c.req.valid('param').id, c.req.valid('json')), 200));
  r.openapi(createRoute({ method: 'get', path: '/follow-up-stats', tags: [tag], summary: '回访率与回访满意度', request: { query: z.object({ servicePointId: z.uuid().optional(), days: z.coerce.number().int().min(1).max(366).default(30) }) }, responses: { 200: jsonOk(z.any()), ...errorResponses } }),
    async (c) => {
      const q = c.req.valid('query');
      const to = now();
      return c.json(await svc.stats(who(c), { servicePointId: q.servicePointId, from: new Date(to.getTime() - q.days * 86400_000), to }), 200);
    });
  return r;
}
