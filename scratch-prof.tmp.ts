import fs from 'node:fs';
import { openPglite } from './src/server/db/client.js';
import { installTemplate, installDemoNetwork } from './src/server/features/templates/index.js';
import { autoDealershipTemplate } from './src/domain/org/templates/auto-dealership.js';
import { seedDemoHistory } from './src/cli/demo-history.js';
import { rollupRange, insertPointRange, insertPersonRange } from './src/server/features/rollups/rollups.range.js';
import { sql } from 'drizzle-orm';
const dir = '/tmp/rollups-scratch-db';
const fresh = !fs.existsSync(dir);
const database = await openPglite(dir); await database.migrate();
const now = new Date('2026-12-02T07:00:00Z');
if (fresh) {
  const res = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'x1234567', withDemoEmployees: true });
  await installDemoNetwork(database.db, res.orgPointId, { now });
  await seedDemoHistory(database.db, now);
  await database.db.execute(sql`analyze`);
}
const p: any = (await database.db.execute(sql`select id from service_points where code = 'ST-0002'`) as any).rows[0];
await database.db.execute(sql`delete from point_daily_rollups`); await database.db.execute(sql`delete from person_daily_rollups`);
const r = rollupRange(p.id, 'Asia/Shanghai', '2026-06-01', '2026-08-31');
const fake = { execute: async (q: any) => { const t = performance.now(); const res: any = await database.db.execute(sql`explain (analyze, costs off) ${q}`); console.log(res.rows.map((x: any) => x['QUERY PLAN']).join('\n')); console.log('ms', performance.now() - t); return res; } };
await insertPointRange(fake as any, r, new Map());
await insertPersonRange(fake as any, r);
await database.close();
