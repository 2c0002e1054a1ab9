/** The home pages: each role's own work (我的工作台) and the manager's today page. */
import type { WorkOrdersApi } from '../work-orders/index.js';
import type { ApprovalRegistry } from '../approvals/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { homeRoutes } from './home.routes.js';
import { createHomeService } from './home.service.js';
import { createHomeMineService } from './home-mine.service.js';

export function homeModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi; approvals: Pick<ApprovalRegistry, 'pending'> }): FeatureModule {
  const { db, now } = ctx;
  return {
    routers: [homeRoutes(createHomeService({ db, now, orders: deps.workOrders }), createHomeMineService({ db, now, approvals: deps.approvals }))],
  };
}
