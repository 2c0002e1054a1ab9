import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { createFactories } from '../../test/factories.js';
import { sql } from 'drizzle-orm';

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

  it("groups the week by the point's local day, not by UTC: 23:59 and 00:01 in Shanghai fall on two days", async () => {
    const h = await createHarness();
    const f = createFactories(h);
    const manager = await h.login('manager');
    const late = await f.workOrder({ type: 'repair', concerns: '异响' });
    const early = await f.workOrder({ type: 'repair', concerns: '异响' });
    const older = await f.workOrder({ type: 'repair', concerns: '异响' });
    // 2026-11-21 23:59 and 2026-11-22 00:01 in Asia/Shanghai (UTC+8) are both on 2026-11-21 in UTC.
    await h.db.execute(sql`update work_orders set received_at = '2026-11-21T15:59:00Z' where id = ${late.id}`);
    await h.db.execute(sql`update work_orders set received_at = '2026-11-21T16:01:00Z' where id = ${early.id}`);
    await h.db.execute(sql`update work_orders set received_at = '2026-11-16T03:00:00Z' where id = ${older.id}`);
    const home = (await manager.get('/api/home/today')).body;
    expect(home.week.map((d: { date: string; arrivals: number }) => [d.date, d.arrivals])).toEqual([
      ['2026-11-16', 1],
      ['2026-11-17', 0],
      ['2026-11-18', 0],
      ['2026-11-19', 0],
      ['2026-11-20', 0],
      ['2026-11-21', 1],
      ['2026-11-22', 1],
    ]);
    expect(home.arrivals).toBe(1);
  }, 90_000);
});
