import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { counters } from '../../db/schema.js';

/** Next value of a named counter of a point, atomically (upsert … returning). */
export async function nextCounter(q: Db | Tx, pointId: string, name: string): Promise<number> {
  const [row] = await q
    .insert(counters)
    .values({ servicePointId: pointId, name, value: 1 })
    .onConflictDoUpdate({ target: [counters.servicePointId, counters.name], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return row.value;
}
