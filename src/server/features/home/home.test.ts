import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

const SIG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe("the manager's home page", () => {
  it("counts today's arrivals, open work orders by state, and today's labor and parts revenue in the week's trend", async () => {
    const h = await createHarness();
    await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z'));
    const advisor = await h.login('advisor');
    const admin = await h.login('admin');
    const manager = await h.login('manager');
    const vs = (await advisor.get('/api/customers?pageSize=5')).body.items.flatMap((c: { vehicles: unknown[] }) => c.vehicles);
    const op = (await advisor.get('/api/labor-operations?q=BY-001')).body.items[0];
    const part = (await advisor.get('/api/parts?q=06L115562')).body.items[0];
    let w = (await advisor.call<WorkOrder>('POST', '/api/work-orders', { body: { type: 'maintenance', vehicleId: vs[0].id, mileageIn: vs[0].mileageKm, concerns: '保养' } })).body;
    await advisor.call('POST', '/api/work-orders', { body: { type: 'repair', vehicleId: vs[1].id, mileageIn: vs[1].mileageKm, concerns: '异响' } });
    w = (await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, { body: { version: w.version, lines: [{ kind: 'labor', laborOperationId: op.id }, { kind: 'parts', partId: part.id }] } })).body;
    w = (await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version: w.version, signature: SIG } })).body;
    for (const a of ['confirm', 'start', 'finish', 'qc_pass', 'deliver']) w = (await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/actions`, { body: { version: w.version, action: a } })).body;
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
  });
});
