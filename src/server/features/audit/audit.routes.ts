import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { paged } from '../../../contracts/common.js';
import type { Db } from '../../db/client.js';
import { listAudit } from './audit.repo.js';

const AuditEntry = z.object({
  id: z.string(), at: z.string(), actorName: z.string(), actorUserId: z.string().nullable(), action: z.string(), entityType: z.string(),
  entityId: z.string(), summary: z.string(), before: z.unknown(), after: z.unknown(),
}).openapi('AuditEntry');
const AuditQuery = z.object({
  entityType: z.string().max(40).optional(), entityId: z.string().max(80).optional(), actorUserId: z.uuid().optional(),
  from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function auditRoutes(db: Db) {
  const r = newRouter();
  r.openapi(createRoute({ method: 'get', path: '/audit-entries', tags: ['Audit 审计'], summary: '审计日志(谁、何时、改了什么、前后对比)', request: { query: AuditQuery },
    responses: { 200: jsonOk(paged(AuditEntry)), ...errorResponses } }),
    async (c) => {
      const actor = requirePermission(c, 'audit.read');
      const q = c.req.valid('query');
      const { rows, total } = await listAudit(db, {
        scopePath: actor.pointPath, entityType: q.entityType, entityId: q.entityId, actorUserId: q.actorUserId,
        from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined,
        limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
      });
      return c.json({
        items: rows.map((e) => ({ id: e.id, at: e.at.toISOString(), actorName: e.actorName, actorUserId: e.actorUserId, action: e.action, entityType: e.entityType, entityId: e.entityId, summary: e.summary, before: e.before, after: e.after })),
        total, page: q.page, pageSize: q.pageSize,
      }, 200);
    });
  return r;
}
