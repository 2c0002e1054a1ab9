import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { paged } from '../../../contracts/common.js';
import { AuditEntry, AuditQuery } from '../../../contracts/audit.js';
import type { AuditService } from './audit.service.js';

export function auditRoutes(svc: AuditService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/audit-entries',
      tags: ['Audit 审计'],
      summary: '审计日志(谁、何时、改了什么、前后对比)',
      request: { query: AuditQuery },
      responses: { 200: jsonOk(paged(AuditEntry)), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requirePermission(c, 'audit.read'), c.req.valid('query')), 200),
  );
  return r;
}
