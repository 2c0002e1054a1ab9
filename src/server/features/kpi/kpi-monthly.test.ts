import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness } from '../../test/harness.js';
import { ok } from '../../test/factories.js';
import { pointDailyRollups } from '../../db/schema.js';
import { rebuildMonths } from '../rollups/monthly.js';
import { addDays } from '../../../domain/time/index.js';
import type { KpiView } from '../../../contracts/kpi.js';
import type { NetworkPoint } from '../../../contracts/network-admin.js';
import * as repo from './kpi.repo.js';

const h = await createHarness({ network: true });
const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;
const points = rowsOf<{ id: string; code: string }>(await h.db.execute(sql`select id, code from service_points order by code`));
const ids = points.map((p) => p.id);
const idOf = (code: string) => points.find((p) => p.code === code)!.id;

/** Daily rows with varied counters and contributed extras on every point, 2025-12-20 … 2027-01-10 (a seeded LCG). */
async function seed() {
  let s = 7;
  const r = (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const rows = [];
  for (const id of ids)
    for (let d = '2025-12-20'; d <= '2027-01-10'; d = addDays(d, 1)) {
      if (r(5) === 0) continue; // days without a row
      rows.push({
        servicePointId: id,
        day: d,
        carsIn: r(40),
        carsSettled: r(35),
        revenueLaborFen: r(900_000),
        revenuePartsFen: r(1_200_000),
        settledPayableFen: r(2_000_000),
        soldMinutes: r(3000),
        clockedMinutes: r(3000),
        attendedMinutes: r(5000),
        comebacks: r(3),
        followUpsDone: r(10),
        followUpScoreSum: r(100),
        deliveredOnTime: r(20),
        extra: r(3) === 0 ? {} : { claimsDecided: r(4), claimsPassed: r(3), ...(r(2) ? { claimCycleMinutes: r(5000) } : {}) },
      });
    }
  for (let i = 0; i < rows.length; i += 500) await h.db.insert(pointDailyRollups).values(rows.slice(i, i + 500));
  await rebuildMonths(h.db);
}
const sorted = <T extends { servicePointId: string }>(xs: T[]) => [...xs].sort((a, b) => a.servicePointId.localeCompare(b.servicePointId));

describe('KPI reads: whole months from the monthly rows, edge days from the daily rows (ADR 024)', () => {
  it.each([
    ['a year', '2026-01-01', '2026-12-31'],
    ['a month', '2026-02-01', '2026-02-28'],
    ['a quarter', '2026-04-01', '2026-06-30'],
    ['a day', '2026-03-15', '2026-03-15'],
    ['a month edge', '2026-01-25', '2026-02-03'],
    ['a custom range with edges on both sides', '2025-12-25', '2026-03-10'],
    ['a year across a year end', '2026-07-15', '2027-01-10'],
  ])('%s: identical to the daily-only sums', async (_, from, to) => {
    if (!(await h.db.select().from(pointDailyRollups).limit(1)).length) await seed();
    const split = await repo.sumsByPoint(h.db, ids, from, to);
    const daily = await repo.sumsByPointDaily(h.db, ids, from, to);
    expect(split.length).toBeGreaterThan(0);
    expect(sorted(split)).toEqual(sorted(daily));
    // The trend by month adds up to the same totals.
    const byMonth = await repo.sumsByMonth(h.db, ids, from, to);
    const total = (xs: { carsIn: number; claimCycleMinutes: number }[]) => xs.reduce((a, x) => a + x.carsIn + x.claimCycleMinutes, 0);
    expect(total(byMonth)).toBe(total(daily));
  });

  it('the HQ year view (in the point’s zone) and its monthly trend equal the daily rows; the first day of a year reads edge days only', async () => {
    const hq = await h.login('hq-network');
    const dailySum = async (from: string, to: string) =>
      Number(
        rowsOf<{ n: string }>(
          await h.db.execute(
            sql`select coalesce(sum(cars_in), 0) as n from point_daily_rollups where service_point_id = any(array[${sql.join(
              ids.map((i) => sql`${i}`),
              sql`, `,
            )}]::uuid[]) and day between ${from}::date and ${to}::date`,
          ),
        )[0].n,
      );
    h.setNow('2026-12-31T15:30:00Z'); // 23:30 on 31 Dec in Shanghai: still 2026
    const y = ok(await hq.get<KpiView>('/api/kpi?period=year'), 'year');
    expect(y.period).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(y.kpis.find((k) => k.key === 'carsIn')!.value).toBe(await dailySum('2026-01-01', '2026-12-31'));
    expect(y.kpis.find((k) => k.key === 'carsIn')!.previous).toBe(await dailySum('2025-01-01', '2025-12-31'));
    expect(y.trend).toHaveLength(12);
    expect(y.trend[1]).toMatchObject({ label: '2026-02', values: { carsIn: await dailySum('2026-02-01', '2026-02-28') } });
    h.setNow('2026-12-31T16:30:00Z'); // 00:30 on 1 Jan 2027 there
    const d = ok(await hq.get<KpiView>('/api/kpi?period=year'), 'next year');
    expect(d.period.from).toBe('2027-01-01');
    expect(d.kpis.find((k) => k.key === 'carsIn')!.value).toBe(await dailySum('2027-01-01', '2027-12-31'));
    const c = ok(await hq.get<KpiView>('/api/kpi?period=custom&from=2026-01-20&to=2026-05-10'), 'custom');
    expect(c.kpis.find((k) => k.key === 'carsIn')!.value).toBe(await dailySum('2026-01-20', '2026-05-10'));
    expect(c.trend.map((t) => t.values.carsIn)).toEqual([
      await dailySum('2026-01-20', '2026-01-31'),
      await dailySum('2026-02-01', '2026-02-28'),
      await dailySum('2026-03-01', '2026-03-31'),
      await dailySum('2026-04-01', '2026-04-30'),
      await dailySum('2026-05-01', '2026-05-10'),
    ]);
  });

  it('the network overview: every point’s month from one grouped read equals the KPI pack of that point', async () => {
    h.setNow('2026-11-22T02:00:00Z');
    const hq = await h.login('hq-network');
    const o = ok(await hq.get<{ month: string; items: NetworkPoint[] }>('/api/network/overview'), 'overview');
    expect(o.month).toBe('2026-11');
    expect(o.items.length).toBe(points.length);
    for (const p of o.items) {
      const v = ok(await hq.get<KpiView>(`/api/kpi?period=month&servicePointId=${p.id}`), p.code);
      const val = (k: string) => v.kpis.find((x) => x.key === k)!.value;
      expect(p.month).toEqual({ carsSettled: val('carsSettled'), revenueFen: val('revenue'), csi: val('csi'), firstTimeFix: val('firstTimeFix') });
    }
    expect(o.items.find((p) => p.id === idOf('OEM-HQ'))!.month.carsSettled).toBeGreaterThan(o.items.find((p) => p.id === idOf('RC-EAST'))!.month.carsSettled!);
  });
});
