/**
 * Bench section "start" — how long `aftersales serve` takes until /api/health answers on an existing database
 * (issue 14: under a second), for PGlite in a data directory and for the PostgreSQL server, from the server compiled
 * ahead (dist/server, what `npm start` runs) and, for comparison in the same run, from the sources through tsx.
 * The compiled server is started once before the measured starts, long enough to write its code cache (ADR 026).
 * Also the server's resident memory when idle after start. BENCH_START_RUNS: starts per variant (default 5).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildServer, bundleIsFresh } from '../../scripts/server-bundle.mjs';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
import { PG_URL } from '../databases.js';
const BIN = path.resolve('bin/aftersales.mjs');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function waitHealthy(port: number, deadline: number) {
  while (performance.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the server did not answer within 120 s');
}

/** One start: ms until healthy, and the process's resident memory (kB) a moment later. */
async function startOnce(env: Record<string, string>, port: number, stayMs = 500) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  try {
    await waitHealthy(port, t0 + 120_000);
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, stayMs));
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { ms, rssKb };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function variants(env: Record<string, string>, port: number) {
  const out: Record<string, unknown> = {};
  for (const [name, extra] of [
    ['compiled', {}],
    ['fromSources', { AFTERSALES_FROM_SOURCES: '1' }],
  ] as const) {
    const runs = [];
    // The first start after a build writes V8's code cache a few seconds in (ADR 026), as the first `npm start` does;
    // the starts measured are the later ones.
    if (name === 'compiled') await startOnce({ ...env, ...extra }, port, 5000);
    for (let i = 0; i < RUNS; i++) runs.push(await startOnce({ ...env, ...extra }, port));
    out[name] = {
      startMsMedian: Math.round(median(runs.map((r) => r.ms))),
      startMsAll: runs.map((r) => Math.round(r.ms)),
      idleRssMb: Math.round(median(runs.map((r) => r.rssKb)) / 1024),
    };
  }
  return out;
}

export async function run() {
  if (!bundleIsFresh()) await buildServer();
  const out: Record<string, unknown> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'as-bench-start-'));
  try {
    const init = spawnSync(process.execPath, [BIN, 'init', '--template', 'auto-dealership'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
    if (init.status !== 0) throw new Error(init.stderr);
    out.pglite = await variants({ DATA_DIR: dir }, 3990);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: PG_URL });
  const name = `as_bench_start_${process.pid}`;
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = PG_URL.replace(/\/[^/]*$/, `/${name}`);
    const init = spawnSync(process.execPath, [BIN, 'init', '--template', 'auto-dealership'], { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' });
    if (init.status !== 0) throw new Error(init.stderr);
    out.postgres = await variants({ DATABASE_URL: url }, 3991);
  } catch (e) {
    out.postgres = { skipped: (e as Error).message };
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
  return { ...out, goalMs: 1000 };
}
