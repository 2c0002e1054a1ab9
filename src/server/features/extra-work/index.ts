/**
 * 增项 (extra work found on the car): the technician reports it, the advisor prices it and asks the customer by
 * link (SMS/WeChat, notify.ts) or at the counter; approved items join the order (WorkOrdersApi.appendLinesInTx: jobs and reservations follow),
 * refused ones are the car's 拒修项目, shown at its next visit.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { WorkOrdersApi } from '../work-orders/index.js';
import { createRateLimiter, limitByClient } from '../../http/rate-limit.js';
import { extraWorkRoutes } from './extra-work.routes.js';
import { createExtraWorkService } from './extra-work.service.js';
import { publicExtraWorkRoutes } from './public.routes.js';
import { createPublicExtraWorkService } from './public.service.js';

export type { ExtraWorkService } from './extra-work.service.js';

export function extraWorkModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi }): FeatureModule {
  const { db, now } = ctx;
  // Reads and answers per client, shared by instances: a token cannot be guessed at speed.
  const limit = limitByClient(createRateLimiter({ db, name: 'public-extra-work', limit: 60, windowMs: 60_000 }), ctx.config.TRUST_PROXY);
  return {
    routers: [
      extraWorkRoutes(createExtraWorkService({ db, now, workOrders: deps.workOrders })),
      publicExtraWorkRoutes(createPublicExtraWorkService({ db, now, workOrders: deps.workOrders }), limit),
    ],
  };
}
