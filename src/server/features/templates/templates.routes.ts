import { createRoute } from '@hono/zod-openapi';
import { newRouter } from '../../http/app.js';
import { errorResponses, jsonOk } from '../../http/openapi.js';
import { requireActor } from '../../http/auth-middleware.js';
import { itemsOf } from '../../../contracts/common.js';
import { TemplateSummary } from '../../../contracts/org.js';
import { TEMPLATES } from '../../../domain/org/templates/index.js';

export function templateRoutes() {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/templates',
      tags: ['Organization 组织结构'],
      summary: '内置组织模板 Built-in templates',
      responses: { 200: jsonOk(itemsOf(TemplateSummary)), ...errorResponses },
    }),
    (c) => {
      requireActor(c);
      return c.json(
        {
          items: TEMPLATES.map((t) => ({
            key: t.key,
            nameZh: t.nameZh,
            nameEn: t.nameEn,
            positions: t.positions.length,
            servicePoints: t.servicePoints.length,
          })),
        },
        200,
      );
    },
  );
  return r;
}
