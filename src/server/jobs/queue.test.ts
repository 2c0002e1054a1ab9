import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../test/db.js';
import { openPostgres, type Database } from '../db/client.js';
import { claim, enqueue, runDueJobs, type JobRow } from './queue.js';

let a: Database & { url?: string };
let b: Database;
beforeAll(async () => {
  a = await openTestDatabase();
  // On PostgreSQL the second worker has its own connection pool, as a second app instance would.
  b = a.url ? await openPostgres(a.url, 3) : a;
});
afterAll(async () => {
  if (b !== a) await b.close();
  await a.close();
});

describe('jobs table queue', () => {
  it('two workers polling together run each job exactly once', async () => {
    const n = 60;
    for (let i = 0; i < n; i++) await enqueue(a.db, { queue: 'count', payload: { i } });
    const seen: number[] = [];
    const handler = async (j: JobRow) => {
      seen.push((j.payload as { i: number }).i);
      await new Promise((r) => setTimeout(r, 2));
    };
    const drain = async (db: Database['db'], id: string) => {
      while ((await runDueJobs(db, id, { count: handler }, () => new Date())) > 0) {
        /* keep going */
      }
    };
    await Promise.all([drain(a.db, 'w1'), drain(b.db, 'w2')]);
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i));
    const res = await a.db.execute(sql`select count(*)::int as n from jobs where queue = 'count' and status = 'done'`);
    expect((res as unknown as { rows: { n: number }[] }).rows[0].n).toBe(n);
  });

  it('a dedupe key makes enqueue idempotent', async () => {
    expect(await enqueue(a.db, { queue: 'x', dedupeKey: 'escalate:T1:L2' })).not.toBeNull();
    expect(await enqueue(a.db, { queue: 'x', dedupeKey: 'escalate:T1:L2' })).toBeNull();
  });

  it('a failing job is retried later, then marked failed after maxAttempts', async () => {
    await enqueue(a.db, { queue: 'boom', maxAttempts: 2 });
    const t0 = new Date();
    const boom = {
      boom: async () => {
        throw new Error('kaputt');
      },
    };
    expect(await runDueJobs(a.db, 'w', boom, () => t0)).toBe(1);
    expect(await runDueJobs(a.db, 'w', boom, () => t0)).toBe(0); // backing off
    const later = new Date(t0.getTime() + 3600_000);
    expect(await runDueJobs(a.db, 'w', boom, () => later)).toBe(1);
    const res = await a.db.execute(sql`select status, attempts, last_error from jobs where queue = 'boom'`);
    expect((res as unknown as { rows: unknown[] }).rows[0]).toMatchObject({ status: 'failed', attempts: 2, last_error: 'kaputt' });
  });

  it('a crashed worker’s lease expires and another worker takes the job', async () => {
    await enqueue(a.db, { queue: 'lease' });
    const t0 = new Date();
    expect(await claim(a.db, 'dead-worker', ['lease'], t0, 1000)).toHaveLength(1);
    expect(await claim(a.db, 'w2', ['lease'], new Date(t0.getTime() + 500), 1000)).toHaveLength(0);
    expect(await claim(a.db, 'w2', ['lease'], new Date(t0.getTime() + 1500), 1000)).toHaveLength(1);
  });
});
