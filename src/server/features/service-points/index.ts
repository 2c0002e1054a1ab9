/** The service-point tree (网络) and data scope: visiblePoint answers 404 outside the actor's scope. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { servicePointRoutes } from './service-points.routes.js';
import { createServicePointService } from './service-points.service.js';

export { checkPointVisible, visiblePoint } from './scope.js';
export { countPoints, findPoint, findPointByCode, firstPointOfKinds, listPointsByIds, listPointsUnder, movePointSubtree } from './service-points.repo.js';

export function servicePointsModule(ctx: ModuleContext): FeatureModule {
  return { routers: [servicePointRoutes(createServicePointService({ db: ctx.db, now: ctx.now }))] };
}
/** The create/update rules of a point, for features that make points in their own transaction (candidate dealers). */
export { createServicePointService } from './service-points.service.js';
export type { ServicePointRow } from './service-points.repo.js';
