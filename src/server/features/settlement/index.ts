/** Settlement (结算): discount within authority or approved above it, payments, invoice, the printed 结算单. */
import type { WorkOrdersApi } from '../work-orders/index.js';
import type { MembersApi } from '../members/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { settlementRoutes } from './settlement.routes.js';
import { createSettlementService } from './settlement.service.js';

export function settlementModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi; members?: MembersApi }): FeatureModule {
  return { routers: [settlementRoutes(createSettlementService({ db: ctx.db, now: ctx.now, workOrders: deps.workOrders, members: deps.members }))] };
}
