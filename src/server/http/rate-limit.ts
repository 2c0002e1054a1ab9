/**
 * Request limits kept in the database (a window per client from its first request), so every app instance counts against the same window
 * (as login limiting does). The check runs as middleware, before a body is read or validated.
 */
import type { MiddlewareHandler } from 'hono';
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { rateLimits } from '../db/schema.js';
import type { AppEnv } from './context.js';
import { AppError } from './errors.js';
import { clientIp } from './client-ip.js';

export interface RateLimiter {
  /** True when the call is allowed (and counts it). */
  take(key: string): Promise<boolean>;
}

export function createRateLimiter(o: { db: Db; name: string; limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = o.now ?? Date.now;
  let calls = 0;
  return {
    async take(key: string) {
      const t = now();
      const at = new Date(t);
      const expired = sql`${rateLimits.windowStart} <= ${new Date(t - o.windowMs)}`;
      const [row] = await o.db
        .insert(rateLimits)
        .values({ key: `${o.name}:${key}`, windowStart: at, count: 1 })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            windowStart: sql`case when ${expired} then ${at} else ${rateLimits.windowStart} end`,
            count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
          },
        })
        .returning({ count: rateLimits.count });
      // Now and then, forget windows older than a day.
      if (++calls % 200 === 0) await o.db.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(t - 86_400_000)));
      return row.count <= o.limit;
    },
  };
}

/** Middleware refusing a client over the limit with 429 before anything else of the request is read. */
export const limitByClient =
  (limiter: RateLimiter, trustProxy: boolean): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!(await limiter.take(clientIp(c, trustProxy)))) throw new AppError('RATE_LIMITED', '操作过于频繁,请稍后再试');
    await next();
  };
