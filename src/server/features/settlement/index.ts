/** Settlement (结算): discount within authority or approved above it, payments, invoice, the printed 结算单. */
import type { WorkOrdersApi } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { settlementRoutes } from './settlement.routes.js';
import { createSettlementService } from './settlement.service.js';
import { discountApprovals } from './settlement-approvals.js';

export { settlementsOfOrders } from './home-reads.js';

export function settlementModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi }): FeatureModule {
  const svc = createSettlementService({ db: ctx.db, now: ctx.now, workOrders: deps.workOrders });
  return { routers: [settlementRoutes(svc)], approvals: [discountApprovals(ctx.db, svc)] };
}
