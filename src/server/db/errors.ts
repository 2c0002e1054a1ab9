/**
 * Database errors, mapped once: a unique violation is a 409 on the field its index covers, a foreign-key violation
 * a 422, a check violation a 422, bad input the database refused a 400. Both drivers (node-postgres and PGlite)
 * report the SQLSTATE as `code`, possibly wrapped in Drizzle's error as `cause`.
 */
import { Column, getTableColumns, is, SQL } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';

export interface PgErrorInfo {
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
}

/** The PostgreSQL error inside `err` (its own or a cause's), if any. */
export function pgErrorOf(err: unknown): PgErrorInfo | undefined {
  for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 5; e = e.cause as Record<string, unknown> | undefined, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return {
        code: e.code,
        constraint: e.constraint as string | undefined,
        table: (e.table as string | undefined) ?? undefined,
        column: e.column as string | undefined,
      };
    }
  }
  return undefined;
}

/** Unique index name → the API field it guards (the last column that is not the point), from the schema. */
const UNIQUE_FIELDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const t of Object.values(schema)) {
    if (!is(t, PgTable)) continue;
    const keyOf = new Map(Object.entries(getTableColumns(t)).map(([key, col]) => [col.name, key]));
    for (const index of getTableConfig(t).indexes) {
      if (!index.config.unique || !index.config.name) continue;
      // A column, or an expression over columns such as lower(username): the columns it reads.
      const cols = (index.config.columns as (PgColumn | SQL)[]).flatMap((c) =>
        is(c, SQL) ? c.queryChunks.flatMap((q) => (is(q, Column) ? [q.name] : [])) : 'name' in c && typeof c.name === 'string' ? [c.name] : [],
      );
      const field = cols.filter((c) => c !== 'service_point_id').at(-1) ?? cols.at(-1);
      if (field) map.set(index.config.name, keyOf.get(field) ?? field);
    }
  }
  return map;
})();

/** The field a unique constraint guards, when the schema knows it. */
export const uniqueFieldOf = (constraint: string | undefined) => (constraint ? UNIQUE_FIELDS.get(constraint) : undefined);

/** SQLSTATEs a retry may cure: serialization failure and deadlock. */
export const isRetryable = (err: unknown) => ['40001', '40P01'].includes(pgErrorOf(err)?.code ?? '');
