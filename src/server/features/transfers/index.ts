/** Parts transfers between stations of one network (调拨) and the network's stock sharing (库存共享). */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { PartsApi } from '../parts/index.js';
import { seedDemoTransfer } from './demo.js';
import { createSharingService } from './sharing.js';
import { transferApprovals } from './transfer-approvals.js';
import { transferRoutes } from './transfers.routes.js';
import { createTransferService } from './transfers.service.js';

export function transfersModule(ctx: ModuleContext, deps: { parts: PartsApi }): FeatureModule {
  const { db, now } = ctx;
  const svc = createTransferService({ db, now, parts: () => deps.parts });
  return {
    routers: [transferRoutes(svc, createSharingService({ db, now }))],
    approvals: [transferApprovals(db, svc)],
    demo: async (d) => {
      if (d.templateKey === 'auto-dealership') await seedDemoTransfer(d.db, d.pointId, d.now);
    },
  };
}
