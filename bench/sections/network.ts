/**
 * Bench section "network" (issue 14 point 3) — a manufacturer's network on the PostgreSQL server: 1,000 stations under
 * ten regional centres below the demo HQ, 10,000,000 work orders over five years with their lines and the rollups
 * they make (BENCH_SCALE shrinks the orders and stations, e.g. 0.01). Reports the generation time and disk size, the
 * HQ's KPI view for a year and a region's (p50/p95), the year's sums from daily rows only vs monthly rows + edge days
 * (ADR 024), the network overview page's data, and a typical station's and the big station's list, search, month KPIs
 * and list plan.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { installDemoNetwork } from '../../src/server/features/templates/demo-network.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';
import { onPostgres } from '../databases.js';
import { generateNetwork } from '../network-generate.js';
import * as kpiRepo from '../../src/server/features/kpi/kpi.repo.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
// BENCH_BIG_STATION: the big station's own orders (default 150,000 × BENCH_SCALE), e.g. 150000 on a smaller network.
const pct = (xs: number[], p: number) => Math.round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] * 10) / 10;
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

async function measure(database: Database) {
  const now = new Date();
  const size = {
    regions: 10,
    points: Math.max(20, Math.round(1000 * Math.min(1, SCALE * 10))),
    orders: Math.round(10_000_000 * SCALE),
    years: 5,
    bigStation: Number(process.env.BENCH_BIG_STATION ?? Math.round(150_000 * SCALE)),
    now,
  };
  const installed = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'bench-admin', withDemoEmployees: true });
  await installDemoNetwork(database.db, installed.orgPointId, { demoPassword: 'bench-demo', now });
  const [hq] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from service_points where code = 'OEM-HQ'`));
  const t0 = performance.now();
  const steps = await generateNetwork(database.db, hq.id, size);
  const generateSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const [disk] = rowsOf<{ mb: number }>(await database.db.execute(sql`select round(pg_database_size(current_database()) / 1048576.0) as mb`));
  const app = buildApp({ database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => now });
  const login = async (username: string, password: string) => {
    const r = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (r.status !== 200) throw new Error(`login ${username} → ${r.status}`);
    return r.headers.get('set-cookie')!.split(';')[0];
  };
  const hqCookie = await login('hq', 'bench-demo');
  // The administrator moves up to the HQ to open any station's pages (the 售后服务总监 reads KPIs, not work orders).
  await database.db.execute(sql`update users set service_point_id = ${hq.id} where username = 'admin'`);
  const adminCookie = await login('admin', 'bench-admin');
  const times = async (n: number, cookie: string, p: (i: number) => string) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      const r = await app.request(p(i), { headers: { cookie } });
      if (r.status !== 200) throw new Error(`${p(i)} → ${r.status} ${(await r.text()).slice(0, 200)}`);
      await r.arrayBuffer();
      xs.push(performance.now() - s);
    }
    return { p50: pct(xs, 50), p95: pct(xs, 95) };
  };
  const [region] = rowsOf<{ id: string }>(await database.db.execute(sql`select id from service_points where code = 'NR-001'`));
  // The station pages at a typical station's size and at the big station's: a flat p95 means index use, no scans.
  const bySize = rowsOf<{ id: string; n: number }>(
    await database.db.execute(sql`select w.service_point_id as id, count(*)::int as n from work_orders w
      join service_points p on p.id = w.service_point_id and p.code like 'NS-%' group by 1 order by 2 desc`),
  );
  const stationsBySize = [bySize[Math.floor(bySize.length / 2)], bySize[0]];
  const kpiYear = await times(10, hqCookie, () => '/api/kpi?period=year');
  const kpiRegion = await times(10, hqCookie, () => `/api/kpi?period=year&servicePointId=${region.id}`);
  // The year's sums over every point, side by side in this run: the daily rows only vs whole months + edge days (ADR 024).
  const allIds = rowsOf<{ id: string }>(await database.db.execute(sql`select id from service_points`)).map((r) => r.id);
  const year = `${now.getUTCFullYear()}`;
  const sumTimes = async (f: typeof kpiRepo.sumsByPoint) => {
    const xs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      await f(database.db, allIds, `${year}-01-01`, `${year}-12-31`);
      xs.push(performance.now() - s);
    }
    return { p50: pct(xs, 50), p95: pct(xs, 95) };
  };
  const yearSumsDailyOnly = await sumTimes(kpiRepo.sumsByPointDaily);
  const yearSumsMonthly = await sumTimes(kpiRepo.sumsByPoint);
  const networkCookie = await login('hq-network', 'bench-demo');
  const overview = await times(5, networkCookie, () => '/api/network/overview');
  const stationPages = async (st: { id: string; n: number }) => ({
    orders: st.n,
    listMs: await times(20, adminCookie, () => `/api/work-orders?servicePointId=${st.id}&pageSize=50`),
    searchMs: await times(
      20,
      adminCookie,
      (i) => `/api/work-orders?servicePointId=${st.id}&q=${encodeURIComponent(`苏N${String(i * 37 + 1).padStart(7, '0')}`)}&pageSize=20`,
    ),
    monthKpiMs: await times(10, adminCookie, () => `/api/kpi?period=month&servicePointId=${st.id}`),
    listPlan: rowsOf<{ 'QUERY PLAN': string }>(
      await database.db.execute(
        sql`explain (analyze, costs off, timing off) select id from work_orders where service_point_id = ${st.id} order by received_at desc limit 50`,
      ),
    ).map((r) => r['QUERY PLAN']),
  });
  const [typical, big] = stationsBySize;
  const stations = { typical: await stationPages(typical), big: await stationPages(big) };
  return {
    size: { ...size, now: undefined },
    generateSeconds,
    steps,
    diskMb: Number(disk.mb),
    kpiNetworkYearMs: kpiYear,
    kpiRegionYearMs: kpiRegion,
    kpiYearSumsAllPointsMs: { dailyOnly: yearSumsDailyOnly, monthsAndEdgeDays: yearSumsMonthly },
    networkOverviewMs: overview,
    stations,
    rows: rowsOf<{ t: string; n: number }>(
      await database.db.execute(sql`select 'work_orders' as t, count(*)::int as n from work_orders union all select 'work_order_lines', count(*)::int from work_order_lines
        union all select 'tickets', count(*)::int from tickets union all select 'warranty_claims', count(*)::int from warranty_claims
        union all select 'point_daily_rollups', count(*)::int from point_daily_rollups`),
    ),
    goals: { pageP95Ms: 1000, stationPageP95Ms: 100 },
  };
}

export async function run() {
  return { postgres: await onPostgres('network', measure) };
}
