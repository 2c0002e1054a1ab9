/** The manager's today page. */
import type { WorkOrdersApi } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { homeRoutes } from './home.routes.js';
import { createHomeService } from './home.service.js';

export function homeModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi }): FeatureModule {
  return { routers: [homeRoutes(createHomeService({ db: ctx.db, now: ctx.now, orders: deps.workOrders }))] };
}
