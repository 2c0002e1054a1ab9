import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonOk, Ok } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { Inbox } from '../../../contracts/notifications.js';
import type { NotificationService } from './notifications.service.js';

export function notificationRoutes(svc: NotificationService) {
  const r = newRouter();
  const tag = 'Notifications 通知';
  r.openapi(
    createRoute({ method: 'get', path: '/notifications', tags: [tag], summary: '我的通知 My inbox', responses: { 200: jsonOk(Inbox), ...errorResponses } }),
    async (c) => c.json(await svc.inbox(requireActor(c)), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/notifications/{id}/read',
      tags: [tag],
      summary: '标为已读',
      request: { params: IdParam },
      responses: { 200: jsonOk(Ok), ...errorResponses },
    }),
    async (c) => {
      await svc.markRead(requireActor(c), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    },
  );
  return r;
}
