/** Routes of service packages (保养套餐) and visit cards (次卡). */
import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireAnyPermission, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf, paged } from '../../../contracts/common.js';
import {
  ServicePackage,
  ServicePackageCreate,
  ServicePackageQuery,
  ServicePackageUpdate,
  VisitCard,
  VisitCardCreate,
  VisitCardQuery,
  VisitCardUse,
  VisitCardUseEntry,
} from '../../../contracts/members.js';
import type { PackageService } from './packages.service.js';
import type { VisitCardService } from './visit-cards.service.js';

const tag = 'Packages 保养套餐与次卡';
const READ = ['work-orders.manage', 'cashier.settle', 'customers.manage', 'settings.manage'] as const;

export function packageRoutes(svc: PackageService, cards: VisitCardService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/service-packages',
      tags: [tag],
      summary: '保养套餐(名称、代码或拼音首字母)',
      request: { query: ServicePackageQuery },
      responses: { 200: jsonOk(paged(ServicePackage)), ...errorResponses },
    }),
    async (c) => c.json(await svc.list(requireAnyPermission(c, [...READ]), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/service-packages',
      tags: [tag],
      summary: '新建保养套餐',
      request: jsonBody(ServicePackageCreate),
      responses: { 201: jsonOk(ServicePackage), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'settings.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/service-packages/{id}',
      tags: [tag],
      summary: '保养套餐',
      request: { params: IdParam },
      responses: { 200: jsonOk(ServicePackage), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requireAnyPermission(c, [...READ]), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/service-packages/{id}',
      tags: [tag],
      summary: '修改保养套餐',
      request: { params: IdParam, ...jsonBody(ServicePackageUpdate) },
      responses: { 200: jsonOk(ServicePackage), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'settings.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/visit-cards',
      tags: [tag],
      summary: '次卡',
      request: { query: VisitCardQuery },
      responses: { 200: jsonOk(itemsOf(VisitCard)), ...errorResponses },
    }),
    async (c) => c.json(await cards.list(requireAnyPermission(c, [...READ]), c.req.valid('query')), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/visit-cards',
      tags: [tag],
      summary: '办理次卡',
      request: jsonBody(VisitCardCreate),
      responses: { 201: jsonOk(VisitCard), ...errorResponses },
    }),
    async (c) => c.json(await cards.create(requireAnyPermission(c, ['cashier.settle', 'customers.manage']), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/visit-cards/{id}/use',
      tags: [tag],
      summary: '用次卡支付工单的一个工时项目',
      request: { params: IdParam, ...jsonBody(VisitCardUse) },
      responses: { 200: jsonOk(VisitCard), ...errorResponses },
    }),
    async (c) => c.json(await cards.use(requireAnyPermission(c, ['cashier.settle', 'work-orders.manage']), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/visit-cards/{id}/uses',
      tags: [tag],
      summary: '次卡使用记录',
      request: { params: IdParam },
      responses: { 200: jsonOk(itemsOf(VisitCardUseEntry)), ...errorResponses },
    }),
    async (c) => c.json(await cards.uses(requireAnyPermission(c, [...READ]), c.req.valid('param').id), 200),
  );
  return r;
}
