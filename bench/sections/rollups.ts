/**
 * Bench section "rollups" — a station with BENCH_ROLLUP_ORDERS work orders over BENCH_ROLLUP_YEARS years (bench/
 * generate.ts) on PGlite: the rebuild of its daily rollups (point-days per second) — the set-based rebuild over the
 * whole history, and in the same run the per-day recompute (the incremental path) over its last BENCH_ROLLUP_PERDAY_DAYS
 * days for the ratio — then the KPI view of a year and of a month read from the rollups (p50 / p95 over
 * BENCH_ROLLUP_READS requests).
 */
import { performance } from 'node:perf_hooks';
import { openPglite } from '../../src/server/db/client.js';
import { buildApp, rollupService } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';
import { seedDemoCustomersAndCatalogs } from '../../src/server/features/customers/demo-customers.js';
import { generateHistory } from '../generate.js';
import { addDays, DEFAULT_TIME_ZONE, localDate } from '../../src/domain/time/index.js';

const ORDERS = Number(process.env.BENCH_ROLLUP_ORDERS ?? 20_000);
const YEARS = Number(process.env.BENCH_ROLLUP_YEARS ?? 1);
const READS = Number(process.env.BENCH_ROLLUP_READS ?? 30);
const PERDAY_DAYS = Number(process.env.BENCH_ROLLUP_PERDAY_DAYS ?? 30);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 100) / 100;
};

export async function run() {
  const database = await openPglite(null);
  await database.migrate();
  const now = new Date();
  const installed = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'bench-admin', withDemoEmployees: true });
  await seedDemoCustomersAndCatalogs(database.db, installed.orgPointId, now);
  await generateHistory(database.db, installed.orgPointId, { workOrders: ORDERS, vehicles: Math.max(100, Math.round(ORDERS / 5)), years: YEARS, now });
  const services = { database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => now };
  const rollups = rollupService(services);
  const t0 = performance.now();
  const built = await rollups.rebuild();
  const rebuildMs = performance.now() - t0;
  const today = localDate(DEFAULT_TIME_ZONE, now);
  const t1 = performance.now();
  const perDay = await rollups.rebuildDayByDay({ from: addDays(today, -(PERDAY_DAYS - 1)), to: today });
  const perDayMs = performance.now() - t1;
  const rate = (days: number, ms: number) => Math.round((days / ms) * 1000 * 10) / 10;
  const app = buildApp(services);
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'bench-admin' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const timeOf = async (path: string) => {
    const xs: number[] = [];
    for (let i = 0; i < READS; i++) {
      const s = performance.now();
      const res = await app.request(path, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      xs.push(performance.now() - s);
    }
    return { p50: pct(xs, 50), p95: pct(xs, 95) };
  };
  const out = {
    orders: ORDERS,
    years: YEARS,
    pointDays: built.days,
    rebuildMs: Math.round(rebuildMs),
    pointDaysPerSecond: rate(built.days, rebuildMs),
    perDayReference: { pointDays: perDay.days, ms: Math.round(perDayMs), pointDaysPerSecond: rate(perDay.days, perDayMs) },
    speedup: Math.round((rate(built.days, rebuildMs) / rate(perDay.days, perDayMs)) * 10) / 10,
    kpiYearMs: await timeOf('/api/kpi?period=year'),
    kpiMonthMs: await timeOf('/api/kpi?period=month'),
  };
  await database.close();
  return out;
}
