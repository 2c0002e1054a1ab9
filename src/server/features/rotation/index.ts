/** Staff rotation of regional offices (issue 13 point 2): quarterly plans, hand-over records, applied on the effective date. */
import type { FeatureModule, ModuleContext } from '../module.js';
import { rotationRoutes } from './rotation.routes.js';
import { createRotationService, ROTATION_QUEUE } from './rotation.service.js';

export function rotationModule(ctx: ModuleContext): FeatureModule {
  const svc = createRotationService({ db: ctx.db, now: ctx.now });
  return {
    routers: [rotationRoutes(svc)],
    jobs: {
      [ROTATION_QUEUE]: async () => {
        await svc.applyDue();
      },
    },
  };
}
