/** GET /api/health: whether the database answers, which one it is, the version and uptime. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { healthRoutes } from './health.routes.js';
import { createHealthService } from './health.service.js';

export function healthModule(ctx: ModuleContext, deps: { version: string }): FeatureModule {
  return { routers: [healthRoutes(createHealthService({ database: ctx.database, version: deps.version }))] };
}
