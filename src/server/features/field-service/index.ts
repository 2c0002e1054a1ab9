/**
 * The manufacturer's field service (现场服务): the equipment archive (逐号建档), service requests with phone
 * diagnosis, on-site visits with response deadlines and the escalation ladder (job queue), dispatch with the
 * route planner (domain/routing), and the engineer's phone page.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import { createArchiveService } from './archive.service.js';
import { createDispatchService } from './dispatch.service.js';
import { seedDemoField } from './demo-field.js';
import { seedDemoTraining } from './demo-training.js';
import { fieldRoutes } from './field.routes.js';
import { createUnitImport } from './units-import.js';
import { createKpiService } from './kpis.service.js';
import { fieldKpiRoutes } from './kpis.routes.js';
import { fieldTrainingRoutes } from './training.routes.js';
import { fieldBoardMoveRoutes } from './board-move.routes.js';
import { createBoardMoveService } from './board-move.service.js';
import { createTrainingService } from './training.service.js';
import { createMaintenanceJob, MAINTENANCE_QUEUE } from './maintenance.job.js';

import { createInstallService } from './install.service.js';
import { installRoutes } from './install.routes.js';
import { createMaintenanceService } from './maintenance.service.js';
import { maintenanceRoutes } from './maintenance.routes.js';
import { createSettingsService } from './settings.service.js';
import { seedDemoInstall } from './demo-install.js';
import { createLadderHandler, createRequestService, LADDER_QUEUE } from './requests.service.js';

export { scheduleFieldMaintenanceJob } from './maintenance.job.js';

export function fieldServiceModule(ctx: ModuleContext): FeatureModule {
  const { db, now } = ctx;
  const training = createTrainingService({ db, now });
  return {
    routers: [
      fieldRoutes(createArchiveService({ db, now }), createRequestService({ db, now }), createDispatchService({ db, now }), createUnitImport({ db }), training),
      fieldKpiRoutes(createKpiService({ db, now })),
      fieldTrainingRoutes(training),
      fieldBoardMoveRoutes(createBoardMoveService({ db, now })),
      installRoutes(createInstallService({ db, now })),
      maintenanceRoutes(createMaintenanceService({ db, now }), createSettingsService({ db, now })),
    ],
    jobs: { [LADDER_QUEUE]: createLadderHandler({ db, now }), [MAINTENANCE_QUEUE]: createMaintenanceJob({ db, now }) },
    demo: async ({ db: d, pointId, templateKey, now: at }) => {
      await seedDemoField(d, pointId, templateKey, at);
      await seedDemoTraining(d, pointId, templateKey, at);
      await seedDemoInstall(d, pointId, templateKey, at);
    },
  };
}
/** Field visits' counters of the daily rollups (上门及时率, visits done for the KPI pack and the service subsidies). */
export { fieldRollupContributor } from './rollup-contributor.js';
