import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness } from '../test/harness.js';
import { openTestDatabase } from '../test/db.js';
import { createBackup, readBackupFile, restoreBackup, writeBackupFile } from './backup.js';
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
      for (const t of ['service_points', 'positions', 'employees', 'assignments', 'certifications', 'users', 'position_links']) {
        expect(await count(target.db, t)).toBe(await count(h.db, t));
        expect(counts[t]).toBeGreaterThan(0);
      }
      const app = buildApp({ database: target, config: h.config, now: () => new Date() });
      const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'admin-test-pw' }) });
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
