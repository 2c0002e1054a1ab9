import zlib from 'node:zlib';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';

/** Tables in foreign-key order (parents first); restore inserts in this order. */
export const BACKUP_TABLES = [
  'service_points', 'departments', 'positions', 'position_links', 'teams', 'employees', 'certifications', 'assignments',
  'users', 'sessions', 'login_attempts', 'api_tokens', 'audit_entries', 'jobs', 'counters',
  'work_calendars', 'holiday_years', 'sla_policies', 'routing_rules', 'tickets', 'ticket_events', 'ticket_attachments',
  'compensations', 'notifications', 'surveys', 'improvement_actions', 'customers', 'vehicles',
  'labor_operations', 'labor_rates', 'parts', 'workshop_settings', 'appointments', 'work_orders', 'work_order_lines',
  'warehouse_locations', 'stock_items', 'stock_movements', 'work_order_parts', 'workshop_jobs', 'job_clocks', 'attendance', 'qc_inspections',
  'settlements', 'follow_ups',
] as const;

export interface BackupFile {
  format: 'aftersales-backup';
  formatVersion: 1;
  createdAt: string;
  source: 'pglite' | 'postgres';
  tables: Record<string, unknown[]>;
}

const rowsOf = async (db: Db, table: string) => {
  const res = await db.execute(sql.raw(`select coalesce(json_agg(t), '[]'::json) as rows from "${table}" t`));
  const rows = (res as unknown as { rows: { rows: unknown[] | string }[] }).rows[0].rows;
  return typeof rows === 'string' ? (JSON.parse(rows) as unknown[]) : rows;
};

/**
 * A logical backup: every table as JSON rows, read in one repeatable-read transaction so it is consistent.
 * The same file restores into PGlite or PostgreSQL (also a way to move a station onto a server).
 */
export async function createBackup(db: Db, source: BackupFile['source'], now = new Date()): Promise<BackupFile> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    for (const t of BACKUP_TABLES) tables[t] = await rowsOf(tx as unknown as Db, t);
  });
  return { format: 'aftersales-backup', formatVersion: 1, createdAt: now.toISOString(), source, tables };
}

export function writeBackupFile(file: string, backup: BackupFile) {
  fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(backup)));
}

export function readBackupFile(file: string): BackupFile {
  const raw = fs.readFileSync(file);
  const text = raw[0] === 0x1f && raw[1] === 0x8b ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const parsed = JSON.parse(text) as BackupFile;
  if (parsed.format !== 'aftersales-backup' || parsed.formatVersion !== 1) throw new Error(`${file} is not an Aftersales backup`);
  return parsed;
}

/** Replace all data with the backup's, in one transaction (nothing changes if any row fails). */
export async function restoreBackup(db: Db, backup: BackupFile) {
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${BACKUP_TABLES.map((t) => `"${t}"`).join(', ')} cascade`));
    for (const t of BACKUP_TABLES) {
      const rows = backup.tables[t] ?? [];
      for (let i = 0; i < rows.length; i += 2000) {
        const chunk = JSON.stringify(rows.slice(i, i + 2000));
        await tx.execute(sql`insert into ${sql.raw(`"${t}"`)} select * from json_populate_recordset(null::${sql.raw(`"${t}"`)}, ${chunk}::json)`);
      }
    }
  });
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t]?.length ?? 0]));
}
