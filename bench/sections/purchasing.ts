/**
 * Bench section "purchasing" — the purchase suggestion (采购建议) for a station with BENCH_PARTS parts (20,000) and
 * five years of stock movements (BENCH_MOVES_PER_PART_YEAR issues per part and year, skewed: a few parts move a
 * lot, most little), on PostgreSQL (when reachable) and on PGlite (BENCH_PGLITE=0 skips it). The history is made
 * with generate_series in the database; the suggestion is one set-based query plus the pure rules per row. The demand
 * statistics are maintained (part_demand_stats): `first` is the request that computes them for the day, p50 the rest.
 */
import { onPglite, onPostgres } from '../databases.js';
import { sql } from 'drizzle-orm';
import { performance } from 'node:perf_hooks';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/main.js';
import { loadConfig } from '../../src/server/config.js';
import { installTemplate } from '../../src/server/features/templates/install.js';
import { autoDealershipTemplate } from '../../src/domain/org/templates/auto-dealership.js';

const PARTS = Number(process.env.BENCH_PARTS ?? 20_000);
const MOVES = Number(process.env.BENCH_MOVES_PER_PART_YEAR ?? 12);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 10) / 10;
};

async function measure(database: Database) {
  const now = new Date();
  const { db } = database;
  const installed = await installTemplate(db, autoDealershipTemplate, { adminPassword: 'bench-admin', withDemoEmployees: false });
  const point = installed.orgPointId;
  const t0 = performance.now();
  await db.execute(sql`insert into warehouse_locations (service_point_id, code, name) values (${point}, 'BENCH', 'bench')`);
  await db.execute(sql`
    insert into parts (service_point_id, part_no, name, retail_price_fen, cost_price_fen)
    select ${point}, 'BP' || lpad(g::text, 6, '0'), '配件 ' || g, 1000 + (g % 97) * 100, 700 + (g % 97) * 70
    from generate_series(1, ${PARTS}) g`);
  await db.execute(sql`
    insert into stock_items (service_point_id, part_id, location_id, on_hand_milli)
    select ${point}, p.id, l.id, ((hashtext(p.part_no) & 15) * 1000)
    from parts p, warehouse_locations l where p.service_point_id = ${point} and l.code = 'BENCH'`);
  // Issues spread over five years; part k moves about MOVES × 5 × skew(k) times (a long tail).
  await db.execute(sql`
    insert into stock_movements (service_point_id, part_id, location_id, kind, qty_milli, unit_cost_fen, actor_name, at)
    select ${point}, p.id, l.id, 'issue', -1000 * (1 + (g % 3)), p.cost_price_fen, 'bench',
      ${now.toISOString()}::timestamptz - ((hashtext(p.part_no || g::text) & 2147483647) % (5 * 365 * 86400)) * interval '1 second'
    from parts p
      cross join warehouse_locations l
      cross join lateral generate_series(1, greatest(1, (${MOVES * 5 * 4} / (1 + (hashtext(p.part_no) & 7)))::int)) g
    where p.service_point_id = ${point} and l.code = 'BENCH'`);
  const [{ n }] = (
    (await db.execute(sql`select count(*)::int as n from stock_movements where service_point_id = ${point}`)) as unknown as {
      rows: { n: number }[];
    }
  ).rows;
  // As autovacuum leaves a real ledger: statistics and the visibility map (the demand count reads the index alone).
  await db.execute(sql`vacuum analyze`);
  const generateSeconds = (performance.now() - t0) / 1000;
  const app = buildApp({ database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => now });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'bench-admin' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const times: number[] = [];
  let lines = 0;
  let considered = 0;
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    const r = await app.request(`/api/purchase-suggestion?servicePointId=${point}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`suggestion → ${r.status} ${await r.text()}`);
    const body = (await r.json()) as { items: unknown[]; partsConsidered: number };
    times.push(performance.now() - s);
    lines = body.items.length;
    considered = body.partsConsidered;
  }
  return {
    parts: PARTS,
    movements: n,
    generateSeconds: Math.round(generateSeconds * 10) / 10,
    suggestionMs: { first: Math.round(times[0] * 10) / 10, p50: pct(times, 50), max: pct(times, 100) },
    partsConsidered: considered,
    suggestedLines: lines,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { postgres: await onPostgres('po', measure) };
  if (process.env.BENCH_PGLITE !== '0') out.pglite = await onPglite(measure);
  return out;
}
