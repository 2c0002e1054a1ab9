import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { buildJobHandlers, rollupService } from '../../main.js';
import { pointDailyRollups, pointMonthlyRollups } from '../../db/schema.js';
import { rebuildMonths } from './monthly.js';

const h = await createHarness();
const f = createFactories(h);
const services = { database: h.database, config: h.config, now: h.now };
const handlers = buildJobHandlers(services);
const rollups = rollupService(services);
const point = h.installed.orgPointId;
const tick = () => handlers['rollups.tick']({ payload: {} } as never);

type Counters = Record<string, unknown>;
const strip = ({ computedAt: _, servicePointId, day: __, month: ___, extra, ...counters }: Counters) => ({
  servicePointId,
  counters: counters as Record<string, number>,
  extra: extra as Record<string, number>,
});

/** The monthly rows, and what they must be: each point's daily rows of the month summed, `extra` key by key. */
async function monthlyAndExpected() {
  const daily = await h.db.select().from(pointDailyRollups);
  const expected = new Map<string, { servicePointId: unknown; counters: Record<string, number>; extra: Record<string, number> }>();
  for (const d of daily) {
    const { servicePointId, counters, extra } = strip(d);
    const key = `${servicePointId}|${d.day.slice(0, 7)}-01`;
    const e = expected.get(key) ?? { servicePointId, counters: {}, extra: {} };
    for (const [k, v] of Object.entries(counters)) e.counters[k] = (e.counters[k] ?? 0) + Number(v);
    for (const [k, v] of Object.entries(extra as Record<string, number>)) e.extra[k] = (e.extra[k] ?? 0) + Number(v);
    expected.set(key, e);
  }
  const monthly = new Map(
    (await h.db.select().from(pointMonthlyRollups)).map((m) => {
      const { servicePointId, counters, extra } = strip(m);
      return [`${servicePointId}|${m.month}`, { servicePointId, counters: counters as Record<string, number>, extra: extra as Record<string, number> }];
    }),
  );
  return { monthly, expected };
}
const expectMonthlyIsSumOfDaily = async () => {
  const { monthly, expected } = await monthlyAndExpected();
  expect(new Map([...monthly].sort())).toEqual(new Map([...expected].sort()));
  return monthly;
};
const month = async (m: string) => (await monthlyAndExpected()).monthly.get(`${point}|${m}`);

describe('monthly rollups (ADR 024)', () => {
  // Shanghai: 2026-10-31T15:30Z is 23:30 on 31 Oct; 2026-10-31T16:30Z is 00:30 on 1 Nov — the point's months.
  it('each recompute keeps its month the sum of the daily rows, months split in the point’s zone; contributors’ extras summed', async () => {
    h.setNow('2026-10-31T15:30:00Z');
    await f.workOrder({ status: 'settled' });
    h.setNow('2026-10-31T16:30:00Z');
    await f.workOrder({ status: 'delivered' });
    h.setNow('2026-11-20T02:00:00Z');
    await f.workOrder({ status: 'settled' });
    const open = await f.workOrder({ status: 'confirmed' });
    await tick();
    expect((await month('2026-10-01'))?.counters).toMatchObject({ carsIn: 1, carsSettled: 1 });
    expect((await month('2026-11-01'))?.counters).toMatchObject({ carsIn: 3, carsSettled: 2 });
    const nov = (await month('2026-11-01'))!.counters;
    expect(nov.revenueLaborFen + nov.revenuePartsFen).toBeGreaterThan(0);
    await expectMonthlyIsSumOfDaily();

    // Contributed counters of other days of the month (as a contributor stores them) are summed key by key.
    await h.db.insert(pointDailyRollups).values([
      { servicePointId: point, day: '2026-11-05', extra: { claimsDecided: 2, claimCycleMinutes: 90 } },
      { servicePointId: point, day: '2026-11-06', extra: { claimsDecided: 1, fieldVisitsDone: 4 } },
    ]);
    await rollups.recompute({ id: point, timeZone: 'Asia/Shanghai' }, '2026-11-20');
    expect((await month('2026-11-01'))?.extra).toEqual({ claimsDecided: 3, claimCycleMinutes: 90, fieldVisitsDone: 4 });
    await expectMonthlyIsSumOfDaily();

    // An event on a past day (a cancellation) recounts that day and its month.
    h.setNow('2026-11-21T03:00:00Z');
    ok(await f.act(open, 'cancel', '客户取消'), 'cancel');
    await tick();
    expect((await month('2026-11-01'))?.counters.carsIn).toBe(2);
    await expectMonthlyIsSumOfDaily();
  }, 180_000);

  it('a month whose last counted day empties loses its row', async () => {
    h.setNow('2026-09-10T02:00:00Z');
    const w = await f.workOrder({ status: 'draft' });
    await rollups.rebuild({ from: '2026-09-10', to: '2026-09-10' });
    expect((await month('2026-09-01'))?.counters.carsIn).toBe(1);
    h.setNow('2026-09-12T03:00:00Z');
    ok(await f.act(w, 'cancel', '客户取消'), 'cancel');
    await tick();
    expect(await month('2026-09-01')).toBeUndefined();
    await expectMonthlyIsSumOfDaily();
  }, 120_000);

  it('rebuildMonths from nothing equals the incremental rows; the rollups rebuild ends with the months it touched', async () => {
    const incremental = await expectMonthlyIsSumOfDaily();
    expect(incremental.size).toBeGreaterThanOrEqual(2);
    await h.db.delete(pointMonthlyRollups);
    await rebuildMonths(h.db);
    expect((await monthlyAndExpected()).monthly).toEqual(incremental);
    // Only the points and months asked for: another month's row is left as it was.
    await h.db.delete(pointMonthlyRollups);
    await rebuildMonths(h.db, [point], '2026-11-20', '2026-11-20');
    expect([...(await monthlyAndExpected()).monthly.keys()]).toEqual([`${point}|2026-11-01`]);
    // The full rebuild recomputes the days from the sources (the hand-written extras go) and then the months.
    await h.db.delete(pointMonthlyRollups);
    await rollups.rebuild({ from: '2026-10-01', to: '2026-11-30' });
    const rebuilt = await expectMonthlyIsSumOfDaily();
    expect(rebuilt.get(`${point}|2026-11-01`)?.extra).toEqual({});
    expect(rebuilt.get(`${point}|2026-11-01`)?.counters).toEqual(incremental.get(`${point}|2026-11-01`)?.counters);
    expect(rebuilt.get(`${point}|2026-10-01`)).toEqual(incremental.get(`${point}|2026-10-01`));
  }, 180_000);

  it('two days of one month recomputed at once (really parallel on PostgreSQL) leave the month the sum of both', async () => {
    h.setNow('2026-12-03T02:00:00Z');
    await f.workOrder({ status: 'settled' });
    h.setNow('2026-12-04T02:00:00Z');
    await f.workOrder({ status: 'confirmed' });
    const p = { id: point, timeZone: 'Asia/Shanghai' };
    for (let round = 0; round < 4; round++) {
      // From days without rows: each recompute must count the other day's row once it is committed.
      await h.db.delete(pointDailyRollups).where(sql`${pointDailyRollups.day} in ('2026-12-03', '2026-12-04')`);
      await Promise.all([rollups.recompute(p, '2026-12-03'), rollups.recompute(p, '2026-12-04')]);
      expect((await month('2026-12-01'))?.counters.carsIn).toBe(2);
      await expectMonthlyIsSumOfDaily();
    }
  }, 120_000);
});
