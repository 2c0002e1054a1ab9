/** `aftersales` CLI: serve, migrate, init, seed, backup, restore. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve as serveHttp } from '@hono/node-server';
import { clockOf, ConfigError, loadConfig, type Config } from '../server/config.js';
import { DataDirLockedError } from '../server/db/lock.js';
import { buildApp, buildJobHandlers, DEFAULT_WEB_DIR, demoSteps, openDatabase, rollupService } from '../server/main.js';
import { startWorker } from '../server/jobs/queue.js';
import { hostname } from 'node:os';
import { installDemoNetwork, installTemplate, seedDemoHistory } from '../server/features/templates/index.js';
import { findTemplate, TEMPLATES } from '../domain/org/templates/index.js';
import { countPoints } from '../server/features/service-points/index.js';
import { createBackup, readBackupFile, restoreBackup, writeBackupFile } from '../server/backup/backup.js';
import { startBackupSchedule } from '../server/jobs/backup-schedule.js';
import { errorFields, log } from '../server/log.js';
import { scheduleMessagesJob } from '../server/features/messages/index.js';
import { scheduleFieldMaintenanceJob } from '../server/features/field-service/index.js';
import { scheduleRollupTick } from '../server/features/rollups/index.js';
import { scheduleDeadlineRefresh } from '../server/features/tickets/index.js';
import { scheduleWarrantyWatchJob } from '../server/features/warranty/index.js';
import { seedDemoWorkOrders } from './demo-work-orders.js';
import { seedDemoExtraWork } from './demo-extra-work.js';
import { seedDemoNetworkKpi } from './demo-network-kpi.js';
import { seedDemoNetworkAdmin } from './demo-network-admin.js';
import { seedDemoSubsidiesAndRotation } from './demo-network-b.js';

const HELP = `aftersales — 售后服务管理系统

Usage: aftersales <command> [options]

  serve                       start the web server (creates the demo station on an empty database)
  migrate                     apply database migrations
  init --template <name>      create a new organization from a built-in template (${TEMPLATES.map((t) => t.key).join(', ')})
  seed --demo                 create the demo station with ~40 employees
  backup [--out <file>]       write a logical backup (.json.gz) of the whole database
  restore <file> [--force]    replace all data with a backup
  rollups rebuild [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--point CODE]
                              recompute the daily rollups (the KPI pack's data) from the source tables

Environment: PORT, DATA_DIR, DATABASE_URL, AFTERSALES_ADMIN_PASSWORD (see README).`;

export const DEFAULT_ADMIN_PASSWORD = 'admin12345';

const say = (m: string) => process.stdout.write(m + '\n');

async function withDb<T>(config: Config, fn: (d: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function install(config: Config, templateKey: string, demo: boolean, database: Awaited<ReturnType<typeof openDatabase>>) {
  const t = findTemplate(templateKey);
  if (!t) throw new UsageError(`Unknown template "${templateKey}". Available: ${TEMPLATES.map((x) => x.key).join(', ')}`);
  const res = await installTemplate(database.db, t, { adminPassword: config.AFTERSALES_ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD, withDemoEmployees: demo });
  say(`Created "${t.nameZh}" (${t.key})${demo ? ' with demo employees' : ''}.`);
  say(`  login: admin / ${config.AFTERSALES_ADMIN_PASSWORD ? '(AFTERSALES_ADMIN_PASSWORD)' : DEFAULT_ADMIN_PASSWORD}`);
  if (demo && t.key === 'auto-dealership') {
    // The manufacturer's network around the demo station: HQ, two regions, two more stations (their logins below).
    const network = await installDemoNetwork(database.db, res.orgPointId, { now: clockOf(config)() });
    res.demoUsers.push(...network.demoUsers);
  }
  if (demo) {
    // Each feature's demo data, in the order main.ts lists the modules.
    const now = clockOf(config);
    for (const step of demoSteps({ database, config, now })) await step({ db: database.db, pointId: res.orgPointId, templateKey: t.key, now: now() });
  }
  if (demo && t.key === 'auto-dealership') {
    say('  creating three weeks of repair history…');
    await seedDemoWorkOrders({ database, config }, clockOf(config)(), config.AFTERSALES_ADMIN_PASSWORD ?? DEFAULT_ADMIN_PASSWORD);
    await seedDemoExtraWork({ database, config, now: clockOf(config) }); // the technician's 增项: one to price, one sent
    say('  creating a year of history for the network’s stations…');
    await seedDemoHistory(database.db, clockOf(config)()); // bulk SQL: ST-0002 / ST-0003 a year (ST-0001 keeps its three weeks made through the API)
  }
  if (demo) {
    const built = await rollupService({ database, config, now: clockOf(config) }).rebuild();
    say(`  rollups: ${built.days} point-days computed`);
    await seedDemoNetworkKpi({ database, config, now: clockOf(config) }); // KPI targets; last month's station report, submitted
    await seedDemoNetworkAdmin({ database, config, now: clockOf(config) }); // stars, a candidate dealer, scorecards, GB/T 27922
    await seedDemoSubsidiesAndRotation({ database, config, now: clockOf(config) }); // subsidy rules + last month reviewed; next quarter's rotation
  }
  if (res.demoUsers.length) say(`  demo role accounts (password demo1234): ${res.demoUsers.join(', ')}`);
}

class UsageError extends Error {}

/** How long after the start the job worker begins and the recurring jobs are queued. */
const BACKGROUND_AFTER_MS = 1000;

async function serve(config: Config) {
  const database = await openDatabase(config);
  const services = { database, config, now: clockOf(config) };
  // Built while the embedded engine is still opening in its thread (ADR 025); nothing here reads the database.
  const app = buildApp(services, DEFAULT_WEB_DIR);
  await database.migrate();
  if ((await countPoints(database.db)) === 0) {
    say('Empty database: creating the demo station 首次启动,正在创建演示服务站…');
    await install(config, 'auto-dealership', true, database);
  }
  const server = serveHttp({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    say(`Aftersales listening on http://${config.HOST}:${info.port} (database: ${database.kind}${database.kind === 'pglite' ? ` in ${config.DATA_DIR}` : ''})`);
  });
  // The job worker and the recurring jobs (idempotent: each is queued once) a moment after the server answers: jobs
  // that fell due while it was down would otherwise hold the embedded engine through the first requests.
  let stopWorker = () => {};
  let stopping = false;
  const background = setTimeout(async () => {
    try {
      await scheduleMessagesJob(database.db, services.now());
      await scheduleRollupTick(database.db, services.now());
      await scheduleDeadlineRefresh(database.db, services.now());
      await scheduleFieldMaintenanceJob(database.db, services.now());
      await scheduleWarrantyWatchJob(database.db, services.now());
    } catch (e) {
      log.error({ error: errorFields(e) }, 'scheduling the recurring jobs failed');
    }
    if (!stopping) stopWorker = startWorker(database.db, `${hostname()}:${process.pid}`, buildJobHandlers(services), { intervalMs: 2000, now: services.now });
  }, BACKGROUND_AFTER_MS);
  const stopBackups = database.kind === 'pglite' ? startBackupSchedule(database, path.join(config.DATA_DIR, 'backups')) : () => undefined;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    clearTimeout(background);
    stopBackups();
    stopWorker();
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

export async function run(argv: string[]) {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      template: { type: 'string' },
      demo: { type: 'boolean' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      point: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!command || values.help || command === 'help') return say(HELP);
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate':
      return withDb(config, async () => say('Migrations applied.'));
    case 'init':
      if (!values.template) throw new UsageError('init needs --template <name>');
      return withDb(config, (d) => install(config, values.template!, false, d));
    case 'seed':
      if (!values.demo) throw new UsageError('seed needs --demo');
      return withDb(config, (d) => install(config, values.template ?? 'auto-dealership', true, d));
    case 'rollups': {
      if (positionals[0] !== 'rebuild') throw new UsageError('rollups needs a subcommand: rebuild');
      const date = /^\d{4}-\d{2}-\d{2}$/;
      for (const d of [values.from, values.to]) if (d !== undefined && !date.test(d)) throw new UsageError(`Not a date (YYYY-MM-DD): ${d}`);
      return withDb(config, async (d) => {
        const r = await rollupService({ database: d, config, now: clockOf(config) }).rebuild({ from: values.from, to: values.to, pointCodes: values.point });
        say(`Rollups rebuilt: ${r.points} points, ${r.days} point-days.`);
      });
    }
    case 'backup':
      return withDb(config, async (d) => {
        const file = values.out ?? `aftersales-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json.gz`;
        writeBackupFile(file, await createBackup(d.db, d.kind));
        say(`Backup written to ${file}`);
      });
    case 'restore': {
      const file = positionals[0];
      if (!file) throw new UsageError('restore needs a backup file');
      const backup = readBackupFile(file);
      return withDb(config, async (d) => {
        if ((await countPoints(d.db)) > 0 && !values.force)
          throw new UsageError('The database is not empty: add --force to replace all its data with the backup.');
        const counts = await restoreBackup(d.db, backup);
        say(
          `Restored ${Object.entries(counts)
            .map(([t, n]) => `${t}=${n}`)
            .join(' ')}`,
        );
      });
    }
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
  }
}

run(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof UsageError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
