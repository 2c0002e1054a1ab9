/**
 * npm run bench — every section below in order, printed as one JSON document.
 * BENCH_ONLY=station,routing runs only the named sections (a quick run); each section is a module of
 * bench/sections/ exporting run(): Promise<object>.
 */
import type { run as Section } from './sections/station.js';
import { log } from '../src/server/log.js';

// stdout carries the one JSON document: the in-process server's log lines (e.g. a pool's connection ended when a
// section drops its database) would break it. The servers the sections spawn log to their own, ignored, outputs.
log.level = 'silent';

const SECTIONS: Record<string, () => Promise<{ run: typeof Section }>> = {
  station: () => import('./sections/station.js'),
  frontend: () => import('./sections/frontend.js'),
  start: () => import('./sections/start.js'),
  routing: () => import('./sections/routing.js'),
  dispatch: () => import('./sections/dispatch.js'),
  rollups: () => import('./sections/rollups.js'),
  purchasing: () => import('./sections/purchasing.js'),
  'vin-import': () => import('./sections/vin-import.js'),
  knowledge: () => import('./sections/knowledge.js'),
  throughput: () => import('./sections/throughput.js'),
  replica: () => import('./sections/replica.js'),
  network: () => import('./sections/network.js'),
};

async function main() {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const out: Record<string, unknown> = { node: process.version, at: new Date().toISOString() };
  for (const [name, load] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    out[name] = await (await load()).run();
  }
  console.log(JSON.stringify(out, null, 2));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
