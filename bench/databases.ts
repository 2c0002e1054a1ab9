/**
 * The two databases every bench section measures on: an in-memory PGlite and a fresh database on the PostgreSQL
 * server (TEST_PG_URL, default 127.0.0.1:5432/test), dropped afterwards. A server that is not reachable is reported
 * as skipped, not as a failure.
 */
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../src/server/db/client.js';

export const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Run `measure` on a migrated in-memory PGlite. */
export async function onPglite<T>(measure: (db: Database) => Promise<T>): Promise<T> {
  const lite = await openPglite(null);
  try {
    await lite.migrate();
    return await measure(lite);
  } finally {
    await lite.close();
  }
}

/** Run `measure` on a new, migrated PostgreSQL database named after `tag`; `{ skipped }` when the server is away. */
export async function onPostgres<T>(tag: string, measure: (db: Database) => Promise<T>): Promise<T | { skipped: string }> {
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
    const name = `as_bench_${tag}_${process.pid}`;
    await admin.query(`create database ${name}`);
    const database = await openPostgres(PG_URL.replace(/\/[^/]*$/, `/${name}`));
    try {
      await database.migrate();
      return await measure(database);
    } finally {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  } catch (e) {
    return { skipped: `PostgreSQL failed or not reachable at ${PG_URL}: ${(e as Error).message} ${String((e as { cause?: Error }).cause?.message ?? '')}` };
  } finally {
    await admin.end().catch(() => undefined);
  }
}
