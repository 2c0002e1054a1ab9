import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { IsoDate } from '../../../contracts/common.js';
import type { TicketStatsService } from './stats.service.js';
import { IMPROVEMENT_STATUSES, type ImprovementService } from './improvement.service.js';
import { requireTicketRole } from './tickets.routes.js';

const tag = 'Customer relations 客户关系';
const Action = z.object({
  id: z.string(), servicePointId: z.string(), causeCategory: z.string(), title: z.string(), description: z.string(), ownerEmployeeId: z.string().nullable(),
  ownerName: z.string().nullable(), dueOn: z.string().nullable(), status: z.enum(IMPROVEMENT_STATUSES), isOverdue: z.boolean(), reviewNote: z.string(), reviewedAt: z.string().nullable(), version: z.number(),
}).openapi('ImprovementAction');
const ActionCreate = z.object({
  servicePointId: z.uuid().optional(), causeCategory: z.string().trim().min(1, '请选择原因类别').max(40), title: z.string().trim().min(1, '请填写措施').max(120),
  description: z.string().trim().max(2000).default(''), ownerEmployeeId: z.uuid().nullable().default(null), dueOn: IsoDate.nullable().default(null),
});
const ActionUpdate = z.object({
  version: z.number().int().min(1), causeCategory: z.string().trim().min(1).max(40).optional(), title: z.string().trim().min(1).max(120).optional(), description: z.string().max(2000).optional(),
  ownerEmployeeId: z.uuid().nullable().optional(), dueOn: IsoDate.nullable().optional(), status: z.enum(IMPROVEMENT_STATUSES).optional(), reviewNote: z.string().trim().max(2000).optional(),
});
const StatsQuery = z.object({ servicePointId: z.uuid().optional(), from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional() });

export function crmRoutes(stats: TicketStatsService, improvement: ImprovementService, now: () => Date) {
  const r = newRouter();
  r.openapi(createRoute({ method: 'get', path: '/ticket-stats', tags: [tag], summary: '客户关系看板:及时率、积压、原因帕累托、满意度', request: { query: StatsQuery }, responses: { 200: jsonOk(z.any()), ...errorResponses } }),
    async (c) => {
      const q = c.req.valid('query');
      const to = q.to ? new Date(q.to) : now();
      const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * 86400_000);
      return c.json(await stats.dashboard(requireTicketRole(c), { servicePointId: q.servicePointId, from, to }), 200);
    });
  r.openapi(createRoute({ method: 'get', path: '/improvement-actions', tags: [tag], summary: '服务改进措施', request: { query: z.object({ servicePointId: z.uuid().optional() }) }, responses: { 200: jsonOk(z.object({ items: z.array(Action) })), ...errorResponses } }),
    async (c) => c.json({ items: await improvement.list(requireTicketRole(c), c.req.valid('query').servicePointId) }, 200));
  r.openapi(createRoute({ method: 'post', path: '/improvement-actions', tags: [tag], summary: '新增改进措施(负责人、截止日期)', request: jsonBody(ActionCreate), responses: { 201: jsonOk(Action), ...errorResponses } }),
    async (c) => c.json(await improvement.create(requireTicketRole(c), c.req.valid('json')), 201));
  r.openapi(createRoute({ method: 'patch', path: '/improvement-actions/{id}', tags: [tag], summary: '更新进度 / 复核', request: { params: IdParam, ...jsonBody(ActionUpdate) }, responses: { 200: jsonOk(Action), ...errorResponses } }),
    async (c) => c.json(await improvement.update(requireTicketRole(c), c.req.valid('param').id, c.req.valid('json')), 200));
  return r;
}
