import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk, Ok } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { ApprovalDecision, ApprovalRef, PendingApprovals } from '../../../contracts/approvals.js';
import type { ApprovalRegistry } from './registry.js';

export function approvalRoutes(registry: ApprovalRegistry) {
  const r = newRouter();
  const tag = 'Approvals 审批';
  r.openapi(
    createRoute({
      method: 'get',
      path: '/approvals/pending',
      tags: [tag],
      summary: '待我审批:本人权限内可审批的全部待审事项(优惠、补偿等)',
      responses: { 200: jsonOk(PendingApprovals), ...errorResponses },
    }),
    async (c) => {
      const items = await registry.pending(requireActor(c));
      return c.json({ items, total: items.length }, 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/approvals/{type}/{id}/decision',
      tags: [tag],
      summary: '在待我审批中批准或驳回(由所属业务按其规则办理)',
      request: { params: ApprovalRef, ...jsonBody(ApprovalDecision) },
      responses: { 200: jsonOk(Ok), ...errorResponses },
    }),
    async (c) => {
      const { type, id } = c.req.valid('param');
      await registry.decide(requireActor(c), type, id, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    },
  );
  return r;
}
