/** Reads of the parts catalogue this feature needs (rows of parts, by id). */
import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { parts } from '../../db/schema.js';

export const partsByIds = (q: Db | Tx, ids: string[]) => (ids.length ? q.select().from(parts).where(inArray(parts.id, ids)) : Promise.resolve([]));
