import { describe, expect, it } from 'vitest';
import { createHarness } from '../server/test/harness.js';
import { ok } from '../server/test/factories.js';
import { seedDemoSubsidiesAndRotation } from './demo-network-b.js';

const h = await createHarness({ network: true });

describe('demo: subsidies and rotation', () => {
  it('leaves rules, last month reviewed and next quarter’s rotation with a hand-over', async () => {
    await seedDemoSubsidiesAndRotation({ database: h.database, config: h.config, now: h.now });
    const hq = await h.login('hq');
    const statements = ok(await hq.get('/api/subsidies/statements'), 'statements').items;
    expect(statements.map((s: { month: string; status: string }) => [s.month, s.status])).toEqual([['2026-10', 'reviewed']]);
    // It waits for the director in 待我审批.
    const pending = ok(await hq.get('/api/approvals/pending'), 'pending').items;
    expect(pending.filter((i: { type: string }) => i.type === 'subsidy').map((i: { id: string }) => i.id)).toEqual([statements[0].id]);
    const plans = ok(await hq.get('/api/rotations'), 'plans').items;
    expect(plans.map((p: { quarter: string; effectiveDate: string; moveCount: number }) => [p.quarter, p.effectiveDate, p.moveCount])).toEqual([
      ['2027-Q1', '2027-01-01', 2],
    ]);
    const plan = ok(await hq.get(`/api/rotations/${plans[0].id}`), 'plan');
    expect(plan.moves[0].items).toHaveLength(3);
  }, 120_000);
});
