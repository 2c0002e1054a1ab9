/**
 * The daily re-check of the 三包 watch for the cars in the workshop: repair days pass without any event, so once a day
 * every car with a repair in progress is looked at again (day 25 warning, > 30 days alert, day 6 of one repair → the
 * loaner offer). Exactly once with several instances: one job per day (dedupe key; the queue hands a job to one worker),
 * and each finding is sent once per car and threshold (the notice row claimed in the car's transaction).
 */
import type { Db } from '../../db/client.js';
import { enqueue } from '../../jobs/queue.js';
import { sendWatchNotices } from './watch.service.js';
import { ordersInWorkshop } from './watch.repo.js';

export const WATCH_DAILY_QUEUE = 'warranty-watch-daily';
const DAY_MS = 86_400_000;

/** Queue the next daily run (idempotent per day); the server calls it at start, each run queues the next one. */
export async function scheduleWarrantyWatchJob(db: Db, at: Date) {
  const runAt = new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS + DAY_MS);
  await enqueue(db, { queue: WATCH_DAILY_QUEUE, runAt, dedupeKey: `${WATCH_DAILY_QUEUE}:${runAt.toISOString()}` });
}

/** Re-check every car in the workshop now; returns the findings sent. */
export async function recheckWorkshop(db: Db, at: Date) {
  let sent = 0;
  for (const order of await ordersInWorkshop(db)) sent += (await db.transaction((tx) => sendWatchNotices(tx, order, at))).length;
  return sent;
}

export function createWatchDailyJob(deps: { db: Db; now: () => Date }) {
  return async () => {
    const at = deps.now();
    await recheckWorkshop(deps.db, at);
    await scheduleWarrantyWatchJob(deps.db, at);
  };
}
