import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { Division } from '../../../contracts/org.js';
import { divisionTree } from './divisions.js';

export function divisionRoutes() {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/regions',
      tags: ['Network 服务网络'],
      summary: '行政区划(省/市/区县)Administrative divisions',
      responses: { 200: jsonOk(itemsOf(Division)), ...errorResponses },
    }),
    (c) => {
      requireActor(c);
      c.header('cache-control', 'private, max-age=3600');
      // The tree has three levels: province, city, county.
      return c.json({ items: divisionTree() as Division[] }, 200);
    },
  );
  return r;
}
