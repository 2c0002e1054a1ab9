/**
 * Bench section "throughput" (issue 14 points 4, 5 and 9) — the compiled server under 16 concurrent HTTP clients.
 * PostgreSQL: two app instances share one database; the clients create and confirm work orders (create → lines →
 * signature → confirm) and then read (work-order list, board, search, home), and in the same run pgbench's tpcb-like
 * workload and a bare Hono endpoint running one equivalent join give the references the ratios are taken against.
 * PGlite: one instance on a data directory against a raw PGlite insert loop. Also the SQL statements each request
 * runs and the instances' resident memory idle and at the end of the load.
 * Settings: BENCH_TP_SECONDS (per phase, default 10), BENCH_TP_CLIENTS (16), BENCH_TP_ORDERS (history, 8000),
 * BENCH_TP_WARMUP_SECONDS (the same load before each phase, not counted: 3).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildServer, bundleIsFresh } from '../../scripts/server-bundle.mjs';
import { openPglite, openPostgres, type Database } from '../../src/server/db/client.js';
import { PG_URL } from '../databases.js';
import { bareJoinServer, countStatements, login as loginAs, prepareStation, startInstance as startServer, stopInstance as stop } from './throughput-support.js';
import { load, type LoadKind, type Target } from './load.js';

const SECONDS = Number(process.env.BENCH_TP_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_TP_CLIENTS ?? 16);
const ORDERS = Number(process.env.BENCH_TP_ORDERS ?? 8000);
const WARMUP = Number(process.env.BENCH_TP_WARMUP_SECONDS ?? 3);
const PASSWORD = 'bench-admin';

const prepare = (database: Database) => prepareStation(database, { password: PASSWORD, orders: ORDERS });
const login = (base: string) => loginAs(base, PASSWORD);
const rssMb = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

/** CPU time (ms, user + system) of a process, from /proc. */
const cpuMsOf = (pid: number) => {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0; // gone
  }
};
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
const commOf = (pid: string) => {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return ''; // gone
  }
};
/** Every PostgreSQL server process on the machine (the server's CPU; other databases' work counts too). */
const postgresPids = () =>
  fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && commOf(d) === 'postgres')
    .map(Number);
const postgresCpuMs = () => postgresPids().reduce((s, p) => s + cpuMsOf(p), 0);

/**
 * One phase of load, with the CPU each side spent per request: the app instances (with PGlite, the engine is inside),
 * the PostgreSQL server's processes, and this process (the load client). Where the 2 cores go says what limits the rate.
 */
async function measured(targets: Target[], pids: number[], kind: LoadKind) {
  // The same load first, not counted: the instances' code is compiled by the JIT while it runs (pgbench is C).
  if (WARMUP > 0) await load(targets, { clients: CLIENTS, seconds: WARMUP, kind });
  // The server's processes at the end of the phase (connections opened during it count from zero).
  const cpu = () => ({ app: pids.reduce((s, p) => s + cpuMsOf(p), 0), db: postgresCpuMs(), client: cpuMsOf(process.pid) });
  const before = cpu();
  const r = await load(targets, { clients: CLIENTS, seconds: SECONDS, kind });
  const after = cpu();
  const n = Math.max(1, Math.round(r.requestsPerSecond * SECONDS));
  const per = (k: 'app' | 'db' | 'client') => Math.round(((after[k] - before[k]) / n) * 100) / 100;
  return { ...r, cpuMsPerRequest: { app: per('app'), db: per('db'), loadClient: per('client') } };
}

/** The writes and reads over the given instances; memory sampled from the pids. */
async function runLoad(bases: string[], pids: number[]) {
  const cookies = await Promise.all(bases.map(login));
  const targets: Target[] = bases.map((base, i) => ({ base, cookie: cookies[i] }));
  const idle = pids.map((p) => rssMb(p, 'VmRSS'));
  const writes = await measured(targets, pids, 'create-confirm');
  const reads: Record<string, unknown> = {};
  for (const kind of ['list', 'board', 'search', 'home'] as const) reads[kind] = await measured(targets, pids, kind);
  return { writes, reads, memoryMb: pids.map((p, i) => ({ idle: idle[i], peak: rssMb(p, 'VmHWM') })) };
}

/**
 * pgbench on `url` (initialized at scale 2) for SECONDS with CLIENTS clients: TPS, and the server's CPU per transaction
 * beside the app's per request. pgbench's connections end with it, so the server's processes are sampled while it
 * runs (each one's last reading counts; up to the last 100 ms of each connection is missed).
 */
async function pgbench(url: string, mode: 'tpcb-like' | 'select-only') {
  const u = new URL(url);
  const args = ['-h', decodeURIComponent(u.hostname), '-p', u.port || '5432', '-U', u.username || 'postgres'];
  const db = u.pathname.slice(1);
  spawnSync('pgbench', [...args, '-i', '-q', '-s', '2', db], { encoding: 'utf8' });
  const last = new Map<number, number>();
  const sample = () => {
    for (const p of postgresPids()) last.set(p, cpuMsOf(p) || (last.get(p) ?? 0));
  };
  sample();
  const before = [...last.values()].reduce((a, b) => a + b, 0);
  const timer = setInterval(sample, 100);
  const stdout = await new Promise<string>((resolve) => {
    const child = spawn('pgbench', [...args, '-c', String(CLIENTS), '-j', '2', '-T', String(SECONDS), '-b', mode, '-n', db]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('close', () => resolve(out));
  });
  clearInterval(timer);
  const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
  if (!tps) return null;
  const used = [...last.values()].reduce((a, b) => a + b, 0) - before;
  return { tps: Math.round(Number(tps)), dbCpuMsPerTransaction: Math.round((used / (Number(tps) * SECONDS)) * 100) / 100 };
}

async function onPostgres() {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `as_bench_tp_${process.pid}`;
  const refName = `as_bench_pgbench_${process.pid}`;
  const servers: ChildProcess[] = [];
  try {
    await admin.query(`create database ${name}`);
    await admin.query(`create database ${refName}`);
    const url = PG_URL.replace(/\/[^/]*$/, `/${name}`);
    const database = await openPostgres(url);
    let statements: Record<string, number>;
    try {
      await prepare(database);
      statements = await countStatements(database, PASSWORD);
    } finally {
      await database.close();
    }
    servers.push(await startServer({ DATABASE_URL: url }, 3994), await startServer({ DATABASE_URL: url }, 3995));
    const bases = ['http://127.0.0.1:3994', 'http://127.0.0.1:3995'];
    const app = await runLoad(
      bases,
      servers.map((s) => s.pid!),
    );
    const bare = await bareJoinServer(url, 3996);
    const bareList = await load([{ base: 'http://127.0.0.1:3996', cookie: '' }], { clients: CLIENTS, seconds: SECONDS, kind: 'bare' }).finally(() =>
      bare.close(),
    );
    const refUrl = PG_URL.replace(/\/[^/]*$/, `/${refName}`);
    const tpcb = await pgbench(refUrl, 'tpcb-like');
    const ratio = (a: number, b: number | null) => (b ? Math.round((a / b) * 1000) / 10 : null);
    const reads = app.reads as Record<string, { requestsPerSecond: number }>;
    return {
      instances: 2,
      clients: CLIENTS,
      seconds: SECONDS,
      warmupSeconds: WARMUP,
      historyOrders: ORDERS,
      // pctOfPgbench: whole orders (4 requests each); requestsPctOfPgbench: requests, as the 3.8 % baseline was taken.
      writes: {
        ...app.writes,
        pgbenchTpcbTps: tpcb?.tps ?? null,
        pgbenchDbCpuMsPerTransaction: tpcb?.dbCpuMsPerTransaction ?? null,
        pctOfPgbench: ratio(app.writes.ordersPerSecond, tpcb?.tps ?? null),
        requestsPctOfPgbench: ratio(app.writes.requestsPerSecond, tpcb?.tps ?? null),
        goalPct: 25,
      },
      reads: {
        ...app.reads,
        bareJoin: bareList,
        pctOfBare: Object.fromEntries(Object.entries(reads).map(([k, v]) => [k, ratio(v.requestsPerSecond, bareList.requestsPerSecond)])),
        goalPct: 40,
      },
      statementsPerRequest: statements,
      memoryMb: app.memoryMb,
    };
  } finally {
    for (const s of servers) await stop(s);
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.query(`drop database if exists ${refName} with (force)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}

/** PGlite: one instance (the embedded engine is single-process) against a raw insert loop in the same data. */
async function onPgliteDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'as-bench-tp-'));
  try {
    const database = await openPglite(path.join(dir, 'pglite'));
    await prepare(database);
    await database.close();
    const server = await startServer({ DATA_DIR: dir }, 3997);
    const app = await runLoad(['http://127.0.0.1:3997'], [server.pid!]).finally(() => stop(server));
    const raw = await openPglite(path.join(dir, 'pglite'));
    const n = 2000;
    await raw.pglite!.exec('create table bench_raw (id serial primary key, v text not null)');
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await raw.pglite!.transaction(async (tx) => void (await tx.query('insert into bench_raw (v) values ($1)', [`row ${i}`])));
    const rawTps = Math.round(n / ((performance.now() - t0) / 1000));
    await raw.close();
    return {
      instances: 1,
      clients: CLIENTS,
      warmupSeconds: WARMUP,
      writes: { ...app.writes, rawInsertTransactionsPerSecond: rawTps, pctOfRaw: Math.round((app.writes.ordersPerSecond / rawTps) * 1000) / 10 },
      reads: app.reads,
      memoryMb: app.memoryMb,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** BENCH_TP_DB=postgres or pglite runs one of the two (default both). */
export async function run() {
  if (!bundleIsFresh()) await buildServer();
  const only = process.env.BENCH_TP_DB;
  let postgres: unknown = { skipped: 'BENCH_TP_DB' };
  if (only !== 'pglite') {
    try {
      postgres = await onPostgres();
    } catch (e) {
      postgres = { skipped: (e as Error).message };
    }
  }
  return { postgres, pglite: only === 'postgres' ? { skipped: 'BENCH_TP_DB' } : await onPgliteDir() };
}
