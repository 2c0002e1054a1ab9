import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { createFactories } from '../../test/factories.js';

describe("the manager's home page", () => {
  it("counts today's arrivals, open work orders by state, and today's labor and parts revenue in the week's trend", async () => {
    const h = await createHarness();
    const f = createFactories(h);
    const advisor = await h.login('advisor');
    const admin = await h.login('admin');
    const manager = await h.login('manager');
    const op = await f.laborOperation({ code: 'BY-001', defaultHours: 0.5 });
    const part = await f.part({ partNo: '06L115562', retailPriceFen: 6800, costPriceFen: 4150 });
    const w = await f.workOrder({
      type: 'maintenance',
      concerns: '保养',
      lines: [
        { kind: 'labor', laborOperationId: op.id },
        { kind: 'parts', partId: part.id },
      ],
      status: 'ready', // settled at the counter below, before delivery
    });
    await f.workOrder({ type: 'repair', concerns: '异响' });
    const s = (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).body;
    await admin.call('POST', `/api/settlements/${s.id}/payment`, { body: { version: s.version, payments: [{ method: 'cash', amountFen: s.payableFen }] } });
    const home = (await manager.get('/api/home/today')).body;
    expect(home.date).toBe('2026-11-22');
    expect(home.arrivals).toBe(2);
    expect(home.workOrdersByStatus).toMatchObject({ draft: 1, settled: 1 });
    expect(home.revenueToday).toEqual({ laborFen: w.quote.laborFen, partsFen: w.quote.partsFen, collectedFen: s.payableFen });
    expect(home.week).toHaveLength(7);
    expect(home.week[6]).toMatchObject({ date: '2026-11-22', arrivals: 2 });
    expect((await (await h.login('crm')).get('/api/home/today')).status).toBe(200); // reports.read
  }, 90_000); // a whole order through the flow (parts issued, settled): slow on a busy machine
});
