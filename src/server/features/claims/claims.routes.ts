import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import {
  ClaimCreate,
  ClaimDecision,
  ClaimPreauth,
  ClaimQuery,
  ClaimSubmit,
  ClaimUpdate,
  ClaimWorkOrder,
  ClaimWorkOrderQuery,
  PreauthCreate,
  PreauthDecision,
  WarrantyClaim,
} from '../../../contracts/claims.js';
import type { ClaimsService } from './claims.service.js';
import type { ReviewService } from './review.service.js';

const tag = 'Warranty claims 索赔';
type C = Parameters<typeof requirePermission>[0];
/** Station claims staff and the manufacturer's reviewers read claims (each in their own scope). */
export const claimsReader = (c: C) => requireAnyPermission(c, ['claims.manage', 'claims.review']);
const station = (c: C) => requirePermission(c, 'claims.manage');
const reviewer = (c: C) => requirePermission(c, 'claims.review');

export function claimsRoutes(svc: ClaimsService, review: ReviewService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claims',
      tags: [tag],
      summary: '索赔单列表 / 审核队列(按网点或大区、状态、等待天数筛选)',
      request: { query: ClaimQuery },
      responses: { 200: jsonOk(itemsOf(WarrantyClaim)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(claimsReader(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claim-work-orders',
      tags: [tag],
      summary: '可提报索赔的三包工单(已结算/交车且未生成索赔单),或在修的三包工单(申请预授权)',
      request: { query: ClaimWorkOrderQuery },
      responses: { 200: jsonOk(itemsOf(ClaimWorkOrder)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.workOrders(station(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claims/{id}',
      tags: [tag],
      summary: '索赔单详情',
      request: { params: IdParam },
      responses: { 200: jsonOk(WarrantyClaim), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(claimsReader(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claims',
      tags: [tag],
      summary: '由三包工单生成索赔单(结算/交车后)',
      request: jsonBody(ClaimCreate),
      responses: { 201: jsonOk(WarrantyClaim), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(station(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/claims/{id}',
      tags: [tag],
      summary: '修改索赔单(未上报或退回)',
      request: { params: IdParam, ...jsonBody(ClaimUpdate) },
      responses: { 200: jsonOk(WarrantyClaim), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(station(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claims/{id}/pre-check',
      tags: [tag],
      summary: '自动预审(结果保存在索赔单上)',
      request: { params: IdParam },
      responses: { 200: jsonOk(WarrantyClaim), ...errorResponses },
    }),
    async (c) => c.json(await svc.preCheck(station(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claims/{id}/submit',
      tags: [tag],
      summary: '上报厂家(预审须通过)',
      request: { params: IdParam, ...jsonBody(ClaimSubmit) },
      responses: { 200: jsonOk(WarrantyClaim), ...errorResponses },
    }),
    async (c) => c.json(await svc.submit(station(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claims/{id}/start-review',
      tags: [tag],
      summary: '厂家开始审核',
      request: { params: IdParam, ...jsonBody(ClaimSubmit) },
      responses: { 200: jsonOk(WarrantyClaim), ...errorResponses },
    }),
    async (c) => c.json(await review.startReview(reviewer(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claims/{id}/decision',
      tags: [tag],
      summary: '厂家审核:通过(权限内)、拒绝或退回(须写原因)',
      request: { params: IdParam, ...jsonBody(ClaimDecision) },
      responses: { 200: jsonOk(WarrantyClaim), ...errorResponses },
    }),
    async (c) => c.json(await review.decideClaim(reviewer(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claim-preauths',
      tags: [tag],
      summary: '索赔预授权列表',
      request: { query: z.object({ servicePointId: z.uuid({ message: '无效的网点' }).optional(), status: z.string().max(60).optional() }) },
      responses: { 200: jsonOk(itemsOf(ClaimPreauth)), ...errorResponses },
    }),
    async (c) => c.json({ items: await review.listPreauths(claimsReader(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claim-preauths',
      tags: [tag],
      summary: '申请预授权(高额维修)',
      request: jsonBody(PreauthCreate),
      responses: { 201: jsonOk(ClaimPreauth), ...errorResponses },
    }),
    async (c) => c.json(await review.requestPreauth(station(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/claim-preauths/{id}/decision',
      tags: [tag],
      summary: '厂家批准或拒绝预授权',
      request: { params: IdParam, ...jsonBody(PreauthDecision) },
      responses: { 200: jsonOk(ClaimPreauth), ...errorResponses },
    }),
    async (c) => c.json(await review.decidePreauth(reviewer(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
