/** Follow-up calls (回访) N days after delivery; a bad answer opens a complaint. */
import type { WorkOrderHook } from '../work-orders/index.js';
import type { TicketService } from '../tickets/index.js';
import type { FeatureModule, ModuleContext } from '../module.js';
import { followUpRoutes } from './follow-ups.routes.js';
import { createFollowUpHook, createFollowUpService } from './follow-ups.service.js';

export { callsDueBy } from './home-reads.js';

/** The work-order hook: delivering a car schedules its follow-up call FOLLOW_UP_DAYS later. */
export const followUpHook = (ctx: ModuleContext): WorkOrderHook => createFollowUpHook({ days: ctx.config.FOLLOW_UP_DAYS });

export function followUpsModule(ctx: ModuleContext, deps: { tickets: TicketService }): FeatureModule {
  return { routers: [followUpRoutes(createFollowUpService({ db: ctx.db, now: ctx.now, tickets: deps.tickets }))] };
}
