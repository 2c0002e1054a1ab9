import { openPglite } from './src/server/db/client.js';
import { rollupRange, lockRange } from './src/server/features/rollups/rollups.range.js';
import { sql } from 'drizzle-orm';
const database = await openPglite(null); await database.migrate();
console.log((await database.db.execute(sql`select current_setting('max_connections') mc, current_setting('max_locks_per_transaction') ml`) as any).rows);
const r = rollupRange('00000000-0000-0000-0000-000000000001', 'Asia/Shanghai', '2022-01-01', '2026-12-31');
await database.db.transaction(async (tx) => { await lockRange(tx, r); });
console.log('locked', r.days.length);
await database.close();
