/** Settlement (结算): the bill as issued, discount within authority or approved above it, payments or 挂账, invoice, the printed 结算单. */
import type { WorkOrdersApi } from '../work-orders/index.js';
import type { MembersApi } from '../members/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { settlementRoutes } from './settlement.routes.js';
import { createSettlementService } from './settlement.service.js';
import { createOnAccountService } from './on-account.service.js';
import { discountApprovals } from './settlement-approvals.js';

export { settlementsOfOrders } from './home-reads.js';

export function settlementModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi; members?: MembersApi }): FeatureModule {
  const d = { db: ctx.db, now: ctx.now, workOrders: deps.workOrders };
  const svc = createSettlementService({ ...d, members: deps.members });
  return { routers: [settlementRoutes(svc, createOnAccountService(d))], approvals: [discountApprovals(ctx.db, svc)] };
}
