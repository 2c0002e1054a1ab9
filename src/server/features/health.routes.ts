import { createRoute, z } from '@hono/zod-openapi';
import { newRouter } from '../http/app.js';
import { jsonOk } from '../http/openapi.js';
import { pingDb, type Db, type DbKind } from '../db/client.js';

const Health = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['pglite', 'postgres']), version: z.string(), uptimeSeconds: z.number() }).openapi('Health');

export function healthRoutes(db: Db, kind: DbKind, version: string) {
  const r = newRouter();
  const started = Date.now();
  r.openapi(createRoute({ method: 'get', path: '/health', tags: ['System 系统'], summary: '健康检查 Health', security: [],
    responses: { 200: jsonOk(Health), 503: jsonOk(Health, 'Database unreachable') } }),
    async (c) => {
      const ok = await pingDb(db);
      const body = { status: ok ? ('ok' as const) : ('degraded' as const), db: kind, version, uptimeSeconds: Math.round((Date.now() - started) / 1000) };
      return ok ? c.json(body, 200) : c.json(body, 503);
    });
  return r;
}
