import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { SupplierClaim, SupplierClaimAnswer, SupplierClaimCreate } from '../../../contracts/claims.js';
import type { SuppliersService } from './suppliers.service.js';

const tag = 'Warranty claims 索赔';

export function suppliersRoutes(svc: SuppliersService) {
  const r = newRouter();
  const maker = (c: Parameters<typeof requirePermission>[0]) => requirePermission(c, 'claims.review');
  r.openapi(
    createRoute({
      method: 'get',
      path: '/supplier-claims',
      tags: [tag],
      summary: '二次索赔(向配套厂家追偿)',
      responses: { 200: jsonOk(itemsOf(SupplierClaim)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(maker(c)) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/supplier-claims',
      tags: [tag],
      summary: '向配套厂家发出二次索赔',
      request: jsonBody(SupplierClaimCreate),
      responses: { 201: jsonOk(SupplierClaim), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(maker(c), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/supplier-claims/{id}/answer',
      tags: [tag],
      summary: '登记配套厂家答复(追回金额)',
      request: { params: IdParam, ...jsonBody(SupplierClaimAnswer) },
      responses: { 200: jsonOk(SupplierClaim), ...errorResponses },
    }),
    async (c) => c.json(await svc.answer(maker(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
