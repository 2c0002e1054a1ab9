import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonBody, jsonOk } from '../../http/openapi.js';
import { requirePermission } from '../../http/auth-middleware.js';
import {
  ClaimCatalog,
  ClaimPart,
  ClaimPartBody,
  ClaimSettingsBody,
  ComponentSupplier,
  ComponentSupplierBody,
  FaultCode,
  FaultCodeBody,
  LaborCode,
  LaborCodeBody,
} from '../../../contracts/claims.js';
import type { CatalogService } from './catalog.service.js';
import { claimsReader } from './claims.routes.js';

const tag = 'Warranty claims 索赔';

export function catalogRoutes(svc: CatalogService) {
  const r = newRouter();
  const keeper = (c: Parameters<typeof requirePermission>[0]) => requirePermission(c, 'claims.review');
  r.openapi(
    createRoute({
      method: 'get',
      path: '/claim-catalog',
      tags: [tag],
      summary: '厂家索赔目录:参数、故障代码、索赔工时代码、配件、配套厂家',
      responses: { 200: jsonOk(ClaimCatalog), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(claimsReader(c)), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/claim-catalog/settings',
      tags: [tag],
      summary: '索赔参数(工时单价、配件加价、其他费用上限、时限)',
      request: jsonBody(ClaimSettingsBody),
      responses: { 200: jsonOk(ClaimSettingsBody), ...errorResponses },
    }),
    async (c) => {
      const row = await svc.putSettings(keeper(c), c.req.valid('json'));
      const { id: _i, servicePointId: _p, createdAt: _c, updatedAt: _u, ...body } = row;
      return c.json(body, 200);
    },
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/claim-catalog/fault-codes',
      tags: [tag],
      summary: '新增或修改故障代码',
      request: jsonBody(FaultCodeBody),
      responses: { 200: jsonOk(FaultCode), ...errorResponses },
    }),
    async (c) => c.json(await svc.putFaultCode(keeper(c), c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/claim-catalog/labor-codes',
      tags: [tag],
      summary: '新增或修改索赔工时代码(对应故障代码、适用车型)',
      request: jsonBody(LaborCodeBody),
      responses: { 200: jsonOk(LaborCode), ...errorResponses },
    }),
    async (c) => c.json(await svc.putLaborCode(keeper(c), c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/claim-catalog/parts',
      tags: [tag],
      summary: '新增或修改索赔配件(适用车型、需回运、配套厂家)',
      request: jsonBody(ClaimPartBody),
      responses: { 200: jsonOk(ClaimPart), ...errorResponses },
    }),
    async (c) => c.json(await svc.putPart(keeper(c), c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'put',
      path: '/claim-catalog/suppliers',
      tags: [tag],
      summary: '新增或修改配套厂家',
      request: jsonBody(ComponentSupplierBody),
      responses: { 200: jsonOk(ComponentSupplier), ...errorResponses },
    }),
    async (c) => c.json(await svc.putSupplier(keeper(c), c.req.valid('json')), 200),
  );
  return r;
}
