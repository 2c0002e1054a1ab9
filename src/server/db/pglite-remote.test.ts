import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteThread, type Database } from './client.js';
import { pgErrorOf } from './errors.js';
import { DataDirLockedError } from './lock.js';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

/** The embedded engine in its own thread (ADR 025), through Drizzle as the server uses it. */
describe('the embedded engine in a worker thread', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'as-thread-'));
  let database: Database;

  beforeAll(async () => {
    database = await openPgliteThread(path.join(dataDir, 'pglite'));
    await database.db.execute(sql`create table t (id int primary key, v text not null, at timestamptz, d date, n numeric(10,2))`);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads rows with the types Drizzle reads as text left as text', async () => {
    await database.db.execute(sql`insert into t values (1, 'a', '2026-12-03T02:00:00Z', '2026-12-03', 12.5)`);
    const [row] = rowsOf<Record<string, unknown>>(await database.db.execute(sql`select * from t where id = 1`));
    expect(row).toMatchObject({ id: 1, v: 'a', d: '2026-12-03', n: '12.50' });
    expect(row.at).toMatch(/^2026-12-03 \d\d:00:00\+\d\d$/); // as the engine writes it, in its session's zone
  });

  it('commits a transaction, and rolls one back when its work throws', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t (id, v) values (2, 'kept')`);
    });
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into t (id, v) values (3, 'dropped')`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const ids = rowsOf<{ id: number }>(await database.db.execute(sql`select id from t where id in (2, 3) order by id`)).map((r) => r.id);
    expect(ids).toEqual([2]);
  });

  it('rolls back to a savepoint inside a transaction (a nested transaction)', async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into t (id, v) values (4, 'outer')`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into t (id, v) values (5, 'inner')`);
          inner.rollback();
        })
        .catch(() => undefined);
    });
    const ids = rowsOf<{ id: number }>(await database.db.execute(sql`select id from t where id in (4, 5) order by id`)).map((r) => r.id);
    expect(ids).toEqual([4]);
  });

  it('hands over the SQLSTATE and the constraint of a failed statement', async () => {
    const err = await database.db.execute(sql`insert into t (id, v) values (1, 'again')`).catch((e: unknown) => e);
    expect(pgErrorOf(err)).toMatchObject({ code: '23505', constraint: 't_pkey' });
  });

  it('serializes concurrent transactions: neither sees the other half-done', async () => {
    await database.db.execute(sql`insert into t (id, v) values (10, '0')`);
    const bump = () =>
      database.db.transaction(async (tx) => {
        const [r] = rowsOf<{ v: string }>(await tx.execute(sql`select v from t where id = 10`));
        await tx.execute(sql`update t set v = ${String(Number(r.v) + 1)} where id = 10`);
      });
    await Promise.all(Array.from({ length: 8 }, bump));
    const [r] = rowsOf<{ v: string }>(await database.db.execute(sql`select v from t where id = 10`));
    expect(r.v).toBe('8');
  });

  it('delivers a NOTIFY to a listener after the notifying transaction commits', async () => {
    const got: string[] = [];
    const unlisten = await database.pglite!.listen('thread_test', (p) => got.push(p));
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('thread_test', 'hello')`);
      expect(got).toEqual([]);
    });
    await expect.poll(() => got).toEqual(['hello']);
    await unlisten();
  });

  it('refuses a data directory another live process holds, with the lock error the CLI explains', async () => {
    const held = fs.mkdtempSync(path.join(os.tmpdir(), 'as-thread-held-'));
    try {
      fs.writeFileSync(path.join(held, 'aftersales.lock'), String(process.ppid)); // the test runner: alive, not us
      const err = await openPgliteThread(path.join(held, 'pglite')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as DataDirLockedError).pid).toBe(process.ppid);
    } finally {
      fs.rmSync(held, { recursive: true, force: true });
    }
  });

  it('dumps the data directory (a tarball the engine can load)', async () => {
    const dump = await database.pglite!.dumpDataDir('none');
    expect(dump.size).toBeGreaterThan(1_000_000);
  });
});

describe('closing the engine thread', () => {
  it('releases the lock, so the directory opens again with its data', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'as-thread-'));
    try {
      const first = await openPgliteThread(path.join(dataDir, 'pglite'));
      await first.db.execute(sql`create table kept (v text)`);
      await first.db.execute(sql`insert into kept values ('still here')`);
      await first.close();
      expect(fs.existsSync(path.join(dataDir, 'aftersales.lock'))).toBe(false);
      await expect(first.db.execute(sql`select 1`)).rejects.toThrow();
      const second = await openPgliteThread(path.join(dataDir, 'pglite'));
      const rows = rowsOf<{ v: string }>(await second.db.execute(sql`select v from kept`));
      await second.close();
      expect(rows).toEqual([{ v: 'still here' }]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
