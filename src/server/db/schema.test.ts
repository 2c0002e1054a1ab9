import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { PGlite } from '@electric-sql/pglite';
import * as schema from './schema.js';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_DIR, openPglite, upToDate } from './client.js';

/** Every column, index and constraint of the public schema, as comparable text. */
async function catalog(client: PGlite) {
  const q = async (text: string) => (await client.query<{ d: string }>(text)).rows.map((r) => r.d);
  return {
    columns: await q(`select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') as d
      from information_schema.columns where table_schema = 'public' order by 1`),
    indexes: await q(`select indexdef as d from pg_indexes where schemaname = 'public' order by 1`),
    constraints: await q(`select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d
      from pg_constraint where connamespace = 'public'::regnamespace order by 1`),
  };
}

const lastSnapshot = () => {
  const meta = path.join(MIGRATIONS_DIR, 'meta');
  const last = fs
    .readdirSync(meta)
    .filter((f) => f.endsWith('_snapshot.json'))
    .sort()
    .at(-1)!;
  return JSON.parse(fs.readFileSync(path.join(meta, last), 'utf8'));
};

describe('schema files and migrations', () => {
  it('the schema folder needs no new migration (drizzle-kit sees no difference)', async () => {
    const statements = await generateMigration(lastSnapshot(), generateDrizzleJson(schema));
    expect(statements).toEqual([]);
  }, 60_000);

  it('a database upgraded through every migration equals one built from the schema files alone', async () => {
    const upgraded = await openPglite(null);
    await upgraded.migrate();
    const fresh = await PGlite.create();
    for (const s of await generateMigration(generateDrizzleJson({}), generateDrizzleJson(schema))) await fresh.exec(s);
    const [a, b] = [await catalog(upgraded.pglite!), await catalog(fresh)];
    expect(a.columns.length).toBeGreaterThan(300);
    expect(b).toEqual(a);
    await upgraded.close();
    await fresh.close();
  }, 180_000);

  it('a start skips the migrator only when the newest migration of the folder is recorded', async () => {
    const database = await openPglite(null);
    expect(await upToDate(database.db)).toBe(false); // no migrations table yet
    await database.migrate();
    expect(await upToDate(database.db)).toBe(true);
    await database.migrate(); // nothing to do, and nothing re-applied
    // One migration behind (its record older than the journal's entry): the migrator must run again.
    await database.db.execute(sql`update drizzle.__drizzle_migrations set created_at = created_at - 1
      where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
    expect(await upToDate(database.db)).toBe(false);
    await database.close();
  }, 180_000);
});
