import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import {
  Article,
  TechRequest,
  TechRequestAnswer,
  TechRequestEscalate,
  TechRequestInput,
  TechRequestQuery,
  TechRequestToArticle,
} from '../../../contracts/knowledge.js';
import { READERS } from './knowledge.service.js';
import type { TechRequestService } from './tech-requests.service.js';

const tag = 'Tech support 疑难技术求助';

export function techRequestRoutes(svc: TechRequestService) {
  const r = newRouter();
  const reader = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, [...READERS]);
  r.openapi(
    createRoute({
      method: 'get',
      path: '/tech-requests',
      tags: [tag],
      summary: '疑难技术求助(view=todo 待我答复,mine 我提出的)',
      request: { query: TechRequestQuery },
      responses: { 200: jsonOk(itemsOf(TechRequest)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(reader(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/tech-requests/{id}',
      tags: [tag],
      summary: '求助详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(TechRequest), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tech-requests',
      tags: [tag],
      summary: '提出疑难技术求助(照片、检测数据、已尝试的方法)',
      request: jsonBody(TechRequestInput),
      responses: { 201: jsonOk(TechRequest), ...errorResponses },
    }),
    async (c) => c.json(await svc.raise(requireAnyPermission(c, ['workshop.work', 'work-orders.manage', 'tech.support']), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tech-requests/{id}/answer',
      tags: [tag],
      summary: '答复(本级技术支持)',
      request: { params: IdParam, ...jsonBody(TechRequestAnswer) },
      responses: { 200: jsonOk(TechRequest), ...errorResponses },
    }),
    async (c) => c.json(await svc.answer(requirePermission(c, 'tech.support'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tech-requests/{id}/escalate',
      tags: [tag],
      summary: '升级到上一级(区域技术支持、主机厂技术支援)',
      request: { params: IdParam, ...jsonBody(TechRequestEscalate) },
      responses: { 200: jsonOk(TechRequest), ...errorResponses },
    }),
    async (c) => c.json(await svc.escalate(requirePermission(c, 'tech.support'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/tech-requests/{id}/article',
      tags: [tag],
      summary: '把答复生成故障案例草稿(一键)',
      request: { params: IdParam, ...jsonBody(TechRequestToArticle) },
      responses: { 201: jsonOk(Article), ...errorResponses },
    }),
    async (c) => c.json(await svc.toArticle(requirePermission(c, 'knowledge.write'), c.req.valid('param').id, c.req.valid('json').version), 201),
  );
  return r;
}
