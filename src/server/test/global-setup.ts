import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: 'pglite' | 'postgres';
    pgliteDump: string;
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Migrate once per run: a PGlite dump for PGlite runs, a template database for PostgreSQL runs. */
export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  project.provide('testDb', kind);
  project.provide('pgAdminUrl', PG_ADMIN_URL);
  if (kind === 'pglite') {
    const database = await openPglite(null);
    await database.migrate();
    const dump = await database.pglite!.dumpDataDir('gzip');
    const file = path.resolve('.test-out', `pglite-migrated-${process.pid}.tgz`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('pgliteDump', file);
    project.provide('pgTemplate', '');
    return () => fs.rmSync(file, { force: true });
  }
  const template = `as_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const database = await openPostgres(PG_ADMIN_URL.replace(/\/[^/]*$/, `/${template}`), 2);
  await database.migrate();
  await database.close();
  project.provide('pgTemplate', template);
  project.provide('pgliteDump', '');
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}
