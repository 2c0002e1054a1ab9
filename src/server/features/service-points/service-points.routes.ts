import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, IdParam, jsonBody, jsonOk } from '../../http/openapi.js';
import { requireActor, requirePermission } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { ServicePoint, ServicePointCreate, ServicePointUpdate } from '../../../contracts/org.js';
import type { ServicePointService } from './service-points.service.js';

const tag = 'Network 服务网络';

export function servicePointRoutes(svc: ServicePointService) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/service-points',
      tags: [tag],
      summary: '可见的服务网点(本网点及下级)Visible service points',
      responses: { 200: jsonOk(itemsOf(ServicePoint)), ...errorResponses },
    }),
    async (c) => c.json({ items: await svc.list(requireActor(c)) }, 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/service-points/{id}',
      tags: [tag],
      summary: '服务网点详情 Service point',
      request: { params: IdParam },
      responses: { 200: jsonOk(ServicePoint), ...errorResponses },
    }),
    async (c) => c.json(await svc.get(requireActor(c), c.req.valid('param').id), 200),
  );
  r.openapi(
    createRoute({
      method: 'post',
      path: '/service-points',
      tags: [tag],
      summary: '新建下级网点 Create a service point',
      request: jsonBody(ServicePointCreate),
      responses: { 201: jsonOk(ServicePoint), ...errorResponses },
    }),
    async (c) => c.json(await svc.create(requirePermission(c, 'service-points.manage'), c.req.valid('json')), 201),
  );
  r.openapi(
    createRoute({
      method: 'patch',
      path: '/service-points/{id}',
      tags: [tag],
      summary: '修改网点 Update a service point',
      request: { params: IdParam, ...jsonBody(ServicePointUpdate) },
      responses: { 200: jsonOk(ServicePoint), ...errorResponses },
    }),
    async (c) => c.json(await svc.update(requirePermission(c, 'service-points.manage'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return r;
}
