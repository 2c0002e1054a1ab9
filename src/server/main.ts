/**
 * Composition root: config → database → feature modules → HTTP app. Every module is listed here by hand, with the
 * order of the work-order hooks; a feature is wired by one line (see docs/ARCHITECTURE.md, "Adding a feature").
 */
import path from 'node:path';
import { PROJECT_ROOT } from './paths.js';
import type { Config } from './config.js';
import { openPgliteThread, openPostgres, type Database } from './db/client.js';
import { createApp } from './http/app.js';
import type { JobHandler } from './jobs/queue.js';
import type { Logger } from './log.js';
import type { DemoStep, FeatureModule, ModuleContext } from './features/module.js';
import type { NotificationChannel } from './features/notifications/index.js';
import { appointmentsModule } from './features/appointments/index.js';
import { attachmentsModule } from './features/attachments/index.js';
import { insuranceModule } from './features/insurance/index.js';
import { loanerUseSection, loanersModule } from './features/loaners/index.js';
import { approvalsModule } from './features/approvals/index.js';
import { auditModule } from './features/audit/index.js';
import { authModule } from './features/auth/index.js';
import { catalogsModule } from './features/catalogs/index.js';
import { customersModule } from './features/customers/index.js';
import { divisionsModule } from './features/divisions/index.js';
import { ehealthModule } from './features/ehealth/index.js';
import { extraWorkModule } from './features/extra-work/index.js';
import { followUpHook, followUpsModule } from './features/follow-ups/index.js';
import { healthModule } from './features/health/index.js';
import { membersModule } from './features/members/index.js';
import { homeModule } from './features/home/index.js';
import { fieldServiceModule } from './features/field-service/index.js';
import { claimsModule } from './features/claims/index.js';
import { knowledgeModule } from './features/knowledge/index.js';
import { messagesHook, messagesModule } from './features/messages/index.js';
import { notificationsModule } from './features/notifications/index.js';
import { orgModule } from './features/org/index.js';
import { orgAdvisorModule } from './features/org-advisor/index.js';
import { partsModule, partsRollupContributor } from './features/parts/index.js';
import { purchasingModule } from './features/purchasing/index.js';
import { transfersModule } from './features/transfers/index.js';
import { stocktakingModule } from './features/stocktaking/index.js';
import { releaseModule } from './features/release/index.js';
import { rotationModule } from './features/rotation/index.js';
import { rollupsHook, rollupsModule } from './features/rollups/index.js';
import { claimsRollupContributor } from './features/claims/index.js';
import { fieldRollupContributor } from './features/field-service/index.js';
import { kpiModule } from './features/kpi/index.js';
import { networkReportsModule } from './features/network-reports/index.js';
import { networkAdminModule } from './features/network-admin/index.js';
import { gbt27922Module } from './features/gbt27922/index.js';
import { findPoint, servicePointsModule } from './features/service-points/index.js';
import { settlementModule } from './features/settlement/index.js';
import { subsidiesModule } from './features/subsidies/index.js';
import { templatesModule } from './features/templates/index.js';
import { ticketsModule } from './features/tickets/index.js';
import { usersModule } from './features/users/index.js';
import { warrantyModule } from './features/warranty/index.js';
import { workOrdersModule } from './features/work-orders/index.js';
import { workshopHook, workshopModule } from './features/workshop/index.js';

export const APP_VERSION = '0.1.0';
export const DEFAULT_WEB_DIR = path.join(PROJECT_ROOT, 'dist/web');

/** Open the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (locked). */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_READ_URL' | 'DATA_DIR'>): Promise<Database> {
  if (config.DATABASE_READ_URL && !config.DATABASE_URL)
    throw new Error('DATABASE_READ_URL needs DATABASE_URL (a replica of the PostgreSQL server) 只读副本须与 DATABASE_URL 一起设置');
  if (config.DATABASE_URL)
    return config.DATABASE_READ_URL ? withReplica(await openPostgres(config.DATABASE_URL), config.DATABASE_READ_URL) : openPostgres(config.DATABASE_URL);
  // The embedded engine in its own thread, which takes the directory's lock (ADR 025).
  return openPgliteThread(path.join(config.DATA_DIR, 'pglite'));
}

/** The primary plus a read-only pool on the replica for reports and KPI reads (ADR 022). */
async function withReplica(primary: Database, readUrl: string): Promise<Database> {
  const replica = await openPostgres(readUrl);
  return {
    ...primary,
    readDb: replica.db,
    close: async () => {
      await replica.close();
      await primary.close();
    },
  };
}

export interface Services {
  database: Database;
  config: Config;
  now: () => Date;
  /** Notification channels (defaults: in-app inbox, and sms/email/wechat written to the log). */
  channels?: Record<string, NotificationChannel>;
  /** Public form limits (tests lower them). */
  publicLimits?: { submitLimit?: number; windowMs?: number };
  /** The logger (default: JSON lines on stdout); tests pass one to read what was logged. */
  logger?: Logger;
}

/** Every feature module, in the order their routers mount and their demo data is made. */
export function buildModules(services: Services) {
  const ctx: ModuleContext = { ...services, db: services.database.db, readDb: services.database.readDb ?? services.database.db };
  // The parts gate moves orders to and from 待料 through the work-order service built below (asked for lazily).
  const parts = partsModule(ctx, { workOrders: () => workOrders.api });
  const release = releaseModule(ctx);
  const warranty = warrantyModule(ctx);
  const ehealth = ehealthModule(ctx);
  // Work-order hooks run inside the work order's transaction after each status action (ADR 006), in this order.
  const hooks = [
    parts.hook, // reserve parts on confirm, release on cancel; the parts gate (finish … deliver) and 待料
    workshopHook(ctx), // jobs on the board
    followUpHook(ctx), // the follow-up call after delivery
    release.hook, // the exit pass (出门证) at delivery, after settlement or 挂账
    messagesHook(), // "car ready" to the customer
    warranty.hook, // the 三包 watch (confirm, QC pass) and recall orders completing their campaign VIN
    rollupsHook(ctx), // the rollups of today and of the day the car came in are recomputed
    ehealth.hook, // 汽车维修电子健康档案: the record made at settlement, its upload queued
  ];
  const members = membersModule(ctx);
  const workOrders = workOrdersModule(ctx, { hooks, packages: members.api.packageForOrder, lineGuard: warranty.lineGuard, loanerUse: loanerUseSection });
  const tickets = ticketsModule(ctx);
  // Counters other features own (claims, field visits, the parts ledger) join the daily rollups as contributors here.
  const rollups = rollupsModule(ctx, { contributors: () => [claimsRollupContributor, fieldRollupContributor, partsRollupContributor] });
  const kpi = kpiModule(ctx);
  const users = usersModule(ctx);
  const pointName = async (id: string) => (await findPoint(ctx.db, id))?.nameZh ?? '';
  const auth = authModule(ctx, { pointName, setLocale: users.api.setLocale });
  // 待我审批 gathers the approvals the modules below register (read when asked, after all are built).
  const approvals = approvalsModule(ctx, { providers: () => modules.flatMap((m) => m.approvals ?? []) });
  const modules: FeatureModule[] = [
    healthModule(ctx, { version: APP_VERSION }),
    auth,
    servicePointsModule(ctx),
    divisionsModule(),
    orgModule(ctx),
    users,
    auditModule(ctx),
    templatesModule(),
    notificationsModule(ctx),
    messagesModule(ctx),
    tickets,
    customersModule(ctx),
    catalogsModule(ctx),
    appointmentsModule(ctx),
    workOrders,
    workshopModule(ctx, { workOrders: workOrders.api }),
    parts,
    members,
    settlementModule(ctx, { workOrders: workOrders.api, members: members.api }),
    release,
    followUpsModule(ctx, { tickets: tickets.api }),
    attachmentsModule(ctx),
    extraWorkModule(ctx, { workOrders: workOrders.api }),
    rollups,
    kpi,
    networkReportsModule(ctx, { kpi: kpi.api }),
    networkAdminModule(ctx, { kpi: kpi.api }),
    gbt27922Module(ctx, { kpi: kpi.api }),
    insuranceModule(ctx, { workOrders: workOrders.api }),
    loanersModule(ctx),
    fieldServiceModule(ctx),
    purchasingModule(ctx, { parts: parts.api }),
    transfersModule(ctx, { parts: parts.api }), // 调拨 between stations; stock sharing in the network
    stocktakingModule(ctx, { parts: parts.api }), // 盘点: count sheets, variance, approval, booking (ADR 020)
    claimsModule(ctx, { coverage: (q, c) => warranty.api.coverageFor(q, c) }), // pre-check "outside the warranty period"
    warranty,
    knowledgeModule(ctx),
    rotationModule(ctx),
    subsidiesModule(ctx),
    orgAdvisorModule(ctx),
    ehealth,
    homeModule(ctx, { workOrders: workOrders.api, approvals: approvals.api }),
    approvals,
  ];
  return { modules, auth: auth.api, rollups: rollups.api };
}

/** Background job handlers by queue name, for the worker (see jobs/queue.ts). */
export function buildJobHandlers(services: Services): Record<string, JobHandler> {
  return Object.assign({}, ...buildModules(services).modules.map((m) => m.jobs ?? {}));
}

/** The demo-data steps of the modules, in order (the work-order history is made afterwards through the API). */
export function demoSteps(services: Services): DemoStep[] {
  return buildModules(services).modules.flatMap((m) => (m.demo ? [m.demo] : []));
}

/** The rollups' maintenance (the CLI's `rollups rebuild`, the serve's first tick), with every registered contributor. */
export const rollupService = (services: Services) => buildModules(services).rollups;

/** Build every module and the HTTP app on an open database. */
export function buildApp(services: Services, webDir?: string) {
  const { modules, auth } = buildModules(services);
  return createApp({ auth, webDir, logger: services.logger, routers: modules.flatMap((m) => m.routers) });
}
