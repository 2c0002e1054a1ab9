import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness } from '../../test/harness.js';
import { createFactories, ok } from '../../test/factories.js';
import { buildJobHandlers, rollupService } from '../../main.js';
import { runDueJobs } from '../../jobs/queue.js';
import { jobs, personDailyRollups, pointDailyRollups, rollupDirty } from '../../db/schema.js';

const h = await createHarness();
const f = createFactories(h);
const services = { database: h.database, config: h.config, now: h.now };
const handlers = buildJobHandlers(services);
const rollups = rollupService(services);
const point = h.installed.orgPointId;

/** Every rollup row, in a stable order, without the computation time. */
async function snapshot() {
  const points = (await h.db.select().from(pointDailyRollups).orderBy(pointDailyRollups.servicePointId, pointDailyRollups.day)).map(
    ({ computedAt: _, ...r }) => r,
  );
  const people = await h.db
    .select()
    .from(personDailyRollups)
    .orderBy(personDailyRollups.servicePointId, personDailyRollups.day, personDailyRollups.employeeId, personDailyRollups.role);
  return { points, people };
}
const dayRow = async (day: string) => (await snapshot()).points.find((r) => r.servicePointId === point && r.day === day);

describe('daily rollups', () => {
  // 2026-11-22 10:00 in Shanghai is 02:00Z; the point's day 2026-11-22 runs 2026-11-21T16:00Z … 2026-11-22T16:00Z.
  it('counts a day from the events (dirty marks drained by the tick), then the final job; rebuild gives identical rows', async () => {
    h.setNow('2026-11-22T02:00:00Z');
    const delivered = await f.workOrder({ status: 'delivered' });
    const settled = await f.workOrder({ status: 'settled', promisedAt: '2026-11-22T09:00:00Z' });
    await f.workOrder({ status: 'in_progress' });
    await f.workOrder({ status: 'cancelled' });
    await f.ticket({ kind: 'complaint' });
    // Late in the local day (23:30 Shanghai = 15:30Z) one more car comes in: still 2026-11-22.
    h.setNow('2026-11-22T15:30:00Z');
    await f.workOrder({ status: 'draft' });
    // Incremental: the hook marked the day dirty in each order's transaction; the tick drains the marks.
    expect((await h.db.select().from(rollupDirty)).length).toBeGreaterThan(0);
    await handlers['rollups.tick']({ payload: {} } as never);
    expect(await h.db.select().from(rollupDirty)).toEqual([]);
    const row = await dayRow('2026-11-22');
    expect(row).toBeDefined();
    expect(row!.carsIn).toBe(4); // cancelled orders are not 进厂台次
    expect(row!.carsSettled).toBe(2);
    expect(row!.delivered).toBe(1);
    expect(row!.deliveredSameDay).toBe(1);
    expect(row!.complaintsOpened).toBe(1);
    // 产值 of the settled orders equals what their settlements billed (customer-paid, no discount, no towing).
    const bills = await Promise.all(
      [delivered, settled].map(async (w) => ok(await (await h.login('advisor')).get(`/api/work-orders/${w.id}/settlement`), 'settlement')),
    );
    const billed = bills.reduce((s, b) => s + b.grossFen, 0);
    expect(billed).toBeGreaterThan(0);
    expect(row!.revenueLaborFen + row!.revenuePartsFen + row!.revenueOtherFen).toBe(billed);
    expect(row!.settledPayableFen).toBe(bills.reduce((s, b) => s + b.payableFen, 0));
    const advisor = (await snapshot()).people.filter((p) => p.role === 'advisor' && p.day === '2026-11-22');
    expect(advisor.reduce((s, p) => s + p.carsIn, 0)).toBe(4);

    // The final computation of the day runs once, after local midnight (dedupe per point and day).
    const finals = await h.db
      .select()
      .from(jobs)
      .where(sql`${jobs.queue} = 'rollups.day' and ${jobs.dedupeKey} = ${`rollups:${point}:2026-11-22`}`);
    expect(finals).toHaveLength(1);
    await rollups.scheduleFinal({ id: point, timeZone: 'Asia/Shanghai' }, h.now());
    expect(
      await h.db
        .select()
        .from(jobs)
        .where(sql`${jobs.dedupeKey} = ${`rollups:${point}:2026-11-22`}`),
    ).toHaveLength(1);
    h.setNow('2026-11-22T16:40:00Z');
    await h.db.delete(pointDailyRollups);
    await runDueJobs(h.db, 'test', handlers, h.now);
    const [done] = await h.db
      .select()
      .from(jobs)
      .where(sql`${jobs.dedupeKey} = ${`rollups:${point}:2026-11-22`}`);
    expect(done.status).toBe('done');
    expect((await dayRow('2026-11-22'))?.carsIn).toBe(4);

    // Rebuild from nothing equals the incremental rows.
    const incremental = await snapshot();
    await h.db.delete(pointDailyRollups);
    await h.db.delete(personDailyRollups);
    const r = await rollups.rebuild({ from: '2026-11-21', to: '2026-11-23' });
    const rebuilt = await snapshot();
    const onDays = (s: typeof rebuilt, days: string[]) => ({
      points: s.points.filter((x) => days.includes(x.day)),
      people: s.people.filter((x) => days.includes(x.day)),
    });
    expect(onDays(rebuilt, ['2026-11-22'])).toEqual(onDays(incremental, ['2026-11-22']));
    // The days around it had nothing to count and keep no row; the rebuild is idempotent.
    expect(r.days).toBe(3); // the active day and its neighbours
    expect(await dayRow('2026-11-21')).toBeUndefined();
    await rollups.rebuild({ from: '2026-11-21', to: '2026-11-23' });
    expect(await snapshot()).toEqual(rebuilt);
  }, 120_000);

  it('a cancelled order leaves the day it came in, recounted from the dirty mark', async () => {
    h.setNow('2026-11-25T02:00:00Z');
    const w = await f.workOrder({ status: 'draft' }); // creating a draft is no status action: the final job or a rebuild counts it
    await rollups.rebuild({ from: '2026-11-25', to: '2026-11-25' });
    const before = (await dayRow('2026-11-25'))!.carsIn;
    h.setNow('2026-11-26T03:00:00Z');
    ok(await f.act(w, 'cancel', '客户取消'), 'cancel');
    await handlers['rollups.tick']({ payload: {} } as never);
    expect((await dayRow('2026-11-25'))?.carsIn ?? 0).toBe(before - 1); // an emptied day keeps no row
  });
});
