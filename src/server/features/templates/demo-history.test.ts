import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness } from '../../test/harness.js';
import { ok } from '../../test/factories.js';
import { rollupService } from '../../main.js';
import { seedDemoHistory } from './demo-history.js';

const h = await createHarness({ network: true });

describe('demo history', () => {
  it('gives ST-0002 and ST-0003 about a year of rollup days and real, different KPIs with people to drill to', async () => {
    const made = await seedDemoHistory(h.db, h.now());
    expect(made['ST-0002']).toBeGreaterThan(made['ST-0003']);
    // ST-0001 keeps only the three weeks made through the API: the browser journeys work on its fresh state.
    expect(made['ST-0001']).toBeUndefined();
    await rollupService({ database: h.database, config: h.config, now: h.now }).rebuild();
    const days = (await h.db.execute(sql`select sp.code, count(*)::int as n from point_daily_rollups r join service_points sp on sp.id = r.service_point_id
      group by sp.code`)) as unknown as { rows: { code: string; n: number }[] };
    const n = Object.fromEntries(days.rows.map((r) => [r.code, r.n]));
    expect(n['ST-0002']).toBeGreaterThanOrEqual(350);
    expect(n['ST-0003']).toBeGreaterThanOrEqual(350);

    const hq = await h.login('hq');
    const ids = Object.fromEntries(
      (
        (await h.db.execute(sql`select code, id from service_points where code in ('ST-0002', 'ST-0003')`)) as unknown as {
          rows: { code: string; id: string }[];
        }
      ).rows.map((r) => [r.code, r.id]),
    );
    const view = async (code: string) => ok(await hq.get(`/api/kpi?period=year&servicePointId=${ids[code]}`), `kpi ${code}`);
    const [a, b] = [await view('ST-0002'), await view('ST-0003')];
    for (const v of [a, b]) {
      const value = (k: string) => v.kpis.find((x: { key: string }) => x.key === k)?.value;
      const nonZero = v.kpis.filter((x: { value: number | null }) => x.value !== null && x.value > 0).map((x: { key: string }) => x.key);
      expect(nonZero.length, nonZero.join(',')).toBeGreaterThanOrEqual(15);
      expect(value('csi')).toBeGreaterThan(0);
      expect(v.people.length).toBeGreaterThan(3);
    }
    const first = (v: typeof a) => JSON.stringify(v.kpis.map((x: { value: number | null }) => x.value));
    expect(first(a)).not.toEqual(first(b));
  }, 600_000);
});
