// The compiled server (dist/server/aftersales.cjs), whether it is newer than every source it was built from, and how
// it is run with V8's code cache (ADR 026).
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(ROOT, 'dist/server/aftersales.cjs');
/** The folders the server is built from (the SPA under src/web is built by Vite and not part of it). */
const SOURCES = ['src/cli', 'src/server', 'src/domain', 'src/contracts'];

function newest(dir, limit) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p, limit) : fs.statSync(p).mtimeMs);
    if (t > limit) return t; // already stale: stop looking
  }
  return t;
}

export function bundleIsFresh() {
  let built;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
  } catch {
    return false;
  }
  // Packages are compiled in: a changed package.json or lock file (npm install) makes the bundle stale.
  const pkg = Math.max(...['package.json', 'package-lock.json'].map((f) => fs.statSync(path.join(ROOT, f), { throwIfNoEntry: false })?.mtimeMs ?? 0));
  return pkg <= built && SOURCES.every((s) => newest(path.join(ROOT, s), built) <= built);
}

/**
 * Packages left outside the bundle: the embedded engine finds its .wasm and data files next to its own module; exceljs is
 * imported only when a sheet is made; pino loads its transports by file name; pg-native is an optional require of pg.
 * Every other package is compiled in: one file to read and parse instead of hundreds to resolve (issue 14 point 1).
 */
const EXTERNAL = ['@electric-sql/pglite', 'exceljs', 'pino', 'pg-native'];

/**
 * Compile src/cli/main.ts and everything it imports into one CommonJS file (Node 20 keeps no compiled code for ES
 * modules; a script it can: see runBundle), and the embedded engine's worker (src/server/db/pglite-worker.ts) beside
 * it as the ES module pglite-worker.mjs.
 */
export async function buildServer(outfile = BUNDLE) {
  // esbuild is loaded only to build: every start imports this file to check the bundle is fresh.
  const { build } = await import('esbuild');
  const dir = path.dirname(outfile);
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // Less to parse at every start; names are kept (stack traces stay readable, the source map has the rest).
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile,
    format: 'cjs',
    // The sources are ES modules: their own URL is the bundle's, and import() of a package is require() (no dynamic
    // import is left in the script, which vm.Script could not resolve).
    define: { 'import.meta.url': '__aftersalesUrl' },
    banner: { js: "var __aftersalesUrl = require('node:url').pathToFileURL(__filename).href;" },
    supported: { 'dynamic-import': false },
  });
  await build({
    ...common,
    entryPoints: [path.join(ROOT, 'src/server/db/pglite-worker.ts')],
    outfile: path.join(dir, 'pglite-worker.mjs'),
    format: 'esm',
    banner: { js: "import { createRequire as __aftersalesRequire } from 'node:module'; const require = __aftersalesRequire(import.meta.url);" },
  });
  for (const f of fs.readdirSync(dir)) if (f.startsWith(`${path.basename(outfile)}.`) && f.endsWith('.v8cache')) fs.rmSync(path.join(dir, f), { force: true });
  const now = new Date();
  for (const f of [outfile, path.join(dir, 'pglite-worker.mjs')]) fs.utimesSync(f, now, now);
}

/** The code cache of a command: each command runs (and compiles) other functions; `serve` is the one whose start counts. */
const cacheFileOf = (file, command) => `${file}.${command && /^[a-z-]+$/.test(command) ? command : 'other'}.v8cache`;

/**
 * Run the compiled server as the main module with V8's code cache beside it (`<bundle>.<command>.v8cache`): the
 * functions the last run of that command compiled are read back instead of parsed and compiled again. The cache is
 * written when there is none or V8 refused it (another Node.js, other flags, a rebuilt bundle) — `afterMs` into the
 * run, when a start's functions are compiled, or at exit if that is sooner; through a temporary file renamed into
 * place, so two starts never read half of one. A cache that cannot be written (read-only install) only costs the time
 * it would have saved.
 */
export function runBundle(file = BUNDLE, { afterMs = 3000 } = {}) {
  const cacheFile = cacheFileOf(file, process.argv[2]);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // first run of this bundle
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        fs.rmSync(tmp, { force: true });
      }
    };
    setTimeout(write, afterMs).unref();
    process.once('exit', write);
  }
  const module = { exports: {}, filename: file, id: '.', loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { cacheUsed: !!cachedData && !script.cachedDataRejected };
}
