#!/usr/bin/env node
// The `aftersales` command. Runs the TypeScript sources through tsx, so no build step is needed for the server.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/main.ts');
