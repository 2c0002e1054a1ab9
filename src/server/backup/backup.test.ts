import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness } from '../test/harness.js';
import { openTestDatabase } from '../test/db.js';
import { BACKUP_TABLES, createBackup, readBackupFile, restoreBackup, writeBackupFile } from './backup.js';
import { buildApp } from '../main.js';

const count = async (db: Awaited<ReturnType<typeof openTestDatabase>>['db'], t: string) =>
  ((await db.execute(sql.raw(`select count(*)::int as n from ${t}`))) as unknown as { rows: { n: number }[] }).rows[0].n;

describe('backup and restore', () => {
  it('round-trips every table into an empty database, and the restored data works (login, chart)', async () => {
    const h = await createHarness();
    const file = path.join(os.tmpdir(), `as-backup-${process.pid}.json.gz`);
    writeBackupFile(file, await createBackup(h.db, h.database.kind));
    const target = await openTestDatabase();
    try {
      const counts = await restoreBackup(target.db, readBackupFile(file));
      for (const t of BACKUP_TABLES) expect([t, await count(target.db, t)]).toEqual([t, await count(h.db, t)]);
      for (const t of ['service_points', 'positions', 'employees', 'assignments', 'certifications', 'users', 'position_links'])
        expect(counts[t]).toBeGreaterThan(0);
      const app = buildApp({ database: target, config: h.config, now: () => new Date() });
      const login = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'admin-test-pw' }),
      });
      expect(login.status).toBe(200);
      const chart = await app.request('/api/org/chart', { headers: { cookie: login.headers.get('set-cookie')!.split(';')[0] } });
      expect((await chart.json()).positions.length).toBeGreaterThan(20);
    } finally {
      await target.close();
    }
  });

  it('a failing restore changes nothing', async () => {
    const h = await createHarness();
    const backup = await createBackup(h.db, h.database.kind);
    const before = await count(h.db, 'employees');
    backup.tables.employees = [{ id: 'not-a-uuid' }];
    await expect(restoreBackup(h.db, backup)).rejects.toThrow();
    expect(await count(h.db, 'employees')).toBe(before);
  });
});

describe('the backup table list', () => {
  it('holds every table of the database, parents before children', async () => {
    const h = await createHarness();
    const res = (await h.db.execute(
      sql`select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    )) as unknown as { rows: { t: string }[] };
    expect([...BACKUP_TABLES].sort()).toEqual(res.rows.map((r) => r.t).sort());
    const fks = (await h.db.execute(
      sql`select conrelid::regclass::text as child, confrelid::regclass::text as parent from pg_constraint where contype = 'f' and conrelid <> confrelid`,
    )) as unknown as { rows: { child: string; parent: string }[] };
    expect(fks.rows.length).toBeGreaterThan(30);
    for (const { child, parent } of fks.rows)
      expect(BACKUP_TABLES.indexOf(parent.replaceAll('"', ''))).toBeLessThan(BACKUP_TABLES.indexOf(child.replaceAll('"', '')));
  });

  it('refuses a backup with a table it does not know', async () => {
    const h = await createHarness();
    const backup = await createBackup(h.db, h.database.kind);
    await expect(restoreBackup(h.db, { ...backup, tables: { ...backup.tables, invented: [] } })).rejects.toThrow(/invented/);
  });
});
