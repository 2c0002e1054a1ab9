/**
 * Named statements on PostgreSQL (issue 14 points 4–5; ADR 027). Every statement Drizzle sends is new text with
 * parameters, so the server parses and plans it at every execution — for the joins that present a work order or a
 * session, planning took 3–6 times as long as executing (EXPLAIN ANALYZE at 8,000 orders). A statement whose text
 * comes again is given a name: node-postgres then parses it once per connection and binds it after that, and the
 * server may keep a generic plan for it (plan_cache_mode auto: only when its cost is no worse than the custom plans').
 *
 * Bounded: a text is named the second time it is seen, and at most MAX_NAMED texts ever get a name (each connection
 * keeps at most that many statements); data-definition and transaction control are never named.
 */
import type pg from 'pg';

const MAX_NAMED = 1000;
const MAX_SEEN = 10_000;
const DML = /^\s*(select|insert|update|delete|with)\s/i;

/** The name of `text` once it is worth one, else undefined; one namer per pool (names are unique within it). */
export function statementNamer(maxNamed = MAX_NAMED) {
  const names = new Map<string, string>();
  let seen = new Set<string>();
  return (text: string): string | undefined => {
    const known = names.get(text);
    if (known) return known;
    if (names.size >= maxNamed || !DML.test(text) || text.includes(';')) return undefined;
    if (!seen.has(text)) {
      if (seen.size >= MAX_SEEN) seen = new Set();
      seen.add(text);
      return undefined;
    }
    seen.delete(text);
    const name = `as_${names.size.toString(36)}`;
    names.set(text, name);
    return name;
  };
}

type QueryFn = (...args: unknown[]) => unknown;

/** Route a pool's connections' statements through `name` (every connection, when the pool opens it). */
export function nameStatements(pool: pg.Pool, name = statementNamer()) {
  pool.on('connect', (client) => {
    const query = client.query as unknown as QueryFn;
    (client as unknown as { query: QueryFn }).query = function (this: pg.PoolClient, config: unknown, ...rest: unknown[]) {
      if (typeof config === 'string') {
        const values = rest[0];
        const n = Array.isArray(values) ? name(config) : undefined;
        if (n) return query.call(this, { text: config, name: n }, ...rest);
      } else if (config && typeof config === 'object') {
        const c = config as { text?: unknown; name?: unknown; submit?: unknown };
        const n = typeof c.text === 'string' && c.name === undefined && c.submit === undefined ? name(c.text) : undefined;
        if (n) return query.call(this, { ...c, name: n }, ...rest);
      }
      return query.call(this, config, ...rest);
    };
  });
}
