#!/usr/bin/env node
// The `aftersales` command. Runs the server compiled ahead (dist/server, `npm start` builds it) while it is newer than
// the sources; otherwise the TypeScript sources through tsx, so development and a fresh checkout need no build step.
import { pathToFileURL } from 'node:url';
import { bundleIsFresh, BUNDLE } from '../scripts/server-bundle.mjs';

if (process.env.AFTERSALES_FROM_SOURCES !== '1' && bundleIsFresh()) {
  await import(pathToFileURL(BUNDLE).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
