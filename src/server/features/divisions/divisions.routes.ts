import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { divisionTree } from './divisions.js';

const County = z.object({ code: z.string(), name: z.string() });
const City = County.extend({ children: z.array(County).optional() });
const DivisionSchema = County.extend({ children: z.array(City).optional() }).openapi('Division');

export function divisionRoutes() {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get', path: '/regions', tags: ['Network 服务网络'], summary: '行政区划(省/市/区县)Administrative divisions',
      responses: { 200: jsonOk(z.object({ items: z.array(DivisionSchema) })), ...errorResponses },
    }),
    (c) => {
      requireActor(c);
      c.header('cache-control', 'private, max-age=3600');
      return c.json({ items: divisionTree() as z.infer<typeof DivisionSchema>[] }, 200);
    },
  );
  return r;
}
