/**
 * GB/T 27922 商品售后服务评价 self-assessment (issue 13 point 6): evidence per indicator gathered from other features'
 * public interfaces, manual evidence and exclusions, the weights setting (inherited down the tree), score, grade and gap
 * list, saved history, A4 report.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { KpiPackService } from '../kpi/index.js';
import { gbtRoutes } from './gbt.routes.js';
import { createGbtService } from './gbt.service.js';
import { createGbtWeightsService } from './gbt-weights.js';

export function gbt27922Module(ctx: ModuleContext, deps: { kpi: KpiPackService }): FeatureModule {
  const svc = createGbtService({ db: ctx.db, now: ctx.now, kpi: deps.kpi });
  return { routers: [gbtRoutes(svc, createGbtWeightsService({ db: ctx.db, now: ctx.now }))] };
}
