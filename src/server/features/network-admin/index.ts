/**
 * Network administration (issue 13 point 1): tier, star grade, accreditation lifecycle with dated records and
 * documents, coverage regions (the service points' own), evaluation scorecards and rectification actions.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import type { KpiPackService } from '../kpi/index.js';
import { networkAdminRoutes } from './network-admin.routes.js';
import { createNetworkAdminService } from './network-admin.service.js';

export type { NetworkAdminService } from './network-admin.service.js';

export function networkAdminModule(ctx: ModuleContext, deps: { kpi: KpiPackService }): FeatureModule & { api: ReturnType<typeof createNetworkAdminService> } {
  const service = createNetworkAdminService({ db: ctx.db, now: ctx.now, kpi: deps.kpi });
  return { routers: [networkAdminRoutes(service)], api: service };
}
/** Rectification actions of points, for the GB/T 27922 self-assessment's evidence. */
export { rectificationsOf } from './network-admin.repo.js';
