/**
 * The throughput section's read replica (issue 14 point 6, ADR 022): when PostgreSQL's binaries are on the machine and
 * the server allows replication connections, a streaming standby is made for the run — pg_basebackup from the primary
 * into a temporary directory, a second postgres on another port — an app instance runs the KPI reads with
 * DATABASE_READ_URL on it while the writes go to the primary, and the JSON shows the reads were served by the standby
 * (pg_is_in_recovery() on the read connection, the standby in the primary's pg_stat_replication). Everything is torn
 * down afterwards; the server's configuration is not touched (no ALTER SYSTEM, no pg_hba change): a server that refuses
 * replication is reported as skipped, with the reason.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const PORT = 5499;
const binDir = () =>
  fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
        .find((d) => fs.existsSync(`${d}/pg_basebackup`) && fs.existsSync(`${d}/postgres`))
    : undefined;

/** postgres refuses to run as root: run the server's tools as the postgres account then. */
const asServerUser = (cmd: string, args: string[]) =>
  (process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];

export interface Replica {
  readUrl: string;
  /** Whether the read connection is a standby, and the primary's view of it. */
  proof: () => Promise<{ readIsInRecovery: boolean; primarySeesStandby: { applicationName: string; state: string; replayLagBytes: number | null }[] }>;
  close: () => Promise<void>;
}

/** A streaming standby of `primaryUrl`'s server, or why there is none. */
export async function startReplica(primaryUrl: string): Promise<Replica | { skipped: string }> {
  const bin = binDir();
  if (!bin) return { skipped: 'no PostgreSQL server binaries (pg_basebackup, postgres) under /usr/lib/postgresql/*/bin' };
  const u = new URL(primaryUrl);
  const admin = new pg.Client({ connectionString: primaryUrl });
  await admin.connect();
  try {
    const role = await admin.query(`select rolreplication or rolsuper as ok from pg_roles where rolname = current_user`);
    if (!role.rows[0]?.ok) return { skipped: `the role ${u.username || 'postgres'} may not replicate (no REPLICATION attribute)` };
    const senders = Number((await admin.query(`show max_wal_senders`)).rows[0].max_wal_senders);
    const level = (await admin.query(`show wal_level`)).rows[0].wal_level;
    if (senders < 1 || level === 'minimal') return { skipped: `the server does not stream WAL (wal_level=${level}, max_wal_senders=${senders})` };
    const hba = await admin.query(`select count(*)::int as n from pg_hba_file_rules where 'replication' = any(database) and error is null`).catch(() => null);
    if (hba && hba.rows[0].n === 0)
      return {
        skipped:
          'the server does not allow replication connections: pg_hba.conf has no "replication" entry (host replication <role> 127.0.0.1/32 …); the bench does not change the server configuration',
      };
  } finally {
    await admin.end();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'as-replica-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres', dir]);
  const [bb, bbArgs] = asServerUser(`${bin}/pg_basebackup`, [
    '-h',
    u.hostname,
    '-p',
    u.port || '5432',
    '-U',
    u.username || 'postgres',
    '-D',
    data,
    '-X',
    'stream',
    '-R',
    '-c',
    'fast',
  ]);
  const backup = spawnSync(bb, bbArgs, { encoding: 'utf8', timeout: 600_000 });
  if (backup.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    return { skipped: `pg_basebackup failed: ${(backup.stderr || backup.stdout || '').trim().slice(0, 300)}` };
  }
  const started = performance.now();
  const [cmd, args] = asServerUser(`${bin}/postgres`, [
    '-D',
    data,
    '-p',
    String(PORT),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dir}`,
    '-c',
    'hot_standby=on',
    '-c',
    'cluster_name=as_bench_standby',
    '-c',
    'shared_buffers=64MB',
    '-c',
    'max_connections=40',
    // The primary's settings may name files of its own: the standby uses its copy of the defaults.
    '-c',
    `config_file=${path.join(data, 'postgresql.conf')}`,
    '-c',
    `hba_file=${path.join(data, 'pg_hba.conf')}`,
    '-c',
    `ident_file=${path.join(data, 'pg_ident.conf')}`,
  ]);
  const server: ChildProcess = spawn(cmd, args, { stdio: 'ignore' });
  const readUrl = `postgres://${u.username || 'postgres'}@127.0.0.1:${PORT}${u.pathname}`;
  const close = async () => {
    if (server.exitCode === null) {
      server.kill('SIGINT'); // fast shutdown
      await new Promise((r) => server.once('exit', r));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (;;) {
    const c = new pg.Client({ connectionString: readUrl });
    try {
      await c.connect();
      await c.query('select 1');
      await c.end();
      break;
    } catch {
      await c.end().catch(() => undefined);
      if (server.exitCode !== null || performance.now() - started > 120_000) {
        await close();
        return { skipped: 'the standby did not start (see the PostgreSQL log of the temporary directory)' };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    readUrl,
    close,
    async proof() {
      const read = new pg.Client({ connectionString: readUrl });
      const primary = new pg.Client({ connectionString: primaryUrl });
      await read.connect();
      await primary.connect();
      try {
        const rec = await read.query('select pg_is_in_recovery() as r');
        const seen = await primary.query(
          `select application_name, state, (pg_current_wal_lsn() - replay_lsn)::bigint as lag from pg_stat_replication where application_name = 'as_bench_standby'`,
        );
        return {
          readIsInRecovery: rec.rows[0].r === true,
          primarySeesStandby: seen.rows.map((r) => ({
            applicationName: r.application_name,
            state: r.state,
            replayLagBytes: r.lag === null ? null : Number(r.lag),
          })),
        };
      } finally {
        await read.end();
        await primary.end();
      }
    },
  };
}
