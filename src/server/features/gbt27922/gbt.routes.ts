import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission } from '../../http/auth-middleware.js';
import { HtmlPage, itemsOf } from '../../../contracts/common.js';
import {
  GbtAssessInput,
  GbtAssessment,
  GbtAssessmentSummary,
  GbtEvidenceView,
  GbtPointQuery,
  GbtWeights,
  GbtWeightsUpdate,
} from '../../../contracts/gbt27922.js';
import type { GbtService } from './gbt.service.js';
import type { GbtWeightsService } from './gbt-weights.js';
import { gbtPrintHtml } from './gbt-print.js';

const tags = ['GB/T 27922 自评'];
type C = Parameters<typeof requireAnyPermission>[0];
const who = (c: C) => requireAnyPermission(c, ['quality.manage', 'network.manage', 'reports.submit']);

export function gbtRoutes(svc: GbtService, weights: GbtWeightsService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gbt27922/weights',
      tags,
      summary: '评分权重(本网点设置、上级继承或默认)',
      request: { query: GbtPointQuery },
      responses: { 200: jsonOk(GbtWeights), ...errorResponses },
    }),
    async (c) => c.json(await weights.get(who(c), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/gbt27922/weights/{id}',
      tags,
      summary: '设置评分权重(总部或大区;下级网点继承)',
      request: { params: IdParam, ...jsonBody(GbtWeightsUpdate) },
      responses: { 200: jsonOk(GbtWeights), ...errorResponses },
    }),
    async (c) => c.json(await weights.set(who(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gbt27922/evidence',
      tags,
      summary: '各指标的系统证据',
      request: { query: GbtPointQuery },
      responses: { 200: jsonOk(GbtEvidenceView), ...errorResponses },
    }),
    async (c) => c.json(await svc.evidence(who(c), c.req.valid('query').servicePointId), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/gbt27922/preview',
      tags,
      summary: '试算得分(不保存)',
      request: jsonBody(GbtAssessInput),
      responses: { 200: jsonOk(GbtAssessment), ...errorResponses },
    }),
    async (c) => c.json(await svc.preview(who(c), c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/gbt27922/assessments',
      tags,
      summary: '保存自评',
      request: jsonBody(GbtAssessInput),
      responses: { 201: jsonOk(GbtAssessment), ...errorResponses },
    }),
    async (c) => c.json(await svc.save(who(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gbt27922/assessments',
      tags,
      summary: '历次自评',
      request: { query: GbtPointQuery },
      responses: { 200: jsonOk(itemsOf(GbtAssessmentSummary)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(who(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gbt27922/assessments/{id}',
      tags,
      summary: '自评详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(GbtAssessment), ...errorResponses },
    }),
    async (c) => c.json((await svc.get(who(c), c.req.valid('param').id)).assessment, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/gbt27922/assessments/{id}/print',
      tags,
      summary: '打印自评报告(A4 HTML)',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => c.html(gbtPrintHtml((await svc.get(who(c), c.req.valid('param').id)).assessment)),
  );
  return r;
}
