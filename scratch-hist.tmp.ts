import { openPglite } from './src/server/db/client.js';
import { installTemplate, installDemoNetwork } from './src/server/features/templates/index.js';
import { autoDealershipTemplate } from './src/domain/org/templates/auto-dealership.js';
import { seedDemoHistory } from './src/cli/demo-history.js';
import { rollupService } from './src/server/main.js';
import { loadConfig } from './src/server/config.js';
import { sql } from 'drizzle-orm';
const database = await openPglite(null); await database.migrate();
const now = new Date('2026-12-02T07:00:00Z');
const res = await installTemplate(database.db, autoDealershipTemplate, { adminPassword: 'x1234567', withDemoEmployees: true });
await installDemoNetwork(database.db, res.orgPointId, { now });
let t = performance.now();
console.log(await seedDemoHistory(database.db, now), 'history ms', Math.round(performance.now() - t));
const services = { database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => now };
t = performance.now();
console.log(await rollupService(services).rebuild(), 'rebuild ms', Math.round(performance.now() - t));
if (process.env.CMP) {
  const snap = async () => JSON.stringify((await database.db.execute(sql`select * from point_daily_rollups order by 1,2`) as any).rows.map(({computed_at, ...r}: any) => r)) + JSON.stringify((await database.db.execute(sql`select * from person_daily_rollups order by 1,2,3,4`) as any).rows);
  const a = await snap();
  t = performance.now();
  console.log(await rollupService(services).rebuildDayByDay(), 'per-day ms', Math.round(performance.now() - t));
  const b = await snap();
  console.log('equal', a === b, a.length, b.length);
}
const r: any = await database.db.execute(sql`select sp.code, count(*) days, sum(cars_in) cin, sum(cars_settled) cs, sum(revenue_labor_fen+revenue_parts_fen)/100 rev, sum(comebacks) cb, sum(qc_first) q, sum(qc_first_passed) qp, sum(complaints_opened) co, sum(complaints_resolved_in_time) cit, sum(follow_ups_done) fd, sum(follow_up_score_sum)/nullif(sum(follow_ups_scored),0) csi, sum(appointments_booked) ab, sum(appointments_arrived) aa, sum(delivered_on_time)::float/nullif(sum(delivered_promised),0) ot, sum(parts_lines_filled)::float/nullif(sum(parts_lines_picked),0) fill, sum(sold_minutes) sold, sum(clocked_minutes) clk, sum(attended_minutes) att, sum((extra->>'claimsDecided')::int) cl from point_daily_rollups r join service_points sp on sp.id = r.service_point_id group by 1 order by 1`);
console.table(r.rows);
await database.close();
