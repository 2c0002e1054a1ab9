/**
 * The KPI pack (issue 13 point 4): every manager's KPIs for their data scope and a period, compared with the
 * previous period, the same period last year and the point's targets; drill-down network → region → point →
 * person; trend; .xlsx. Reads only the rollups (features/rollups).
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import { kpiRoutes } from './kpi.routes.js';
import { createKpiPackService } from './kpi.service.js';

export type { KpiPackService } from './kpi.service.js';

export function kpiModule(ctx: ModuleContext): FeatureModule & { api: ReturnType<typeof createKpiPackService> } {
  const service = createKpiPackService({ db: ctx.db, readDb: ctx.readDb, now: ctx.now });
  return { routers: [kpiRoutes(service)], api: service };
}
