import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createWarrantyFactories, type WarrantyFactories } from '../../test/factories-warranty.js';
import { jobs, notifications } from '../../db/schema.js';
import { runDueJobs } from '../../jobs/queue.js';
import { createWatchDailyJob, recheckWorkshop, scheduleWarrantyWatchJob, WATCH_DAILY_QUEUE } from './watch-daily.job.js';

const DAY_MS = 86_400_000;
let h: Harness;
let f: WarrantyFactories;

beforeAll(async () => {
  h = await createHarness(); // clock: 2026-11-22 10:00 in Shanghai
  f = createWarrantyFactories(h);
  await f.policy();
});

describe('the daily 三包 re-check of the cars in the workshop', () => {
  it('raises the loaner offer from day 6, the day-25 warning and the > 30 days alert with no event, once, with two workers', async () => {
    const car = await f.car({ invoicedOn: '2026-03-01' });
    const done = await f.car({ invoicedOn: '2026-03-01' });
    const order = await f.workOrder({ vehicle: car, status: 'confirmed' }); // 确定修理 now
    await f.workOrder({ vehicle: done, status: 'ready' }); // finished: not in the workshop any more
    const handlers = { [WATCH_DAILY_QUEUE]: createWatchDailyJob({ db: h.db, now: h.now }) };
    const notices = async (plate: string) =>
      (
        await h.db
          .select()
          .from(notifications)
          .where(like(notifications.title, `三包%:${plate}`))
      ).map((n) => `${n.title}|${n.body}`);
    const runTwoWorkers = async () =>
      (await Promise.all([runDueJobs(h.db, 'a', handlers, h.now), runDueJobs(h.db, 'b', handlers, h.now)])).reduce((a, b) => a + b);
    await scheduleWarrantyWatchJob(h.db, h.now());
    await scheduleWarrantyWatchJob(h.db, h.now()); // a second instance starting: still one job for the day

    // Day 3: nothing owed yet; the run queues the next day's run.
    h.advance(2 * DAY_MS);
    expect(await runTwoWorkers()).toBe(1);
    expect(await notices(car.plate)).toEqual([]);
    const queued = await h.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.queue, WATCH_DAILY_QUEUE), eq(jobs.status, 'queued')));
    expect(queued).toHaveLength(1);

    // Day 6 (5 days and a minute): the loaner offer goes to the advisor and the 索赔专员, once.
    h.advance(3 * DAY_MS + 60_000);
    expect(await runTwoWorkers()).toBe(1);
    const day6 = await notices(car.plate);
    expect(day6.length).toBeGreaterThanOrEqual(2);
    expect(day6.every((n) => n.startsWith('三包预警') && n.includes('备用车') && n.includes(order.number))).toBe(true);
    expect(await notices(done.plate)).toEqual([]);
    // Re-checking again the same day sends nothing new.
    expect(await recheckWorkshop(h.db, h.now())).toBe(0);
    expect(await notices(car.plate)).toHaveLength(day6.length);

    // Day 25: the cumulative-days warning; day 31: the alert.
    h.advance(19 * DAY_MS);
    expect(await runTwoWorkers()).toBe(1);
    const day25 = await notices(car.plate);
    expect(day25.filter((n) => n.includes('累计修理已 25 天'))).toHaveLength(day6.length);
    h.advance(6 * DAY_MS);
    expect(await runTwoWorkers()).toBe(1);
    const day31 = await notices(car.plate);
    expect(day31.filter((n) => n.startsWith('三包警报') && n.includes('已超过 30 天'))).toHaveLength(day6.length);
  });
});
