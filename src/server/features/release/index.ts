/** Release control (放行): exit passes (出门证) issued at delivery after settlement or 挂账, and the gate check (门卫). */
import type { WorkOrderHook } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { releaseRoutes } from './release.routes.js';
import { createReleaseService } from './release.service.js';

export function releaseModule(ctx: ModuleContext): FeatureModule & { hook: WorkOrderHook } {
  const svc = createReleaseService({ db: ctx.db, now: ctx.now });
  return { routers: [releaseRoutes(svc)], hook: svc.hook };
}
