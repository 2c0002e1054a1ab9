/**
 * The claims' counters of the daily rollups (features/rollups contributors): the claims of a station decided that
 * day — approved or later settled count as passed, rejected as not — and the minutes from submission to decision.
 */
import { sql } from 'drizzle-orm';
import type { RollupContributor } from '../rollups/index.js';

export const claimsRollupContributor: RollupContributor = async (tx, w): Promise<Record<string, number>> => {
  const r = await tx.execute(sql`
    select count(*)::int as decided,
           count(*) filter (where status in ('approved', 'settled'))::int as passed,
           coalesce(round(sum(extract(epoch from decided_at - submitted_at)) / 60), 0)::int as minutes
      from warranty_claims
     where service_point_id = ${w.pointId} and status in ('approved', 'settled', 'rejected')
       and decided_at >= ${w.start.toISOString()} and decided_at < ${w.end.toISOString()} and submitted_at is not null`);
  const [row] = (r as unknown as { rows: { decided: number; passed: number; minutes: number }[] }).rows;
  return row.decided ? { claimsDecided: row.decided, claimsPassed: row.passed, claimCycleMinutes: row.minutes } : {};
};
