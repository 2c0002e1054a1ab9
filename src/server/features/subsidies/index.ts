/** Service subsidies (issue 13 point 3): rules per dealer type, monthly statements from completed work, approval, .xlsx. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { subsidyRoutes } from './subsidies.routes.js';
import { createSubsidyService } from './subsidies.service.js';
import { subsidyApprovals } from './subsidy-approvals.js';

export function subsidiesModule(ctx: ModuleContext): FeatureModule {
  const svc = createSubsidyService({ db: ctx.db, now: ctx.now });
  return { routers: [subsidyRoutes(svc)], approvals: [subsidyApprovals(ctx.db, svc)] };
}
