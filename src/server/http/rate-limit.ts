/**
 * A fixed-window counter per key (client IP), in memory. Enough for one instance; with several
 * instances each enforces its own window (documented; login limiting is in the database instead).
 */
export function createRateLimiter(o: { limit: number; windowMs: number; now?: () => number }) {
  const hits = new Map<string, { start: number; count: number }>();
  const now = o.now ?? Date.now;
  return {
    /** True when the call is allowed (and counts it). */
    take(key: string): boolean {
      const t = now();
      const h = hits.get(key);
      if (!h || t - h.start >= o.windowMs) {
        hits.set(key, { start: t, count: 1 });
        if (hits.size > 10_000) for (const [k, v] of hits) if (t - v.start >= o.windowMs) hits.delete(k);
        return true;
      }
      h.count++;
      return h.count <= o.limit;
    },
  };
}
