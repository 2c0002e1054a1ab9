import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { QualityFeedback, QualityFeedbackAction, QualityFeedbackInput } from '../../../contracts/knowledge.js';
import type { QualityService } from './quality.service.js';

const tag = 'Quality 质量信息反馈';

export function qualityRoutes(svc: QualityService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/quality-feedback',
      tags: [tag],
      summary: '质量信息反馈',
      responses: { 200: jsonOk(itemsOf(QualityFeedback)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(requirePermission(c, 'quality.manage')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/quality-feedback',
      tags: [tag],
      summary: '新建质量信息反馈',
      request: jsonBody(QualityFeedbackInput),
      responses: { 201: jsonOk(QualityFeedback), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'quality.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/quality-feedback/{id}/actions',
      tags: [tag],
      summary: '记录措施 / 关联已发布的通报或案例 / 关闭',
      request: { params: IdParam, ...jsonBody(QualityFeedbackAction) },
      responses: { 200: jsonOk(QualityFeedback), ...errorResponses },
    }),
    async (c) => c.json(await svc.act(requirePermission(c, 'quality.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
