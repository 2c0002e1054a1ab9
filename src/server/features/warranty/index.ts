/**
 * Warranty (三包): policies per model family kept at the manufacturer's HQ and read by the network below it, the
 * coverage of a car and part (包修期 / 三包有效期 / wear parts), the 三包 watch with its warnings and alerts, customers'
 * 换/退 requests, warranty-line checks for work orders, recalls and service campaigns.
 *
 * Other features use `WarrantyApi` (claims: `coverageFor`); main.ts wires `lineGuard` into work orders and `hook`
 * into the work-order hooks.
 */
import type { Db, Tx } from '../../db/client.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import type { LineGuard, WorkOrderHook } from '../work-orders/index.js';
import { coverageFor, type CoverageQuery } from './coverage.service.js';
import type { Coverage } from '../../../domain/warranty/coverage.js';
import { createWarrantyService } from './warranty.service.js';
import { campaignHook, createCampaignService, VIN_IMPORT_QUEUE } from './campaigns.service.js';
import { warrantyRoutes } from './warranty.routes.js';
import { warrantyLineGuard } from './line-guard.js';
import { watchHook } from './watch.service.js';
import { warrantyDemo } from './demo.js';
import { createWatchDailyJob, WATCH_DAILY_QUEUE } from './watch-daily.job.js';

export type { Coverage, CoverageQuery };
export type { WarrantyPolicy, MainSystem, PartKind } from '../../../domain/warranty/coverage.js';
/** For the bench: validate and import one uploaded VIN list. */
export { processVinImport } from './campaigns.service.js';
/** The daily 三包 watch re-check of the cars in the workshop (the CLI's serve queues the first run). */
export { scheduleWarrantyWatchJob, WATCH_DAILY_QUEUE } from './watch-daily.job.js';

/** What other features may ask of warranty. */
export interface WarrantyApi {
  /** Coverage of a car (and a part number) at an instant and mileage, in the car's point's zone. */
  coverageFor(q: Db | Tx, query: CoverageQuery): Promise<Coverage & { policyId: string | null }>;
}

export function warrantyModule(ctx: ModuleContext): FeatureModule & { api: WarrantyApi; lineGuard: LineGuard; hook: WorkOrderHook } {
  const { db, now } = ctx;
  const campaigns = createCampaignService({ db, now });
  const watch = watchHook(now);
  const complete = campaignHook(now);
  return {
    routers: [warrantyRoutes(createWarrantyService({ db, now }), campaigns)],
    jobs: { [VIN_IMPORT_QUEUE]: (job) => campaigns.handleJob(job), [WATCH_DAILY_QUEUE]: createWatchDailyJob({ db, now }) },
    demo: warrantyDemo,
    api: { coverageFor },
    lineGuard: warrantyLineGuard,
    /** The 三包 watch after 确定修理 / 完成修理, and recall orders completing their campaigns at QC pass. */
    hook: async (tx, order, event, actor) => {
      await watch(tx, order, event, actor);
      await complete(tx, order, event, actor);
    },
  };
}
