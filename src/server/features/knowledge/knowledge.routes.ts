import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { BinaryFile, itemsOf } from '../../../contracts/common.js';
import {
  Article,
  ArticleAction,
  ArticleInput,
  ArticleListQuery,
  ArticleUpdate,
  ArticleUseInput,
  KnowledgeSearch,
  SearchResult,
} from '../../../contracts/knowledge.js';
import { READERS, type KnowledgeService } from './knowledge.service.js';

const tag = 'Knowledge 技术资料';

export function knowledgeRoutes(svc: KnowledgeService) {
  const r = newRouter();
  const reader = (c: Parameters<typeof requireAnyPermission>[0]) => requireAnyPermission(c, [...READERS]);
  r.openapi(
    createRoute({
      method: 'get',
      path: '/knowledge/search',
      tags: [tag],
      summary: '搜索技术资料(分词、故障码、车型、症状;按适用性、有效性和时间排序);workOrderId 时为工单的“技术支持”面板',
      request: { query: KnowledgeSearch },
      responses: { 200: jsonOk(SearchResult), ...errorResponses },
    }),
    async (c) => c.json(await svc.search(reader(c), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/knowledge/articles',
      tags: [tag],
      summary: '本网点及下级网点的技术资料(编写、审核用)',
      request: { query: ArticleListQuery },
      responses: { 200: jsonOk(itemsOf(Article)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(reader(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/knowledge/articles',
      tags: [tag],
      summary: '新建技术资料草稿(故障案例、技术通报、维修手册章节)',
      request: jsonBody(ArticleInput),
      responses: { 201: jsonOk(Article), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'knowledge.write'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/knowledge/articles/{id}',
      tags: [tag],
      summary: '技术资料详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(Article), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(reader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/knowledge/articles/{id}',
      tags: [tag],
      summary: '修改草稿',
      request: { params: IdParam, ...jsonBody(ArticleUpdate) },
      responses: { 200: jsonOk(Article), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'knowledge.write'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/knowledge/articles/{id}/actions',
      tags: [tag],
      summary: '提交审核 / 发布 / 退回 / 撤回 / 修订 / 上推(审核岗位)',
      request: { params: IdParam, ...jsonBody(ArticleAction) },
      responses: { 200: jsonOk(Article), ...errorResponses },
    }),
    async (c) => c.json(await svc.act(reader(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/knowledge/articles/{id}/uses',
      tags: [tag],
      summary: '“已解决” / “没有帮助”(每人每次使用一条,可更改)',
      request: { params: IdParam, ...jsonBody(ArticleUseInput) },
      responses: { 200: jsonOk(Article), ...errorResponses },
    }),
    async (c) => c.json(await svc.recordUse(reader(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/knowledge/articles/{id}/images/{imageId}',
      tags: [tag],
      summary: '技术资料的图片(随文章向下级网点可见)',
      request: { params: IdParam.extend({ imageId: z.uuid({ message: '无效的编号' }) }) },
      responses: { 200: { description: 'image', content: { 'image/*': { schema: BinaryFile } } }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid('param');
      const a = await svc.attachment(reader(c), p.id, p.imageId);
      return c.body(new Uint8Array(a.bytes), 200, {
        'content-type': a.mimeType,
        'x-content-type-options': 'nosniff',
        'content-disposition': `inline; filename="image"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
      });
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/vehicles/{id}/bulletins',
      tags: [tag],
      summary: '适用于该车的技术通报(接车时提示)',
      request: { params: IdParam },
      responses: { 200: jsonOk(itemsOf(Article)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.bulletinsOfVehicle(reader(c), c.req.valid('param').id) }, 200),
  );
  return r;
}
