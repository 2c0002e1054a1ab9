import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { Appraisal, AppraisalDecision, AppraisalRequest } from '../../../contracts/knowledge.js';
import type { AppraisalService } from './appraisals.service.js';

const tag = 'Tech support 疑难技术求助';

export function appraisalRoutes(svc: AppraisalService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/work-orders/{id}/appraisals',
      tags: [tag],
      summary: '工单的索赔技术鉴定',
      request: { params: IdParam },
      responses: { 200: jsonOk(itemsOf(Appraisal)), ...errorResponses },
    }),
    async (c) =>
      c.json(
        { items: await svc.list(requireAnyPermission(c, ['work-orders.manage', 'tech.support', 'claims.manage', 'claims.review']), c.req.valid('param').id) },
        200,
      ),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/work-orders/{id}/appraisals',
      tags: [tag],
      summary: '服务顾问向技术主管申请索赔技术鉴定(是否属于质量问题)',
      request: { params: IdParam, ...jsonBody(AppraisalRequest) },
      responses: { 201: jsonOk(Appraisal), ...errorResponses },
    }),
    async (c) => c.json(await svc.request(requirePermission(c, 'work-orders.manage'), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/appraisals/{id}/decision',
      tags: [tag],
      summary: '技术主管给出鉴定结论和依据',
      request: { params: IdParam, ...jsonBody(AppraisalDecision) },
      responses: { 200: jsonOk(Appraisal), ...errorResponses },
    }),
    async (c) => c.json(await svc.decide(requirePermission(c, 'tech.support'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
