import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { demoSteps } from '../../main.js';
import { loadConfig } from '../../config.js';
import type { PurchaseOrder, Suggestion } from '../../../contracts/purchasing.js';

describe('demo purchasing at the demo station', () => {
  it('the planner sees a suggestion, an order sent and one partly received; the keeper can receive', async () => {
    const h = await createHarness();
    const now = h.now();
    for (const step of demoSteps({ database: h.database, config: loadConfig({ DATA_DIR: '/tmp/unused' }), now: () => now }))
      await step({ db: h.db, pointId: h.installed.orgPointId, templateKey: 'auto-dealership', now });
    const planner = await h.login('planner');
    const s = (await planner.get<Suggestion>('/api/purchase-suggestion')).body;
    expect(s.items.map((i) => i.partNo)).toEqual(expect.arrayContaining(['000915105']));
    const orders = (await planner.get<{ items: PurchaseOrder[] }>('/api/purchase-orders')).body.items;
    expect(orders.map((o) => o.status).sort()).toEqual(['partly_received', 'sent']);
    const partly = orders.find((o) => o.status === 'partly_received')!;
    expect(partly.lines[0]).toMatchObject({ ordered: 6, received: 2, open: 4 });
    const keeper = await h.login('keeper');
    const locs = (await keeper.get('/api/warehouse-locations')).body.items;
    const r = await keeper.call('POST', `/api/purchase-orders/${partly.id}/receipts`, {
      body: { version: partly.version, lines: partly.lines.map((l) => ({ lineId: l.id, qty: l.open, locationId: locs[0].id })) },
    });
    expect(r.status).toBe(201);
    expect(r.body.order.status).toBe('received');
  }, 120_000);
});
