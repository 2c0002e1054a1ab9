import { and, eq, sql } from 'drizzle-orm';
import { errorFields, log } from '../log.js';
import type { Db, Tx } from '../db/client.js';
import { jobs } from '../db/schema.js';

export type JobRow = typeof jobs.$inferSelect;
export type JobHandler = (job: JobRow) => Promise<void>;

/** Enqueue a job; a `dedupeKey` makes it idempotent (the second enqueue of the same key is ignored). */
export async function enqueue(db: Db | Tx, j: { queue: string; payload?: unknown; runAt?: Date; dedupeKey?: string; maxAttempts?: number }) {
  const rows = await db
    .insert(jobs)
    .values({
      queue: j.queue,
      payload: j.payload ?? {},
      runAt: j.runAt ?? new Date(),
      dedupeKey: j.dedupeKey ?? null,
      maxAttempts: j.maxAttempts ?? 5,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/**
 * Claim up to `limit` due jobs for `workerId`. FOR UPDATE SKIP LOCKED lets any number of app instances
 * poll one table without ever handing the same job to two of them; a crashed worker's lease expires.
 */
export async function claim(db: Db, workerId: string, queues: string[], now: Date, leaseMs = 60_000, limit = 10): Promise<JobRow[]> {
  const until = new Date(now.getTime() + leaseMs);
  const res = await db.execute(sql`
    update ${jobs} set status = 'running', locked_by = ${workerId}, locked_until = ${until.toISOString()}::timestamptz, attempts = attempts + 1
    where id in (
      select id from ${jobs}
      where queue in (${sql.join(
        queues.map((q) => sql`${q}`),
        sql`, `,
      )})
        and ((status = 'queued' and run_at <= ${now.toISOString()}::timestamptz)
          or (status = 'running' and locked_until < ${now.toISOString()}::timestamptz))
      order by run_at
      limit ${limit}
      for update skip locked
    )
    returning id`);
  const ids = (res as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  if (!ids.length) return [];
  return db
    .select()
    .from(jobs)
    .where(
      sql`${jobs.id} in (${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    );
}

export async function complete(db: Db, id: string, workerId: string, now: Date) {
  await db
    .update(jobs)
    .set({ status: 'done', finishedAt: now, lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}

/** Retry with exponential backoff until maxAttempts, then mark failed. */
export async function fail(db: Db, job: JobRow, workerId: string, error: string, now: Date) {
  const dead = job.attempts >= job.maxAttempts;
  const backoffMs = Math.min(3600_000, 2 ** job.attempts * 5_000);
  await db
    .update(jobs)
    .set({
      status: dead ? 'failed' : 'queued',
      lastError: error.slice(0, 2000),
      lockedBy: null,
      lockedUntil: null,
      runAt: dead ? job.runAt : new Date(now.getTime() + backoffMs),
      finishedAt: dead ? now : null,
    })
    .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
}

/** Run one poll: claim due jobs and run their handlers. Returns how many ran. */
export async function runDueJobs(db: Db, workerId: string, handlers: Record<string, JobHandler>, now: () => Date) {
  const claimed = await claim(db, workerId, Object.keys(handlers), now());
  for (const job of claimed) {
    try {
      await handlers[job.queue](job);
      await complete(db, job.id, workerId, now());
    } catch (e) {
      await fail(db, job, workerId, (e as Error)?.message ?? String(e), now());
    }
  }
  return claimed.length;
}

/** Poll forever (until stopped). */
export function startWorker(db: Db, workerId: string, handlers: Record<string, JobHandler>, o: { intervalMs?: number; now?: () => Date } = {}) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    if (stopped) return;
    try {
      while (!stopped && (await runDueJobs(db, workerId, handlers, o.now ?? (() => new Date()))) > 0) {
        /* drain */
      }
    } catch (e) {
      log.error({ workerId, error: errorFields(e) }, 'job worker failed');
    }
    if (!stopped) timer = setTimeout(tick, o.intervalMs ?? 1000);
  };
  timer = setTimeout(tick, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
