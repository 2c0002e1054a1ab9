/** The workshop's services and routers, wired for main.ts (which may only add a line for them). */
import type { Database } from '../../db/client.js';
import type { WorkOrderHook } from '../work-orders/work-orders.service.js';
import { visiblePoint } from '../service-points/scope.js';
import { boardEventsFor } from './board-events.js';
import { createDispatchService } from './dispatch.service.js';
import { createJobService } from './jobs.service.js';
import { createQcService } from './qc.service.js';
import { createKpiService } from './kpis.service.js';
import { workshopRoutes } from './workshop.routes.js';
import { qcRoutes } from './qc.routes.js';
import { workshopEventRoutes } from './events.routes.js';

/** Board, dispatch, job actions, attendance, QC, KPIs and live events; `hooks` are the work-order hooks (act() runs them). */
export function workshopRouters(deps: { database: Database; now: () => Date; hooks: WorkOrderHook[] }) {
  const { database, now, hooks } = deps;
  const db = database.db;
  const events = boardEventsFor(database);
  return [
    workshopRoutes(createDispatchService({ db, now, events }), createJobService({ db, now, events, hooks })),
    qcRoutes(createQcService({ db, now, hooks }), createKpiService({ db, now })),
    workshopEventRoutes(events, (actor, servicePointId) => visiblePoint(db, actor, servicePointId)),
  ];
}
