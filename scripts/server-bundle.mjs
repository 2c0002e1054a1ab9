// The compiled server (dist/server/aftersales.mjs) and whether it is newer than every source it was built from.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(ROOT, 'dist/server/aftersales.mjs');
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
 * Compile src/cli/main.ts and everything it imports into one ES module, and the embedded engine's worker
 * (src/server/db/pglite-worker.ts) beside it as pglite-worker.mjs.
 */
export async function buildServer(outfile = BUNDLE) {
  // esbuild is loaded only to build: every start imports this file to check the bundle is fresh.
  const { build } = await import('esbuild');
  const name = path.basename(outfile, '.mjs');
  await build({
    entryPoints: { [name]: path.join(ROOT, 'src/cli/main.ts'), 'pglite-worker': path.join(ROOT, 'src/server/db/pglite-worker.ts') },
    outdir: path.dirname(outfile),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages compiled into an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as __aftersalesRequire } from 'node:module'; const require = __aftersalesRequire(import.meta.url);" },
    // Less to parse at every start; names are kept (stack traces stay readable, the source map has the rest).
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const now = new Date();
  for (const f of [outfile, path.join(path.dirname(outfile), 'pglite-worker.mjs')]) fs.utimesSync(f, now, now);
}
