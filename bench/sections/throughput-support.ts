/**
 * The throughput and replica sections' shared parts: the station they load (installed in process), the compiled
 * instances they start and log in to; the references and counters of throughput — a bare Hono endpoint running one
 * join equivalent to the work-order list page on its own connection pool, and the SQL statements each kind of request
 * runs (counted in process on the node-postgres client).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';
import { seedDemoCustomersAndCatalogs } from '../../src/server/features/customers/demo-customers.js';
import { generateHistory } from '../generate.js';

const BIN = path.resolve('bin/aftersales.mjs');

/** Install the dealership with its demo customers and a year of `orders` orders (in process, then closed). */
export async function prepareStation(database: Database, o: { password: string; orders: number }) {
  const now = new Date();
  await database.migrate();
  const installed = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: o.password, withDemoEmployees: true });
  await seedDemoCustomersAndCatalogs(database.db, installed.orgPointId, now);
  await generateHistory(database.db, installed.orgPointId, { workOrders: o.orders, vehicles: Math.max(500, o.orders / 4), years: 1, now });
}

/** A compiled instance (bin/aftersales.mjs serve) on `port` with `env`, once /api/health answers. */
export async function startInstance(env: Record<string, string>, port: number): Promise<ChildProcess> {
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the instances under load.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve'], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  const until = performance.now() + 120_000;
  while (performance.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server on ${port} did not start`);
}
export const stopInstance = async (c: ChildProcess) => {
  if (c.exitCode !== null || c.signalCode !== null) return;
  c.kill('SIGTERM');
  await new Promise((r) => c.once('exit', r));
};

/** The admin's session cookie on an instance. */
export async function login(base: string, password: string) {
  const r = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  if (!r.ok) throw new Error(`login → ${r.status}`);
  return r.headers.get('set-cookie')!.split(';')[0];
}

const SIGNATURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** GET /bare: the list page's rows (orders of the point with customer and plate, newest first, 50) in one statement. */
export async function bareJoinServer(url: string, port: number) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const [{ id: pointId }] = (await pool.query(`select id from service_points where kind = 'station' order by created_at limit 1`)).rows;
  const app = new Hono().get('/bare', async (c) => {
    // A named statement, as the app's are (ADR 027): the reference is not handicapped by planning at every request.
    const r = await pool.query({
      name: 'bare_list',
      text: `select o.id, o.number, o.status, o.received_at, c.name, v.plate, count(*) over () as total
         from work_orders o join customers c on c.id = o.customer_id join vehicles v on v.id = o.vehicle_id
        where o.service_point_id = $1 order by o.received_at desc limit 50`,
      values: [pointId],
    });
    return c.json({ items: r.rows });
  });
  const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
  return {
    close: async () => {
      await new Promise((r) => server.close(r));
      await pool.end();
    },
  };
}

/** Statements per request of each kind, through the app in process (the instances run the same code). */
export async function countStatements(database: Database, password: string, log?: (sql: string) => void) {
  let count = 0;
  // Counted where node-postgres sends each statement (a client's query method may be wrapped: ADR 027).
  const proto = (pg as unknown as { Query: { prototype: { submit: (...a: unknown[]) => unknown; text?: string } } }).Query.prototype;
  const original = proto.submit;
  proto.submit = function (this: { text?: string }, ...args: unknown[]) {
    count++;
    if (log) log(String(this.text));
    return original.apply(this, args);
  };
  try {
    const app = buildApp({ database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => new Date() });
    const req = async (method: string, p: string, cookie: string, body?: unknown) => {
      const r = await app.request(p, {
        method,
        headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (r.status >= 300) throw new Error(`${method} ${p} → ${r.status} ${await r.text()}`);
      return { json: await r.json(), headers: r.headers };
    };
    const login = await req('POST', '/api/auth/login', '', { username: 'admin', password });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const measure = async (f: () => Promise<unknown>, name = '') => {
      log?.(`### ${name}`);
      count = 0;
      const r = await f();
      return { n: count, r };
    };
    const v = (await req('GET', '/api/customers?pageSize=1', cookie)).json.items[0].vehicles[0];
    const op = (await req('GET', '/api/labor-operations?pageSize=1', cookie)).json.items[0];
    const out: Record<string, number> = {};
    const created = await measure(
      async () => (await req('POST', '/api/work-orders', cookie, { type: 'maintenance', vehicleId: v.id, mileageIn: 900_000, concerns: '计数' })).json,
      'create',
    );
    out.create = created.n;
    let w = created.r as { id: string; version: number };
    const lines = await measure(
      async () =>
        (await req('PUT', `/api/work-orders/${w.id}/lines`, cookie, { version: w.version, lines: [{ kind: 'labor', laborOperationId: op.id }] })).json,
      'lines',
    );
    out.lines = lines.n;
    w = lines.r as typeof w;
    const signed = await measure(
      async () => (await req('POST', `/api/work-orders/${w.id}/signature`, cookie, { version: w.version, signature: SIGNATURE })).json,
      'signature',
    );
    out.signature = signed.n;
    w = signed.r as typeof w;
    out.confirm = (await measure(() => req('POST', `/api/work-orders/${w.id}/actions`, cookie, { version: w.version, action: 'confirm' }), 'confirm')).n;
    out.list = (await measure(() => req('GET', '/api/work-orders?pageSize=50', cookie), 'list')).n;
    out.board = (await measure(() => req('GET', '/api/workshop/board', cookie), 'board')).n;
    out.search = (await measure(() => req('GET', `/api/search?q=${encodeURIComponent('沪Z00001')}`, cookie), 'search')).n;
    out.home = (await measure(() => req('GET', '/api/home/today', cookie), 'home')).n;
    return out;
  } finally {
    proto.submit = original;
  }
}
