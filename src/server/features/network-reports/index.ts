/** Reports upward (issue 13 point 5): monthly station report, quarterly 小结, annual 总结; archived and searchable. */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { KpiPackService } from '../kpi/index.js';
import { reportRoutes } from './reports.routes.js';
import { createReportService } from './reports.service.js';

export function networkReportsModule(ctx: ModuleContext, deps: { kpi: KpiPackService }): FeatureModule {
  return { routers: [reportRoutes(createReportService({ db: ctx.db, now: ctx.now, kpi: deps.kpi }))] };
}
