import fs from 'node:fs';
import { errorFields, log } from '../log.js';
import path from 'node:path';
import type { Database } from '../db/client.js';
import { createBackup, writeBackupFile } from '../backup/backup.js';

/**
 * Embedded mode does not fsync (an OS crash can lose recent commits), so the server writes a daily
 * backup into DATA_DIR/backups and keeps the newest `keep` files. Returns a stop function.
 */
export function startBackupSchedule(database: Database, dir: string, everyMs = 24 * 3600_000, keep = 7) {
  const runOnce = async () => {
    try {
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `aftersales-${new Date().toISOString().replace(/[:.]/g, '-')}.json.gz`);
      writeBackupFile(file, await createBackup(database.db, database.kind));
      const files = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json.gz'))
        .sort();
      for (const old of files.slice(0, Math.max(0, files.length - keep))) fs.rmSync(path.join(dir, old));
    } catch (e) {
      log.error({ error: errorFields(e) }, 'daily backup failed');
    }
  };
  const first = setTimeout(runOnce, 60_000);
  const timer = setInterval(runOnce, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
