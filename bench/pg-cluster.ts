/**
 * Temporary PostgreSQL servers for the replica section (ADR 022): a primary of the bench's own (initdb into a
 * temporary directory, replication allowed from 127.0.0.1) when the shared server refuses replication, and a
 * streaming standby made by pg_basebackup -R from either. The shared server's configuration is never touched. Each
 * server lives in its own temporary directory, removed by stop() — and, should the bench die first, on process exit.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export const STANDBY_NAME = 'as_bench_standby';

/** The newest PostgreSQL server binaries on the machine (Debian layout), or undefined. */
export const serverBinaries = () =>
  fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
        .find((d) => ['initdb', 'pg_basebackup', 'postgres'].every((t) => fs.existsSync(`${d}/${t}`)))
    : undefined;

/** postgres refuses to run as root: the server's tools then run as the postgres account (spawn's uid/gid). */
function serverUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * What to stop and remove should the bench exit, or be interrupted, with servers or tools still running. Tools run
 * asynchronously so that an interrupt is handled at once (a blocked event loop cannot run the handler).
 */
const running = new Set<ChildProcess>();
const dirs = new Set<string>();
process.once('exit', () => {
  for (const c of running) c.kill('SIGQUIT'); // postgres: immediate shutdown
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

function track(child: ChildProcess) {
  running.add(child);
  const exited = new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(-1));
    child.once('exit', (code) => resolve(code));
  });
  void exited.then(() => running.delete(child));
  return exited;
}

async function runTool(cmd: string, args: string[], cwd: string) {
  const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], ...serverUser() });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  if ((await track(child)) !== 0) throw new Error(`${path.basename(cmd)} failed: ${out.trim().slice(-300)}`);
}

/** A private directory the postgres account owns, removed by `remove` (or on exit). */
function tempDir(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.add(dir);
  const { uid, gid } = serverUser();
  if (uid !== undefined) fs.chownSync(dir, uid, gid!);
  return dir;
}
function remove(dir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** A free TCP port on 127.0.0.1: `preferred` when free, else one the system picks. */
export async function freePort(preferred: number): Promise<number> {
  const tryPort = (p: number) =>
    new Promise<number | null>((resolve) => {
      const s = net.createServer().once('error', () => resolve(null));
      s.listen(p, '127.0.0.1', () => s.close(() => resolve((s.address() as net.AddressInfo | null)?.port ?? p)));
    });
  return (await tryPort(preferred)) ?? (await tryPort(0))!;
}

/** Why `url`'s server cannot feed a standby, or null when it can (role, wal_level, max_wal_senders, pg_hba). */
export async function replicationRefusal(url: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const role = await c.query(`select rolreplication or rolsuper as ok from pg_roles where rolname = current_user`);
    if (!role.rows[0]?.ok) return 'the role may not replicate (no REPLICATION attribute)';
    const senders = Number((await c.query('show max_wal_senders')).rows[0].max_wal_senders);
    const level = (await c.query('show wal_level')).rows[0].wal_level;
    if (senders < 1 || level === 'minimal') return `the server does not stream WAL (wal_level=${level}, max_wal_senders=${senders})`;
    const hba = await c.query(`select count(*)::int as n from pg_hba_file_rules where 'replication' = any(database) and error is null`).catch(() => null);
    return hba && hba.rows[0].n === 0 ? 'pg_hba.conf has no "replication" entry' : null;
  } finally {
    await c.end();
  }
}

export interface TempServer {
  port: number;
  /** A URL on this server for `database`. */
  url: (database: string) => string;
  stop: () => Promise<void>;
}

/** Start postgres on `data` and wait until it answers; the directory goes with it on stop(). */
async function startPostgres(dir: string, data: string, port: number, settings: Record<string, string>): Promise<TempServer> {
  const bin = serverBinaries()!;
  const all = { listen_addresses: '127.0.0.1', unix_socket_directories: dir, shared_buffers: '64MB', max_connections: '60', ...settings };
  const log = fs.openSync(path.join(dir, 'postgres.log'), 'a');
  const args = ['-D', data, '-p', String(port), ...Object.entries(all).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const child: ChildProcess = spawn(`${bin}/postgres`, args, { cwd: dir, stdio: ['ignore', log, log], ...serverUser() });
  fs.closeSync(log);
  const exited = track(child);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT'); // fast shutdown
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    remove(dir);
  };
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const started = performance.now();
  for (;;) {
    const c = new pg.Client({ connectionString: url('postgres') });
    try {
      await c.connect();
      await c.query('select 1');
      await c.end();
      return { port, url, stop };
    } catch {
      await c.end().catch(() => undefined);
      if (child.exitCode !== null || performance.now() - started > 120_000) {
        const tail = fs.readFileSync(path.join(dir, 'postgres.log'), 'utf8').trim().split('\n').slice(-3).join(' | ');
        await stop();
        throw new Error(`postgres on ${port} did not start: ${tail}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Host lines only, trust from 127.0.0.1: the bench's servers listen nowhere else. */
const HBA = 'host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n';

/** A primary of the bench's own: initdb (UTF8, C.UTF-8) into a temporary directory, started with WAL streaming on. */
export async function startTemporaryPrimary(preferredPort = 5498): Promise<TempServer> {
  const dir = tempDir('as-primary-');
  const data = path.join(dir, 'data');
  try {
    await runTool(`${serverBinaries()}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], dir);
    fs.writeFileSync(path.join(data, 'pg_hba.conf'), HBA);
  } catch (e) {
    remove(dir);
    throw e;
  }
  return startPostgres(dir, data, await freePort(preferredPort), { wal_level: 'replica', max_wal_senders: '4' });
}

/**
 * A hot standby of `primary` (host and port of the URL): pg_basebackup -R into a temporary directory, started on
 * another port under the name STANDBY_NAME, returned once the primary's pg_stat_replication shows it streaming.
 */
export async function startStandby(primaryUrl: string, preferredPort = 5499): Promise<TempServer> {
  const u = new URL(primaryUrl);
  const dir = tempDir('as-standby-');
  const data = path.join(dir, 'data');
  const conn = ['-h', u.hostname, '-p', u.port || '5432', '-U', u.username || 'postgres'];
  try {
    await runTool(`${serverBinaries()}/pg_basebackup`, [...conn, '-D', data, '-X', 'stream', '-R', '-c', 'fast'], dir);
    // A Debian server keeps its configuration in /etc: the copy may lack the files; the standby gets its own.
    if (!fs.existsSync(path.join(data, 'postgresql.conf'))) fs.writeFileSync(path.join(data, 'postgresql.conf'), '');
    fs.writeFileSync(path.join(data, 'pg_hba.conf'), HBA);
    fs.writeFileSync(path.join(data, 'pg_ident.conf'), '');
  } catch (e) {
    remove(dir);
    throw e;
  }
  const conf = (f: string) => path.join(data, f);
  const standby = await startPostgres(dir, data, await freePort(preferredPort), {
    hot_standby: 'on',
    cluster_name: STANDBY_NAME,
    config_file: conf('postgresql.conf'),
    hba_file: conf('pg_hba.conf'),
    ident_file: conf('pg_ident.conf'),
  });
  const c = new pg.Client({ connectionString: primaryUrl });
  await c.connect();
  try {
    const until = performance.now() + 60_000;
    while ((await c.query(`select 1 from pg_stat_replication where application_name = $1 and state = 'streaming'`, [STANDBY_NAME])).rowCount === 0) {
      if (performance.now() > until) {
        await standby.stop();
        throw new Error('the standby started but does not stream from the primary');
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await c.end();
  }
  return standby;
}
