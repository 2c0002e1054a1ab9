import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { statementNamer } from './named-statements.js';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { openTestDatabase } from '../test/db.js';

describe('statementNamer', () => {
  it('names a DML text the second time it comes, always the same name, never DDL, control or several statements', () => {
    const name = statementNamer();
    const q = 'select id from work_orders where id = $1';
    expect(name(q)).toBeUndefined();
    const n = name(q);
    expect(n).toMatch(/^as_/);
    expect(name(q)).toBe(n);
    const other = 'update work_orders set status = $1 where id = $2';
    name(other);
    expect(name(other)).not.toBe(n);
    for (const text of ['begin', 'commit', 'create table t (id int)', 'select 1; select 2']) {
      name(text);
      expect(name(text), text).toBeUndefined();
    }
  });

  it('names at most maxNamed texts; the others stay unnamed', () => {
    const name = statementNamer(2);
    const named = ['a', 'b', 'c'].map((t) => {
      const text = `select ${t} from x where y = $1`;
      name(text);
      return name(text);
    });
    expect(named.filter(Boolean)).toHaveLength(2);
    expect(named[2]).toBeUndefined();
  });
});

describe('named statements on PostgreSQL', () => {
  it('a repeated statement answers as before; on PostgreSQL it is parsed once per connection', async () => {
    const database = await openTestDatabase();
    const connection = (pg as unknown as { Connection: { prototype: { parse: (q: { name?: string }) => unknown } } }).Connection.prototype;
    const original = connection.parse;
    const parsed: string[] = [];
    connection.parse = function (this: unknown, q: { name?: string }) {
      parsed.push(q.name ?? '');
      return original.call(this, q);
    };
    try {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(((await database.db.execute(sql`select ${i}::int as n`)) as unknown as { rows: unknown[] }).rows[0]);
      expect(answers).toEqual([0, 1, 2, 3, 4, 5].map((n) => ({ n })));
    } finally {
      connection.parse = original;
      await database.close();
    }
    if (inject('testDb') !== 'postgres') return expect(parsed).toEqual([]); // PGlite: no wire protocol to name statements on
    // Unnamed the first time; then named, and parsed again only on a connection that has not seen it.
    expect(parsed.some((n) => n.startsWith('as_'))).toBe(true);
    expect(parsed.length).toBeLessThan(6);
  });
});
