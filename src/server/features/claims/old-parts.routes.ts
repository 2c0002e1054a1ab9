import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { HtmlPage, itemsOf } from '../../../contracts/common.js';
import {
  BatchCreate,
  BatchReceipt,
  BoxCreate,
  DeferralDecision,
  DeferralRequest,
  OldPart,
  OldPartBatch,
  OldPartBox,
  OldPartQuery,
} from '../../../contracts/claims.js';
import type { OldPartsService } from './old-parts.service.js';
import { claimsReader } from './claims.routes.js';
import { tagSheetHtml } from './claims-print.js';

const tag = 'Warranty claims 索赔';

export function oldPartsRoutes(svc: OldPartsService) {
  const r = newRouter();
  const station = (c: Parameters<typeof requirePermission>[0]) => requirePermission(c, 'claims.manage');
  const maker = (c: Parameters<typeof requirePermission>[0]) => requirePermission(c, 'claims.review');
  r.openapi(
    createRoute({
      method: 'get',
      path: '/old-parts',
      tags: [tag],
      summary: '旧件(需回运的索赔配件)',
      request: { query: OldPartQuery },
      responses: { 200: jsonOk(itemsOf(OldPart)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(claimsReader(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/old-parts/tags/print',
      tags: [tag],
      summary: '打印旧件标签(A4,条码为标签号)',
      request: { query: z.object({ ids: z.string().max(20_000).optional() }) },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: HtmlPage } } }, ...errorResponses },
    }),
    async (c) => {
      const ids = c.req
        .valid('query')
        .ids?.split(',')
        .filter((x) => /^[0-9a-f-]{36}$/i.test(x));
      const { parts, stationNames } = await svc.tags(claimsReader(c), ids);
      return c.html(tagSheetHtml(parts, stationNames));
    },
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/old-parts/{id}/deferral',
      tags: [tag],
      summary: '申请延返(不回运)',
      request: { params: IdParam, ...jsonBody(DeferralRequest) },
      responses: { 200: jsonOk(OldPart), ...errorResponses },
    }),
    async (c) => c.json(await svc.requestDeferral(station(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/old-parts/{id}/deferral-decision',
      tags: [tag],
      summary: '厂家同意或拒绝延返',
      request: { params: IdParam, ...jsonBody(DeferralDecision) },
      responses: { 200: jsonOk(OldPart), ...errorResponses },
    }),
    async (c) => c.json(await svc.decideDeferral(maker(c), c.req.valid('param').id, c.req.valid('json').decision), 200),
  );
  r.openapi(
    createRoute({ method: 'get', path: '/old-part-boxes', tags: [tag], summary: '旧件箱', responses: { 200: jsonOk(itemsOf(OldPartBox)), ...errorResponses } }),
    async (c) => c.json({ items: await svc.boxes(claimsReader(c)) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/old-part-boxes',
      tags: [tag],
      summary: '装箱(编号、月份、重量)',
      request: jsonBody(BoxCreate),
      responses: { 201: jsonOk(OldPartBox), ...errorResponses },
    }),
    async (c) => c.json(await svc.createBox(station(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/old-part-batches',
      tags: [tag],
      summary: '旧件回运单(应返 / 实返 / 缺失)',
      request: { query: z.object({ servicePointId: z.uuid({ message: '无效的网点' }).optional() }) },
      responses: { 200: jsonOk(itemsOf(OldPartBatch)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.batches(claimsReader(c), c.req.valid('query').servicePointId) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/old-part-batches/{id}',
      tags: [tag],
      summary: '回运单详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(OldPartBatch), ...errorResponses },
    }),
    async (c) => c.json(await svc.batch(claimsReader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/old-part-batches',
      tags: [tag],
      summary: '服务站发出回运单',
      request: jsonBody(BatchCreate),
      responses: { 201: jsonOk(OldPartBatch), ...errorResponses },
    }),
    async (c) => c.json(await svc.createBatch(station(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/old-part-batches/{id}/receipt',
      tags: [tag],
      summary: '厂家签收回运单:逐件登记实返(检验)或缺失',
      request: { params: IdParam, ...jsonBody(BatchReceipt) },
      responses: { 200: jsonOk(OldPartBatch), ...errorResponses },
    }),
    async (c) => c.json(await svc.receiveBatch(maker(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
