// Compile the server ahead (issue 14: start in under a second) into dist/server/aftersales.cjs. bin/aftersales.mjs
// runs it while it is newer than every server source, and the sources through tsx otherwise (development, a fresh
// checkout). `--if-stale` builds only when the bundle is missing or older than the sources (npm start).
import path from 'node:path';
import { BUNDLE, ROOT, buildServer, bundleIsFresh } from './server-bundle.mjs';

if (process.argv.includes('--if-stale') && bundleIsFresh()) process.exit(0);
const started = Date.now();
await buildServer();
console.log(`Compiled the server into ${path.relative(ROOT, BUNDLE)} in ${Date.now() - started} ms`);
