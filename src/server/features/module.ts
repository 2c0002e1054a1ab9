/**
 * The feature-module convention (ADR 007). Each feature's index.ts exports `xxxModule(ctx, deps?)` returning its
 * routers, and optionally background-job handlers, a demo-data step and a public `api` for the features that
 * depend on it. main.ts lists the modules and the order of the work-order hooks, by hand — no container.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config.js';
import type { Database, Db } from '../db/client.js';
import type { AppEnv } from '../http/context.js';
import type { JobHandler } from '../jobs/queue.js';
import type { Logger } from '../log.js';
import type { NotificationChannel } from './notifications/index.js';
import type { ApprovalProvider } from './approvals/index.js';

/** What every module may use: the database, the parsed config and the clock. */
export interface ModuleContext {
  database: Database;
  db: Db;
  /** Where reports and KPI reads may go: a PostgreSQL streaming replica when DATABASE_READ_URL is set, else `db` (ADR 022). */
  readDb: Db;
  config: Config;
  now: () => Date;
  /** Notification channels (defaults: in-app inbox, and sms/email/wechat written to the log). */
  channels?: Record<string, NotificationChannel>;
  /** Public form limits (tests lower them). */
  publicLimits?: { submitLimit?: number; windowMs?: number };
  logger?: Logger;
}

/** Demo data of one feature for a newly installed organization (run in the order main.ts lists the modules). */
export type DemoStep = (d: { db: Db; pointId: string; templateKey: string; now: Date }) => Promise<void>;

export interface FeatureModule {
  /** Routers mounted under /api. */
  routers: OpenAPIHono<AppEnv>[];
  /** Background job handlers by queue name (see jobs/queue.ts). */
  jobs?: Record<string, JobHandler>;
  demo?: DemoStep;
  /** The feature's pending approvals for 待我审批 (see features/approvals/registry.ts). */
  approvals?: ApprovalProvider[];
}
