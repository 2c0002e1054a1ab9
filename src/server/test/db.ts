import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../db/client.js';

/** A fresh, migrated database of the kind this run tests (TEST_DB), private to the caller. */
export async function openTestDatabase(): Promise<Database & { url?: string }> {
  if (inject('testDb') === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteDump'))]);
    return openPglite(null, blob);
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `as_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // CREATE DATABASE … TEMPLATE fails while another copy of the template is in progress: retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
        break;
      } catch (e) {
        if (attempt > 40 || !/being accessed by other users/.test((e as Error).message)) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const database = await openPostgres(url, 5);
  const close = database.close;
  return {
    ...database,
    url,
    close: async () => {
      await close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
