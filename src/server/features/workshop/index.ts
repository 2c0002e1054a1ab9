/**
 * Workshop (车间): jobs per labor line on the board, dispatch and suggestions, clocks and attendance, QC with
 * certificates, KPIs and the live board (SSE over LISTEN/NOTIFY).
 */
import type { WorkOrderHook, WorkOrdersApi } from '../work-orders/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { visiblePoint } from '../service-points/index.js';
import { boardEventsFor } from './board-events.js';
import { createDispatchService } from './dispatch.service.js';
import { workshopEventRoutes } from './events.routes.js';
import { createJobService } from './jobs.service.js';
import { createKpiService } from './kpis.service.js';
import { qcRoutes } from './qc.routes.js';
import { createQcService } from './qc.service.js';
import { createQcChecklistService } from './qc-checklist.service.js';
import { createWorkshopHook } from './workshop.hook.js';
import { workshopRoutes } from './workshop.routes.js';

export { jobsOfTechnician } from './home-reads.js';

/** The work-order hook: jobs on confirm, cancelled with the order, reopened on a failed QC. */
export const workshopHook = (ctx: ModuleContext): WorkOrderHook => createWorkshopHook({ now: ctx.now, events: boardEventsFor(ctx.database) });

export function workshopModule(ctx: ModuleContext, deps: { workOrders: WorkOrdersApi }): FeatureModule {
  const { db, now } = ctx;
  const events = boardEventsFor(ctx.database);
  const { workOrders } = deps;
  return {
    routers: [
      workshopRoutes(createDispatchService({ db, now, events }), createJobService({ db, now, events, workOrders })),
      qcRoutes(createQcService({ db, now, workOrders }), createKpiService({ db, now }), createQcChecklistService({ db, now })),
      workshopEventRoutes(events, (actor, servicePointId) => visiblePoint(db, actor, servicePointId)),
    ],
  };
}
