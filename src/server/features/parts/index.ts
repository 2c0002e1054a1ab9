/** Parts stock (配件库存) and the parts side of work orders: reservation, picking, returns, backorders. */
import type { WorkOrderHook } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { seedDemoStock } from './demo-stock.js';
import { partsRoutes } from './parts.routes.js';
import { createPartsStatsService } from './parts-stats.service.js';
import { createStockService } from './stock.service.js';
import { createWorkOrderPartsService } from './work-order-parts.service.js';

export { ordersToPick } from './home-reads.js';

const DAY_MS = 86_400_000;

export function partsModule(ctx: ModuleContext): FeatureModule & { hook: WorkOrderHook } {
  const { db, now } = ctx;
  const orders = createWorkOrderPartsService({ db, now });
  return {
    routers: [partsRoutes(createStockService({ db, now }), orders, createPartsStatsService({ db }))],
    // The work-order hook: reserve parts on confirm, release them on cancel and delivery.
    hook: orders.hook,
    // Stock received a month ago at the demo dealership.
    demo: async ({ db: d, pointId, templateKey, now: at }) => {
      if (templateKey === 'auto-dealership') await seedDemoStock(d, pointId, new Date(at.getTime() - 30 * DAY_MS));
    },
  };
}
