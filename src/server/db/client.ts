import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import * as schema from './schema.js';
import { isRetryable } from './errors.js';
import { RemotePglite } from './pglite-remote.js';
import { takeEngineThread, startEngineThread } from './pglite-thread.js';
import { errorFields, log } from '../log.js';
import { nameStatements } from './named-statements.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  /** A read-only pool on a streaming replica (DATABASE_READ_URL), for reports and KPI reads; absent = use `db`. */
  readDb?: Db;
  kind: DbKind;
  /** Run migrations (idempotent; serialized across instances on PostgreSQL). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when there is one (board events' LISTEN, test dumps): in this thread or its own. */
  pglite?: EmbeddedEngine;
}

/** What the rest of the server uses of the embedded engine directly (PGlite itself, or `RemotePglite`). */
export interface EmbeddedEngine {
  readonly closed: boolean;
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<Blob>;
  close(): Promise<void>;
}

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'src/server/db/migrations');

/**
 * Whether the database already has the newest migration of the folder: drizzle's migrator applies the journal's
 * entries newer than the last `created_at` it recorded, so when that is the journal's last `when` there is nothing to
 * do, and a start need not read and hash every migration file (issue 14 point 1). Any doubt — no table yet, an
 * unreadable journal — answers no, and the migrator decides.
 */
export async function upToDate(db: Db): Promise<boolean> {
  try {
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as { entries: { when: number }[] };
    const newest = Math.max(...journal.entries.map((e) => e.when));
    const r = await db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`);
    const at = Number((r as unknown as { rows: { at: string | number | null }[] }).rows[0]?.at ?? 0);
    return Number.isFinite(newest) && at >= newest;
  } catch {
    return false;
  }
}
const MIGRATION_LOCK_KEY = 7_321_004;

/** A `Database` over an embedded engine — PGlite itself or its thread's `RemotePglite` — the same driver and migrator. */
function pgliteDatabase<E extends EmbeddedEngine>(engine: E): Database & { pglite: E } {
  const client = engine as unknown as PGlite;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    pglite: engine,
    migrate: async () => {
      if (!(await upToDate(db))) await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
    },
    close: async () => {
      if (!engine.closed) await engine.close();
    },
  };
}

/** Open PGlite in `dataDir` (created if missing), or in memory when dataDir is null. */
export async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<Database & { pglite: PGlite }> {
  if (dataDir) fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  return pgliteDatabase(await PGlite.create(dataDir ?? undefined, loadDataDir ? { loadDataDir } : {}));
}

/**
 * Open the data directory's engine in its own thread (ADR 025): the thread takes the directory's lock, then opens
 * PGlite there. A thread `bin/aftersales.mjs` started before the server loaded is used when it opened `dataDir`.
 */
export async function openPgliteThread(dataDir: string): Promise<Database> {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  let client: RemotePglite | undefined;
  const early = takeEngineThread();
  if (early) {
    client = await RemotePglite.connect(early).catch(() => undefined); // a failure is met again below, and reported
    if (client && client.dataDir !== path.resolve(dataDir)) {
      await client.close();
      client = undefined;
    }
  }
  return pgliteDatabase(client ?? (await RemotePglite.connect(startEngineThread(path.resolve(dataDir)))));
}

export async function openPostgres(url: string, maxConnections = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  nameStatements(pool);
  pool.on('error', (err) => log.error({ error: errorFields(err) }, 'idle database client failed'));
  const db = retryTransactions(drizzlePg(pool, { schema }) as unknown as Db);
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      if (await upToDate(db)) return;
      const conn = await pool.connect();
      try {
        await conn.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg(conn), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await conn.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
        conn.release();
      }
    },
    close: async () => {
      await pool.end();
    },
  };
}

/**
 * Top-level transactions that fail with a serialization failure or a deadlock are run again (up to 3 times, with a
 * short random pause): the work is redone from the start, so nothing half-done is kept.
 */
function retryTransactions(db: Db): Db {
  const transaction = db.transaction.bind(db);
  const retrying: Db['transaction'] = async (fn, config) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction(fn, config);
      } catch (e) {
        if (attempt >= 3 || !isRetryable(e)) throw e;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
      }
    }
  };
  return Object.assign(db, { transaction: retrying });
}

/** Quick liveness probe used by /api/health. */
export async function pingDb(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
