/**
 * The claims' counters of the daily rollups (features/rollups contributors): the claims of a station decided that
 * day — approved or later settled count as passed, rejected as not — and the minutes from submission to decision.
 * `range` gives the same counters for every day of a range at once (the set-based rebuild).
 */
import { sql } from 'drizzle-orm';
import type { RollupContributor, RollupRange } from '../rollups/index.js';
import type { Tx } from '../../db/client.js';

type Row = { day: string; decided: number; passed: number; minutes: number };

async function counters(tx: Tx, pointId: string, start: Date, end: Date, day: ReturnType<RollupRange['bucket']> | null) {
  const r = await tx.execute(sql`
    select ${day ?? sql`null`}::text as day, count(*)::int as decided,
           count(*) filter (where status in ('approved', 'settled'))::int as passed,
           coalesce(round(sum(extract(epoch from decided_at - submitted_at)) / 60), 0)::int as minutes
      from warranty_claims
     where service_point_id = ${pointId} and status in ('approved', 'settled', 'rejected')
       and decided_at >= ${start.toISOString()} and decided_at < ${end.toISOString()} and submitted_at is not null
     group by 1`);
  const rows = (r as unknown as { rows: Row[] }).rows;
  return rows.filter((x) => x.decided).map((x) => [x.day, { claimsDecided: x.decided, claimsPassed: x.passed, claimCycleMinutes: x.minutes }] as const);
}

export const claimsRollupContributor: RollupContributor = Object.assign(
  async (tx: Tx, w: { pointId: string; start: Date; end: Date }): Promise<Record<string, number>> =>
    (await counters(tx, w.pointId, w.start, w.end, null))[0]?.[1] ?? {},
  { range: async (tx: Tx, r: RollupRange) => new Map(await counters(tx, r.pointId, r.start, r.end, r.bucket('decided_at'))) },
);
