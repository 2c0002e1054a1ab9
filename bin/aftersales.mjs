#!/usr/bin/env node
// The `aftersales` command. Runs the server compiled ahead (dist/server, `npm start` builds it; with V8's code cache,
// ADR 026) while it is newer than the sources; otherwise the TypeScript sources through tsx, so development and a
// fresh checkout need no build step.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';

// The embedded engine is PostgreSQL in WebAssembly: by default V8 starts re-compiling its functions with the optimizing
// compiler while it is still starting, which doubles the CPU the start needs on two cores. A larger tiering budget
// lets only what stays hot under use be optimized (ADR 025; measured by the bench's start and throughput sections).
v8.setFlagsFromString('--wasm-tiering-budget=50000000');

const WORKER = new URL('../dist/server/pglite-worker.mjs', import.meta.url);
let early;
// `serve` on the embedded database: its engine starts opening in its own thread first thing, while the server loads
// (ADR 025). The directory is DATA_DIR's as the config reads it; src/server/db/client.ts checks the thread opened that
// one (else it starts another), and a stale bundle's thread is stopped below.
if (process.argv[2] === 'serve' && !process.env.DATABASE_URL && process.env.AFTERSALES_FROM_SOURCES !== '1' && fs.existsSync(WORKER)) {
  const worker = new Worker(WORKER, { workerData: { dataDir: path.resolve(process.env.DATA_DIR || './data', 'pglite') } });
  early = { worker, early: [] }; // and what it says before the server takes it over
  worker.on('message', (m) => early.early.push(m));
}

const { bundleIsFresh, runBundle } = await import('../scripts/server-bundle.mjs');
if (process.env.AFTERSALES_FROM_SOURCES !== '1' && bundleIsFresh()) {
  if (early) globalThis[Symbol.for('aftersales.engineThread')] = early;
  runBundle();
} else {
  if (early) {
    early.worker.postMessage({ id: 1, op: 'close' });
    await new Promise((resolve) => early.worker.once('exit', resolve));
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
