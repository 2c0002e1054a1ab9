/**
 * Bench section "station" — a station with five years of history (≈150,000 work orders) on PGlite and on the
 * PostgreSQL server (when reachable), then: work-order search latency, today's board/home latency and
 * work-order creation throughput, printed as JSON. Sizes: BENCH_WORK_ORDERS, BENCH_VEHICLES.
 */
import { onPglite, onPostgres } from '../databases.js';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';
import { seedDemoCustomersAndCatalogs } from '../../src/server/features/customers/demo-customers.js';
import { generateHistory } from '../generate.js';

const WORK_ORDERS = Number(process.env.BENCH_WORK_ORDERS ?? 150_000);
const VEHICLES = Number(process.env.BENCH_VEHICLES ?? 20_000);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
};

async function measure(database: Database) {
  const now = new Date();
  const installed = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'bench-admin', withDemoEmployees: true });
  await seedDemoCustomersAndCatalogs(database.db, installed.orgPointId, now);
  const t0 = performance.now();
  await generateHistory(database.db, installed.orgPointId, { workOrders: WORK_ORDERS, vehicles: VEHICLES, years: 5, now });
  const generateSeconds = (performance.now() - t0) / 1000;
  const app = buildApp({ database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => new Date() });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'bench-admin' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const get = async (p: string) => {
    const s = performance.now();
    const r = await app.request(p, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`${p} → ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
    return performance.now() - s;
  };
  const search: number[] = [];
  for (let i = 0; i < 60; i++)
    search.push(await get(`/api/work-orders?q=${encodeURIComponent(`沪Z${String(((i * 331) % VEHICLES) + 1).padStart(5, '0')}`)}&pageSize=20`));
  const open: number[] = [];
  for (let i = 0; i < 30; i++) open.push(await get('/api/work-orders?status=in_progress,waiting_parts,qc,ready&pageSize=50'));
  const home: number[] = [];
  for (let i = 0; i < 20; i++) home.push(await get('/api/home/today'));
  const vehicle = await (await app.request('/api/customers?pageSize=1', { headers: { cookie } })).json();
  const v = vehicle.items[0].vehicles[0];
  const n = 200;
  const c0 = performance.now();
  for (let i = 0; i < n; i++) {
    const r = await app.request('/api/work-orders', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'maintenance', vehicleId: v.id, mileageIn: v.mileageKm + i, concerns: 'bench' }),
    });
    if (r.status !== 201) throw new Error(`create → ${r.status}`);
  }
  const createPerSecond = Math.round((n / ((performance.now() - c0) / 1000)) * 10) / 10;
  return {
    workOrders: WORK_ORDERS,
    vehicles: VEHICLES,
    generateSeconds: Math.round(generateSeconds * 10) / 10,
    searchMs: { p50: pct(search, 50), p95: pct(search, 95) },
    openBoardListMs: { p50: pct(open, 50), p95: pct(open, 95) },
    homeTodayMs: { p50: pct(home, 50), p95: pct(home, 95) },
    createWorkOrdersPerSecond: createPerSecond,
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

/** The station section on PGlite and on the PostgreSQL server (when reachable). */
export async function run(): Promise<Record<string, unknown>> {
  return { pglite: await onPglite(measure), postgres: await onPostgres('station', measure) };
}
