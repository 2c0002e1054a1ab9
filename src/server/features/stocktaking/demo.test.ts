import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { demoSteps } from '../../main.js';
import { loadConfig } from '../../config.js';
import type { StockCount, StockCountDetail, Transfer } from '../../../contracts/stock-ops.js';

describe('demo transfers and stocktaking in the demo network', () => {
  it('a transfer from ST-0002 is in transit to the demo station and can be received; a count of A-01 is in progress', async () => {
    const h = await createHarness({ network: true });
    const now = h.now();
    for (const step of demoSteps({ database: h.database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => now }))
      await step({ db: h.db, pointId: h.installed.orgPointId, templateKey: 'auto-dealership', now });
    const keeper = await h.login('keeper');
    const [t] = (await keeper.get<{ items: Transfer[] }>('/api/stock-transfers')).body.items;
    expect(t).toMatchObject({
      status: 'in_transit',
      fromPointName: expect.stringContaining('苏州'),
      lines: [{ partNo: '5G0821021', inTransit: 1 }, { inTransit: 5 }],
    });
    expect((await (await h.login('s2-keeper')).get<{ items: Transfer[] }>('/api/stock-transfers')).body.items.map((x) => x.id)).toEqual([t.id]);
    const loc = (await keeper.get('/api/warehouse-locations')).body.items[0];
    const r = await keeper.call('POST', `/api/stock-transfers/${t.id}/receipts`, {
      body: { version: t.version, lines: t.lines.map((l) => ({ lineId: l.id, qty: l.inTransit, locationId: loc.id })) },
    });
    expect([r.status, r.body.transfer.status]).toEqual([201, 'received']);
    const [c] = (await keeper.get<{ items: StockCount[] }>('/api/stock-counts')).body.items;
    expect(c).toMatchObject({ status: 'counting', locationCodes: expect.arrayContaining(['A-01-01']) });
    const detail = (await keeper.get<StockCountDetail>(`/api/stock-counts/${c.id}`)).body;
    expect(detail.totals).toMatchObject({ counted: 2, differing: 1 });
    expect(detail.totals.lossFen).toBeGreaterThan(0);
  }, 180_000);
});
