import { beforeAll, describe, expect, it } from 'vitest';
import { partsFixture, type PartsFixture } from './parts.test-helpers.js';

let f: PartsFixture;
beforeAll(async () => {
  f = await partsFixture();
});

describe('parts KPIs', () => {
  it('fill rate = lines filled at their first pick ÷ lines picked; turnover = net issue cost ÷ average stock value', async () => {
    const p = await f.part('KPI-1', 1000);
    const loc = await f.location('K-01');
    f.h.setNow('2026-11-20T02:00:00Z');
    await f.receive(p.id, loc.id, 10, 1000); // opening stock of the 21st: 10 000 fen
    f.h.setNow('2026-11-21T02:00:00Z');
    const a = await f.confirmedOrder([{ partId: p.id, qty: 4 }]);
    const b = await f.confirmedOrder([{ partId: p.id, qty: 8 }]); // 6 available: short 2
    await f.keeper.call('POST', `/api/work-orders/${a.id}/pick`, { body: {} }); // filled: 4 × 1000
    await f.keeper.call('POST', `/api/work-orders/${b.id}/pick`, { body: {} }); // not filled: 6 × 1000
    const back = await f.keeper.call('POST', `/api/work-orders/${b.id}/returns`, { body: { workOrderLineId: b.lines[0].id, qty: 1, locationId: loc.id } });
    expect(back.status).toBe(200);
    f.h.setNow('2026-11-23T02:00:00Z');

    const day = await f.keeper.get('/api/parts-stats?from=2026-11-21&to=2026-11-21');
    expect(day.status).toBe(200);
    expect(day.body).toMatchObject({
      days: 1, pickedLines: 2, filledLines: 1, fillRate: 0.5,
      issueCostFen: 9000, openingValueFen: 10_000, closingValueFen: 1000, averageValueFen: 5500,
    });
    expect(day.body.turnover).toBeCloseTo(9000 / 5500, 10);
    expect(day.body.annualizedTurnover).toBeCloseTo((9000 / 5500) * 365, 8);
    const before = (await f.keeper.get('/api/parts-stats?from=2026-11-01&to=2026-11-20')).body;
    expect(before).toMatchObject({ days: 20, pickedLines: 0, fillRate: null, issueCostFen: 0, openingValueFen: 0, closingValueFen: 10_000 });
    const manager = await f.h.login('manager');
    expect((await manager.get('/api/parts-stats?from=2026-11-01&to=2026-11-30')).body).toMatchObject({ pickedLines: 2, issueCostFen: 9000 });
  });

  it('400 on bad or reversed dates; 403 without parts.manage or reports.read; 404 outside the scope', async () => {
    const reversed = await f.keeper.get('/api/parts-stats?from=2026-11-30&to=2026-11-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields[0].path).toBe('to');
    expect((await f.keeper.get('/api/parts-stats?from=2026-11&to=2026-11-01')).status).toBe(400);
    expect((await f.advisor.get('/api/parts-stats?from=2026-11-01&to=2026-11-30')).status).toBe(403);
    expect((await f.outsider.get(`/api/parts-stats?from=2026-11-01&to=2026-11-30&servicePointId=${f.h.installed.orgPointId}`)).status).toBe(404);
  });
});
