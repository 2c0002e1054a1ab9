/**
 * Where the embedded engine's thread comes from: the compiled `pglite-worker.mjs` beside the server bundle, or the
 * TypeScript source through tsx (development, tests). `bin/aftersales.mjs` may start one before the server loads
 * (it hands it over under ENGINE_THREAD); `takeEngineThread` picks it up once.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A thread and what it said before anyone listened (the start's answer must not be lost). */
export interface EngineThread {
  worker: Worker;
  early: unknown[];
}

/** The global key `bin/aftersales.mjs` leaves an early-started engine thread under. */
export const ENGINE_THREAD = Symbol.for('aftersales.engineThread');

export function startEngineThread(dataDir: string): EngineThread {
  if (!import.meta.url.endsWith('.ts')) return { worker: new Worker(new URL('./pglite-worker.mjs', import.meta.url), { workerData: { dataDir } }), early: [] };
  // From the sources: the thread registers tsx first (a worker does not inherit the main thread's loader).
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api'];
  const tsx = pathToFileURL(path.join(path.dirname(pkg), api.import.default)).href;
  const entry = new URL('./pglite-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`;
  return { worker: new Worker(boot, { eval: true, workerData: { dataDir } }), early: [] };
}

export function takeEngineThread(): EngineThread | undefined {
  const g = globalThis as Record<symbol, EngineThread | undefined>;
  const worker = g[ENGINE_THREAD];
  delete g[ENGINE_THREAD];
  return worker;
}
