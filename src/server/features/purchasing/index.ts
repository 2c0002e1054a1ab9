/** Parts purchasing (配件采购): vendors, reorder levels, purchase suggestions, purchase orders with approval, receiving. */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { PartsApi } from '../parts/index.js';
import { seedDemoPurchasing } from './demo.js';
import { createPartsKpiService } from './kpi.service.js';
import { createPlanningService } from './planning.service.js';
import { purchaseApprovals } from './purchase-approvals.js';
import { createPurchaseOrderService } from './purchase-orders.service.js';
import { purchasingRoutes } from './purchasing.routes.js';
import { vendorRoutes } from './vendors.routes.js';
import { createVendorsService } from './vendors.service.js';

export function purchasingModule(ctx: ModuleContext, deps: { parts: PartsApi }): FeatureModule {
  const { db, now } = ctx;
  const planning = createPlanningService({ db, now });
  const orders = createPurchaseOrderService({ db, now, parts: () => deps.parts });
  return {
    routers: [purchasingRoutes(planning, orders, createPartsKpiService({ db, now }), now), vendorRoutes(createVendorsService({ db, now }))],
    approvals: [purchaseApprovals(db, orders)],
    demo: async (d) => {
      if (d.templateKey === 'auto-dealership') await seedDemoPurchasing(d.db, d.pointId, d.now, deps.parts);
    },
  };
}
