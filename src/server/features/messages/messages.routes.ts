import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { PointQuery } from '../../../contracts/common.js';
import {
  CustomerMessages,
  KindParam,
  MessagePreview,
  MessagePreviewInput,
  MessageTemplate,
  MessageTemplates,
  MessageTemplateUpdate,
} from '../../../contracts/messages.js';
import type { MessageService } from './messages.service.js';

const tag = 'Messages 客户消息';
const READERS = ['customers.manage', 'work-orders.manage', 'appointments.manage', 'followups.call', 'tickets.handle'] as const;

export function messageRoutes(svc: MessageService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/message-templates',
      tags: [tag],
      summary: '本网点的客户消息模板(含预览)',
      request: { query: PointQuery },
      responses: { 200: jsonOk(MessageTemplates), ...errorResponses },
    }),
    async (c) => c.json(await svc.templates(requirePermission(c, 'settings.manage'), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/message-templates/{kind}',
      tags: [tag],
      summary: '修改消息模板(文字、启用);version 为 0 表示首次修改默认文字',
      request: { params: KindParam, ...jsonBody(MessageTemplateUpdate) },
      responses: { 200: jsonOk(MessageTemplate), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'settings.manage'), c.req.valid('param').kind, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/message-templates/preview',
      tags: [tag],
      summary: '用示例数据预览消息文字',
      request: jsonBody(MessagePreviewInput),
      responses: { 200: jsonOk(MessagePreview), ...errorResponses },
    }),
    async (c) => {
      requirePermission(c, 'settings.manage');
      const { kind, body } = c.req.valid('json');
      return c.json(svc.preview(kind, body), 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/customers/{id}/messages',
      tags: [tag],
      summary: '客户的消息记录(已发送与未发送的原因)',
      request: { params: IdParam },
      responses: { 200: jsonOk(CustomerMessages), ...errorResponses },
    }),
    async (c) => c.json(await svc.history(requireAnyPermission(c, [...READERS]), c.req.valid('param').id), 200),
  );
  return r;
}
