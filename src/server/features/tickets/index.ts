/**
 * Customer feedback and complaints (客户反馈/投诉): intake, routing, SLA clocks and escalation (the deadline job),
 * compensation, the public form and status pages, surveys, statistics and improvement actions.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import { crmRoutes } from './crm.routes.js';
import { createCompensationService } from './compensation.service.js';
import { seedDemoTickets } from './demo-tickets.js';
import { createImprovementService } from './improvement.service.js';
import { publicTicketRoutes } from './public.routes.js';
import { createPublicTicketService } from './public.service.js';
import { createTicketStatsService } from './stats.service.js';
import { createDeadlineHandler } from './ticket-escalation.js';
import { ticketSettingsRoutes } from './ticket-settings.routes.js';
import { createTicketSettingsService } from './ticket-settings.service.js';
import { DEADLINE_QUEUE } from './ticket-support.js';
import { ticketRoutes } from './tickets.routes.js';
import { createTicketService, type TicketService } from './tickets.service.js';

export type { TicketService } from './tickets.service.js';

export function ticketsModule(ctx: ModuleContext): FeatureModule & { api: TicketService } {
  const { db, now } = ctx;
  const tickets = createTicketService({ db, now });
  return {
    api: tickets,
    routers: [
      ticketRoutes(tickets, createCompensationService({ db, now })),
      publicTicketRoutes(createPublicTicketService({ db, now, tickets }), ctx.publicLimits),
      ticketSettingsRoutes(createTicketSettingsService({ db, now })),
      crmRoutes(createTicketStatsService({ db, now }), createImprovementService({ db, now })),
    ],
    jobs: { [DEADLINE_QUEUE]: createDeadlineHandler({ db, now }) },
    demo: ({ db: d, pointId, now: at }) => seedDemoTickets(d, pointId, at),
  };
}
