/** Stocktaking (盘点): count sheets by location, counted quantities, variance with value, approval, booking (ADR 020). */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { PartsApi } from '../parts/index.js';
import { countApprovals } from './count-approvals.js';
import { seedDemoCount } from './demo.js';
import { stocktakingRoutes } from './stocktaking.routes.js';
import { createStocktakingService } from './stocktaking.service.js';

export function stocktakingModule(ctx: ModuleContext, deps: { parts: PartsApi }): FeatureModule {
  const { db, now } = ctx;
  const svc = createStocktakingService({ db, now, parts: () => deps.parts });
  return {
    routers: [stocktakingRoutes(svc)],
    approvals: [countApprovals(db, svc)],
    demo: async (d) => {
      if (d.templateKey === 'auto-dealership') await seedDemoCount(d.db, d.pointId, d.now);
    },
  };
}
