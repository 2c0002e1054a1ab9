/**
 * Bench section "replica" (issue 14 point 6, ADR 022): the KPI reads served by a PostgreSQL streaming standby while
 * the writes go to the primary. The primary is the shared server when it allows replication, else one of the bench's
 * own (bench/pg-cluster.ts: initdb into a temporary directory, another port) — the shared server's configuration is
 * never changed. A standby is made by pg_basebackup -R; the station is installed on the primary after the standby
 * streams (so it reaches the standby by replication); one compiled instance runs with DATABASE_URL on the primary and
 * DATABASE_READ_URL on the standby; KPI readers and work-order writers load it at the same time. The proof: the read
 * URL is in recovery, the primary's pg_stat_replication shows the standby, the standby's pg_stat_database counters
 * grow by the KPI reads, the replay lag sampled during the load, and the writes made meanwhile found on the standby.
 * Everything is torn down afterwards, on error too.
 * Settings: BENCH_REPLICA_SECONDS (10), BENCH_REPLICA_CLIENTS (KPI readers, 8), BENCH_REPLICA_WRITERS (4),
 * BENCH_REPLICA_ORDERS (history, 3000).
 */
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { buildServer, bundleIsFresh } from '../../scripts/server-bundle.mjs';
import { openPostgres } from '../../src/server/db/client.js';
import { loadConfig } from '../../src/server/config.js';
import { rollupService } from '../../src/server/main.js';
import { PG_URL } from '../databases.js';
import { freePort, replicationRefusal, serverBinaries, STANDBY_NAME, startStandby, startTemporaryPrimary } from '../pg-cluster.js';
import { load } from './load.js';
import { login, prepareStation, startInstance, stopInstance } from './throughput-support.js';

const SECONDS = Number(process.env.BENCH_REPLICA_SECONDS ?? 10);
const CLIENTS = Number(process.env.BENCH_REPLICA_CLIENTS ?? 8);
const WRITERS = Number(process.env.BENCH_REPLICA_WRITERS ?? 4);
const ORDERS = Number(process.env.BENCH_REPLICA_ORDERS ?? 3000);
const PASSWORD = 'bench-admin';

async function query<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

/** One server's counters for the database (each server counts what it served itself). */
async function counters(url: string) {
  const [r] = await query<{ xact_commit: string; tup_returned: string; tup_fetched: string }>(
    url,
    'select xact_commit, tup_returned, tup_fetched from pg_stat_database where datname = current_database()',
  );
  return { xactCommit: Number(r.xact_commit), tupReturned: Number(r.tup_returned), tupFetched: Number(r.tup_fetched) };
}
const growth = (a: Awaited<ReturnType<typeof counters>>, b: typeof a) => ({
  xactCommit: b.xactCommit - a.xactCommit,
  tupReturned: b.tupReturned - a.tupReturned,
  tupFetched: b.tupFetched - a.tupFetched,
});

const REPLICATION = `select application_name, state, sync_state, (pg_current_wal_lsn() - replay_lsn)::bigint as lag_bytes,
  round(extract(epoch from replay_lag) * 1000)::int as lag_ms from pg_stat_replication where application_name = $1`;
type ReplicationRow = { application_name: string; state: string; sync_state: string; lag_bytes: string | null; lag_ms: number | null };

/** The primary's view of the standby every 500 ms until `done` settles: the largest replay lag seen. */
async function sampleLag(primaryUrl: string, done: Promise<unknown>) {
  let finished = false;
  void done.finally(() => (finished = true));
  const max = { bytes: 0, ms: 0, samples: 0 };
  while (!finished) {
    for (const r of await query<ReplicationRow>(primaryUrl, REPLICATION, [STANDBY_NAME])) {
      max.bytes = Math.max(max.bytes, Number(r.lag_bytes ?? 0));
      max.ms = Math.max(max.ms, r.lag_ms ?? 0);
      max.samples++;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { maxReplayLagBytes: max.bytes, maxReplayLagMs: max.ms, samples: max.samples };
}

/** Wait until the standby has replayed everything the primary wrote so far. */
async function caughtUp(primaryUrl: string, standbyUrl: string) {
  const [{ lsn }] = await query<{ lsn: string }>(primaryUrl, 'select pg_current_wal_lsn()::text as lsn');
  for (let i = 0; i < 600; i++) {
    const [r] = await query<{ done: boolean }>(standbyUrl, 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [lsn]);
    if (r.done) return;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('the standby did not catch up within a minute');
}

/** The shared server as primary when it allows replication, else a temporary one; with a database for the station. */
async function openPrimary(teardown: (() => Promise<unknown>)[]) {
  const refusal = await replicationRefusal(PG_URL);
  const name = `as_bench_replica_${process.pid}`;
  const server = refusal ? await startTemporaryPrimary() : null;
  const adminUrl = server ? server.url('postgres') : PG_URL;
  if (server) teardown.push(server.stop);
  await query(adminUrl, `create database ${name}`);
  if (!server) teardown.push(() => query(PG_URL, `drop database if exists ${name} with (force)`));
  const primaryUrl = server ? server.url(name) : PG_URL.replace(/\/[^/]*$/, `/${name}`);
  return { primaryUrl, primary: server ? `temporary server on port ${server.port} (the shared one refused: ${refusal})` : `the shared server (${PG_URL})` };
}

export async function run() {
  if (!serverBinaries()) return { skipped: 'no PostgreSQL server binaries (initdb, pg_basebackup, postgres) under /usr/lib/postgresql/*/bin' };
  if (!bundleIsFresh()) await buildServer();
  const teardown: (() => Promise<unknown>)[] = [];
  try {
    const { primaryUrl, primary } = await openPrimary(teardown);
    const standby = await startStandby(primaryUrl);
    teardown.push(standby.stop);
    const standbyUrl = standby.url(new URL(primaryUrl).pathname.slice(1));
    const database = await openPostgres(primaryUrl);
    try {
      await prepareStation(database, { password: PASSWORD, orders: ORDERS });
      await rollupService({ database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => new Date() }).rebuild();
    } finally {
      await database.close();
    }
    await caughtUp(primaryUrl, standbyUrl);
    const port = await freePort(3991);
    const instance: ChildProcess = await startInstance({ DATABASE_URL: primaryUrl, DATABASE_READ_URL: standbyUrl }, port);
    teardown.push(() => stopInstance(instance));
    const base = `http://127.0.0.1:${port}`;
    const target = { base, cookie: await login(base, PASSWORD) };
    const ordersBefore = await query<{ n: number }>(primaryUrl, 'select count(*)::int as n from work_orders');

    const [standbyBefore, primaryBefore] = [await counters(standbyUrl), await counters(primaryUrl)];
    const kpi = load([target], { clients: CLIENTS, seconds: SECONDS, kind: 'kpi' });
    const writes = load([target], { clients: WRITERS, seconds: SECONDS, kind: 'create-confirm' });
    const [kpiReads, writesOnPrimary, lag] = await Promise.all([kpi, writes, sampleLag(primaryUrl, Promise.all([kpi, writes]))]);
    const [standbyAfter, primaryAfter] = [await counters(standbyUrl), await counters(primaryUrl)];

    await caughtUp(primaryUrl, standbyUrl);
    const count = 'select count(*)::int as n from work_orders';
    const [[onPrimary], [onStandby]] = [await query<{ n: number }>(primaryUrl, count), await query<{ n: number }>(standbyUrl, count)];
    const [recovery] = await query<{ r: boolean }>(standbyUrl, 'select pg_is_in_recovery() as r');
    const seen = await query<ReplicationRow>(primaryUrl, REPLICATION, [STANDBY_NAME]);
    return {
      primary,
      standbyPort: standby.port,
      seconds: SECONDS,
      historyOrders: ORDERS,
      kpiReadsOnStandby: { clients: CLIENTS, ...kpiReads },
      writesOnPrimary: { clients: WRITERS, ...writesOnPrimary },
      servedBy: {
        readUrlIsInRecovery: recovery.r,
        primarySeesStandby: seen.map((r) => ({ applicationName: r.application_name, state: r.state, syncState: r.sync_state })),
        standbyCountersGrowth: growth(standbyBefore, standbyAfter),
        primaryCountersGrowth: growth(primaryBefore, primaryAfter),
      },
      replayLag: { ...lag, afterCatchUpBytes: seen[0]?.lag_bytes === null ? null : Number(seen[0]?.lag_bytes) },
      workOrders: { before: ordersBefore[0].n, onPrimary: onPrimary.n, onStandbyAfterCatchUp: onStandby.n },
    };
  } catch (e) {
    return { failed: (e as Error).message.slice(0, 400) };
  } finally {
    for (const f of teardown.reverse()) await f().catch(() => undefined);
  }
}
