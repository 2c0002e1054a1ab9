import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { ClaimStatement, WarrantyClaim } from '../../../contracts/claims.js';
import { CLAIM_STATUSES } from '../../../domain/claims/status.js';
import { claimsDemo } from './claims.demo.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ network: true });
  await claimsDemo({ db: h.db, pointId: h.installed.orgPointId, templateKey: 'auto-dealership', now: h.now() });
}, 120_000);

describe('claims demo', () => {
  it('hq-claims sees a month of claims in every status for ST-0001 and ST-0002; each station only its own', async () => {
    const hq = await h.login('hq-claims');
    const all = (await hq.get<{ items: WarrantyClaim[] }>('/api/claims')).body.items;
    const stations = [...new Set(all.map((c) => c.stationName))];
    expect(stations).toHaveLength(2);
    for (const name of stations) expect(new Set(all.filter((c) => c.stationName === name).map((c) => c.status))).toEqual(new Set(CLAIM_STATUSES));
    const own = (await (await h.login('claims')).get<{ items: WarrantyClaim[] }>('/api/claims')).body.items;
    expect(own.length).toBe(all.length / 2);
    const s2 = (await (await h.login('s2-claims')).get<{ items: WarrantyClaim[] }>('/api/claims')).body.items;
    expect(s2.every((c) => !own.some((o) => o.id === c.id))).toBe(true);
    // The October statement: settled claims less the missing part.
    const st = own[0].servicePointId;
    const month = new Date(h.now().getTime() - 35 * 86_400_000).toISOString().slice(0, 7);
    const statement = (await hq.get<ClaimStatement>(`/api/claim-statements/month?servicePointId=${st}&month=${month}`)).body;
    expect(statement.number).not.toBeNull();
    expect(statement.claimCount).toBe(2);
    expect(statement.deductions).toHaveLength(1);
    expect(statement.payableFen).toBe(statement.claimsFen - statement.deductionFen);
    expect((await hq.get('/api/supplier-claims')).body.items).toHaveLength(1);
    // Waiting at HQ: a pre-authorisation and a 延返 request of ST-0001.
    const preauths = (await hq.get<{ items: { status: string; servicePointId: string }[] }>('/api/claim-preauths?status=pending')).body.items;
    expect(preauths.map((p) => p.servicePointId)).toEqual([st]);
    const asked = (await hq.get<{ items: { servicePointId: string }[] }>('/api/old-parts?status=deferral_requested')).body.items;
    expect(asked.map((p) => p.servicePointId)).toEqual([st]);
  }, 90_000);
});

describe('claims in the KPI pack (rollup contributor)', () => {
  it('the pass rate and the cycle time over the network equal the decided claims counted at the source', async () => {
    const { rollupService } = await import('../../main.js');
    const { sql } = await import('drizzle-orm');
    await rollupService({ database: h.database, config: h.config, now: h.now }).rebuild();
    const v = (await (await h.login('hq')).get<{ kpis: { key: string; value: number | null }[] }>('/api/kpi?period=year')).body;
    const fig = (k: string) => v.kpis.find((x) => x.key === k)?.value;
    const [src] = (
      (await h.db.execute(sql`select count(*)::int as decided, count(*) filter (where status in ('approved','settled'))::int as passed,
        sum(extract(epoch from decided_at - submitted_at))::float8 as secs
        from warranty_claims where status in ('approved','settled','rejected') and submitted_at is not null and decided_at is not null`)) as unknown as {
        rows: { decided: number; passed: number; secs: number }[];
      }
    ).rows;
    expect(src.decided).toBeGreaterThan(0);
    expect(src.passed).toBeLessThan(src.decided); // the demo has rejected claims too
    expect(fig('claimPassRate')).toBeCloseTo(src.passed / src.decided, 6);
    expect(fig('claimCycleDays')).toBeCloseTo(src.secs / 86400 / src.decided, 1);
  }, 120_000);
});
