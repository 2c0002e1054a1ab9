/** Composition root: config → database → repositories/services → HTTP app. Everything is wired here by hand. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { openPglite, openPostgres, type Database } from './db/client.js';
import { lockDataDir } from './db/lock.js';
import { createApp } from './http/app.js';
import { createAuthService } from './features/auth/auth.service.js';
import { authRoutes } from './features/auth/auth.routes.js';
import { healthRoutes } from './features/health/health.routes.js';
import { createHealthService } from './features/health/health.service.js';
import { createServicePointService } from './features/service-points/service-points.service.js';
import { servicePointRoutes } from './features/service-points/service-points.routes.js';
import { findPoint } from './features/service-points/service-points.repo.js';
import { divisionRoutes } from './features/divisions/divisions.routes.js';
import { createPositionService } from './features/org/positions.service.js';
import { createStructureService } from './features/org/structure.service.js';
import { createEmployeeService } from './features/org/employees.service.js';
import { createEmployeeImport } from './features/org/employee-import.js';
import { orgRoutes } from './features/org/org.routes.js';
import { employeeRoutes } from './features/org/employees.routes.js';
import { createUserService } from './features/users/users.service.js';
import { userRoutes } from './features/users/users.routes.js';
import { auditRoutes } from './features/audit/audit.routes.js';
import { createAuditService } from './features/audit/audit.service.js';
import { templateRoutes } from './features/templates/templates.routes.js';
import { createNotificationService } from './features/notifications/notifications.service.js';
import { notificationRoutes } from './features/notifications/notifications.routes.js';
import { defaultChannels, type NotificationChannel } from './features/notifications/channels.js';
import { createTicketService } from './features/tickets/tickets.service.js';
import { createCompensationService } from './features/tickets/compensation.service.js';
import { createPublicTicketService } from './features/tickets/public.service.js';
import { createTicketStatsService } from './features/tickets/stats.service.js';
import { createImprovementService } from './features/tickets/improvement.service.js';
import { createDeadlineHandler } from './features/tickets/ticket-escalation.js';
import { DEADLINE_QUEUE } from './features/tickets/ticket-support.js';
import { ticketRoutes } from './features/tickets/tickets.routes.js';
import { publicTicketRoutes } from './features/tickets/public.routes.js';
import { ticketSettingsRoutes } from './features/tickets/ticket-settings.routes.js';
import { createTicketSettingsService } from './features/tickets/ticket-settings.service.js';
import { crmRoutes } from './features/tickets/crm.routes.js';
import type { JobHandler } from './jobs/queue.js';
import { createCustomerService } from './features/customers/customers.service.js';
import { customerRoutes } from './features/customers/customers.routes.js';
import { createCatalogService } from './features/catalogs/catalogs.service.js';
import { createCatalogImport } from './features/catalogs/catalog-import.js';
import { catalogRoutes } from './features/catalogs/catalogs.routes.js';
import { createAppointmentService } from './features/appointments/appointments.service.js';
import { appointmentRoutes } from './features/appointments/appointments.routes.js';
import { createWorkOrderService, type WorkOrderHook } from './features/work-orders/work-orders.service.js';
import { workOrderRoutes } from './features/work-orders/work-orders.routes.js';
import { guaranteeRoutes } from './features/work-orders/guarantee.routes.js';
import { createGuaranteeService } from './features/work-orders/guarantee.service.js';
import { createWorkshopHook } from './features/workshop/workshop.hook.js';
import { boardEventsFor } from './features/workshop/board-events.js';
import { workshopRouters } from './features/workshop/workshop.wiring.js';
import { createStockService } from './features/parts/stock.service.js';
import { createWorkOrderPartsService } from './features/parts/work-order-parts.service.js';
import { createPartsStatsService } from './features/parts/parts-stats.service.js';
import { partsRoutes } from './features/parts/parts.routes.js';
import { createSettlementService } from './features/settlement/settlement.service.js';
import { settlementRoutes } from './features/settlement/settlement.routes.js';
import { createFollowUpHook, createFollowUpService } from './features/follow-ups/follow-ups.service.js';
import { followUpRoutes } from './features/follow-ups/follow-ups.routes.js';
import { createHomeService } from './features/home/home.service.js';
import { homeRoutes } from './features/home/home.routes.js';

export const APP_VERSION = '0.1.0';
const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIR = path.resolve(here, '../../dist/web');

/** Open the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (locked). */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL);
  const release = lockDataDir(config.DATA_DIR);
  try {
    const database = await openPglite(path.join(config.DATA_DIR, 'pglite'));
    const close = database.close;
    return { ...database, close: async () => { await close(); release(); } };
  } catch (e) {
    release();
    throw e;
  }
}

export interface Services {
  database: Database;
  config: Config;
  now: () => Date;
  /** Notification channels (defaults: in-app inbox, and sms/email/wechat written to the log). */
  channels?: Record<string, NotificationChannel>;
  /** Public form limits (tests lower them). */
  publicLimits?: { submitLimit?: number; windowMs?: number };
}

/** Background job handlers by queue name, for the worker (see jobs/queue.ts). */
export function buildJobHandlers({ database, now, channels }: Services): Record<string, JobHandler> {
  const notifications = createNotificationService({ db: database.db, now, channels: channels ?? defaultChannels() });
  return {
    notify: (job) => notifications.deliver(job),
    [DEADLINE_QUEUE]: createDeadlineHandler({ db: database.db, now }),
  };
}

/** Build every service and the HTTP app on an open database. */
export function buildApp({ database, config, now, channels, publicLimits }: Services, webDir?: string) {
  const { db } = database;
  const auth = createAuthService({ db, config, now });
  const points = createServicePointService({ db, now });
  const positions = createPositionService({ db, now });
  const structure = createStructureService({ db, now });
  const employees = createEmployeeService({ db, now });
  const importEmployees = createEmployeeImport({ db, employees });
  const users = createUserService({ db, now });
  const notifications = createNotificationService({ db, now, channels: channels ?? defaultChannels() });
  const tickets = createTicketService({ db, now });
  const compensations = createCompensationService({ db, now });
  const publicTickets = createPublicTicketService({ db, now, tickets });
  const stats = createTicketStatsService({ db, now });
  const improvement = createImprovementService({ db, now });
  const catalogs = createCatalogService({ db, now });
  const workOrderParts = createWorkOrderPartsService({ db, now });
  // Work-order hooks run inside the work order's transaction after each status action (ADR 006), in this order.
  const workOrderHooks: WorkOrderHook[] = [
    workOrderParts.hook, // reserve parts on confirm, release on cancel / delivery
    createWorkshopHook({ now, events: boardEventsFor(database) }), // jobs on the board
    createFollowUpHook({ days: config.FOLLOW_UP_DAYS }), // the follow-up call after delivery
  ];
  const workOrders = createWorkOrderService({ db, now, hooks: workOrderHooks });
  const pointName = async (id: string) => (await findPoint(db, id))?.nameZh ?? '';
  return createApp({
    auth,
    webDir,
    routers: [
      healthRoutes(createHealthService({ database, version: APP_VERSION })),
      authRoutes(auth, { secureCookies: config.SECURE_COOKIES, pointName, setLocale: users.setLocale }),
      servicePointRoutes(points),
      divisionRoutes(),
      orgRoutes(positions, structure),
      employeeRoutes(employees, importEmployees),
      userRoutes(users),
      auditRoutes(createAuditService({ db })),
      templateRoutes(),
      notificationRoutes(notifications),
      ticketRoutes(tickets, compensations),
      publicTicketRoutes(publicTickets, publicLimits),
      ticketSettingsRoutes(createTicketSettingsService({ db, now })),
      crmRoutes(stats, improvement),
      customerRoutes(createCustomerService({ db, now })),
      catalogRoutes(catalogs, createCatalogImport({ db, catalogs })),
      appointmentRoutes(createAppointmentService({ db, now })),
      workOrderRoutes(workOrders),
      guaranteeRoutes(createGuaranteeService({ db, now })),
      ...workshopRouters({ database, now, hooks: workOrderHooks }),
      partsRoutes(createStockService({ db, now }), workOrderParts, createPartsStatsService({ db })),
      settlementRoutes(createSettlementService({ db, now, workOrders })),
      followUpRoutes(createFollowUpService({ db, now, tickets })),
      homeRoutes(createHomeService({ db, now, orders: workOrders })),
    ],
  });
}
