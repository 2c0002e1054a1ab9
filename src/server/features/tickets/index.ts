/**
 * Customer feedback and complaints (客户反馈/投诉): intake, routing, SLA clocks and escalation (the deadline job),
 * compensation, the public form and status pages, surveys, statistics and improvement actions.
 */
import type { FeatureModule, ModuleContext } from '../module.js';
import { crmRoutes } from './crm.routes.js';
import { compensationApprovals, createCompensationService } from './compensation.service.js';
import { seedDemoTickets } from './demo-tickets.js';
import { createImprovementService } from './improvement.service.js';
import { publicTicketRoutes, type PublicLimits } from './public.routes.js';
import { createRateLimiter, limitByClient } from '../../http/rate-limit.js';
import { createPublicTicketService } from './public.service.js';
import { createTicketStatsService } from './stats.service.js';
import { createDeadlineHandler } from './ticket-escalation.js';
import { ticketSettingsRoutes } from './ticket-settings.routes.js';
import { createTicketSettingsService } from './ticket-settings.service.js';
import { DEADLINE_QUEUE } from './ticket-support.js';
import { DEADLINE_REFRESH_QUEUE, refreshPausedDeadlines } from './ticket-deadlines.js';
import { enqueue } from '../../jobs/queue.js';
import type { Db } from '../../db/client.js';
import { ticketRoutes } from './tickets.routes.js';
import { createTicketService, type TicketService } from './tickets.service.js';

export { ticketsPastDeadline } from './home-reads.js';
/** The point's working calendar (settings → calendars), for deadlines in working days elsewhere (e.g. 三包 换/退). */
export { loadCalendar } from './sla-settings.js';

export type { TicketService } from './tickets.service.js';

/** Queue the one-time refresh of stored deadlines (ADR 020); the dedupe key makes it run once per database. */
export const scheduleDeadlineRefresh = (db: Db, at: Date) =>
  enqueue(db, { queue: DEADLINE_REFRESH_QUEUE, runAt: at, dedupeKey: `${DEADLINE_REFRESH_QUEUE}:020` });

/** Per client and shared by all instances: 5 submissions per 10 minutes (tests may change it), 120 reads a minute. */
function publicLimits(ctx: ModuleContext): PublicLimits {
  const trust = ctx.config.TRUST_PROXY;
  const submit = createRateLimiter({
    db: ctx.db,
    name: 'public-submit',
    limit: ctx.publicLimits?.submitLimit ?? 5,
    windowMs: ctx.publicLimits?.windowMs ?? 10 * 60_000,
  });
  return {
    submit: limitByClient(submit, trust),
    read: limitByClient(createRateLimiter({ db: ctx.db, name: 'public-read', limit: 120, windowMs: 60_000 }), trust),
  };
}

export function ticketsModule(ctx: ModuleContext): FeatureModule & { api: TicketService } {
  const { db, now } = ctx;
  const tickets = createTicketService({ db, now });
  const compensation = createCompensationService({ db, now });
  return {
    api: tickets,
    approvals: [compensationApprovals(compensation)],
    routers: [
      ticketRoutes(tickets, compensation),
      publicTicketRoutes(createPublicTicketService({ db, now, tickets }), publicLimits(ctx)),
      ticketSettingsRoutes(createTicketSettingsService({ db, now })),
      crmRoutes(createTicketStatsService({ db, now }), createImprovementService({ db, now })),
    ],
    jobs: { [DEADLINE_QUEUE]: createDeadlineHandler({ db, now }), [DEADLINE_REFRESH_QUEUE]: () => refreshPausedDeadlines(db, now()) },
    demo: ({ db: d, pointId, now: at }) => seedDemoTickets(d, pointId, at),
  };
}
/** The points' improvement actions (服务改进), for the GB/T 27922 self-assessment's evidence. */
export { listImprovementActions } from './improvement.repo.js';
