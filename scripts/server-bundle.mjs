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
  const pkg = fs.statSync(path.join(ROOT, 'package.json')).mtimeMs;
  return pkg <= built && SOURCES.every((s) => newest(path.join(ROOT, s), built) <= built);
}

/** Compile src/cli/main.ts and everything it imports into one ES module; npm packages stay external. */
export async function buildServer(outfile = BUNDLE) {
  // esbuild is loaded only to build: every start imports this file to check the bundle is fresh.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const now = new Date();
  fs.utimesSync(outfile, now, now);
}
