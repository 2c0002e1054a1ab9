import { describe, expect, it } from 'vitest';
import { createHarness } from '../server/test/harness.js';
import { ok } from '../server/test/factories.js';
import { HQ_GBT_WEIGHTS, seedDemoNetworkAdmin } from './demo-network-admin.js';

const h = await createHarness({ network: true });

describe('demo: network administration', () => {
  it('sets HQ’s GB/T 27922 weights, inherited by the demo station, whose saved self-assessment scores with them', async () => {
    await seedDemoNetworkAdmin({ database: h.database, config: h.config, now: h.now });
    const quality = await h.login('hq-quality');
    const st1 = ok(await quality.get('/api/service-points'), 'points').items.find((p: { code: string }) => p.code === 'ST-0001');
    const w = ok(await quality.get(`/api/gbt27922/weights?servicePointId=${st1.id}`), 'weights');
    expect(w).toMatchObject({ source: 'inherited', weights: HQ_GBT_WEIGHTS });
    const [saved] = ok(await quality.get(`/api/gbt27922/assessments?servicePointId=${st1.id}`), 'list').items;
    const a = ok(await quality.get(`/api/gbt27922/assessments/${saved.id}`), 'assessment');
    expect(a.weights).toEqual(HQ_GBT_WEIGHTS);
  }, 120_000);
});
