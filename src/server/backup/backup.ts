import zlib from 'node:zlib';
import fs from 'node:fs';
import { getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db/client.js';
import * as schema from '../db/schema.js';

/**
 * Every table of the schema, parents before children (a topological order of the foreign keys), so restore can
 * insert in this order. Derived from the schema files: a new table is backed up without anyone listing it.
 */
export function backupTables(tables: readonly PgTable[] = Object.values(schema).filter((t: unknown): t is PgTable => is(t, PgTable))): string[] {
  const parents = new Map(
    tables.map((t) => {
      const refs = getTableConfig(t).foreignKeys.map((fk) => getTableName(fk.reference().foreignTable));
      return [getTableName(t), new Set(refs.filter((r) => r !== getTableName(t)))] as const;
    }),
  );
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`foreign-key cycle: ${[...trail, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const p of [...(parents.get(name) ?? [])].sort()) visit(p, [...trail, name]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of [...parents.keys()].sort()) visit(name, []);
  return order;
}

export const BACKUP_TABLES: readonly string[] = backupTables();

export interface BackupFile {
  format: 'aftersales-backup';
  formatVersion: 1;
  createdAt: string;
  source: 'pglite' | 'postgres';
  tables: Record<string, unknown[]>;
}

const rowsOf = async (db: Db | Tx, table: string) => {
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
    for (const t of BACKUP_TABLES) tables[t] = await rowsOf(tx, t);
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
  const unknown = Object.keys(backup.tables).filter((t) => !BACKUP_TABLES.includes(t));
  if (unknown.length) throw new Error(`the backup holds tables this version does not know: ${unknown.join(', ')}`);
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
