import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';

let h: Harness;
let f: Factories;
let advisor: Session, keeper: Session, outsider: Session;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  [advisor, keeper] = [await h.login('advisor'), await h.login('keeper')];
  // A franchised provider under the station, with its own (superuser) login: it sees only its own point.
  const branch = await f.servicePoint({ kind: 'franchise', code: 'FR-P1', nameZh: '特约服务商' });
  outsider = await f.session({ username: 'branch', displayName: '特约站管理员', servicePointId: branch.id, isSuperuser: true });
});

describe('parts KPIs', () => {
  it('fill rate = lines filled at their first pick ÷ lines picked; turnover = net issue cost ÷ average stock value', async () => {
    const p = await f.part({ partNo: 'KPI-1', costPriceFen: 1000 });
    const loc = await f.location({ code: 'K-01' });
    h.setNow('2026-11-20T02:00:00Z');
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 10, unitCostFen: 1000 }); // opening stock of the 21st: 10 000 fen
    h.setNow('2026-11-21T02:00:00Z');
    const a = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 4 }] });
    const b = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 8 }] }); // 6 available: short 2
    await keeper.call('POST', `/api/work-orders/${a.id}/pick`, { body: {} }); // filled: 4 × 1000
    await keeper.call('POST', `/api/work-orders/${b.id}/pick`, { body: {} }); // not filled: 6 × 1000
    const back = await keeper.call('POST', `/api/work-orders/${b.id}/returns`, { body: { workOrderLineId: b.lines[0].id, qty: 1, locationId: loc.id } });
    expect(back.status).toBe(200);
    h.setNow('2026-11-23T02:00:00Z');

    const day = await keeper.get('/api/parts-stats?from=2026-11-21&to=2026-11-21');
    expect(day.status).toBe(200);
    expect(day.body).toMatchObject({
      days: 1,
      pickedLines: 2,
      filledLines: 1,
      fillRate: 0.5,
      issueCostFen: 9000,
      openingValueFen: 10_000,
      closingValueFen: 1000,
      averageValueFen: 5500,
    });
    expect(day.body.turnover).toBeCloseTo(9000 / 5500, 10);
    expect(day.body.annualizedTurnover).toBeCloseTo((9000 / 5500) * 365, 8);
    const before = (await keeper.get('/api/parts-stats?from=2026-11-01&to=2026-11-20')).body;
    expect(before).toMatchObject({ days: 20, pickedLines: 0, fillRate: null, issueCostFen: 0, openingValueFen: 0, closingValueFen: 10_000 });
    const manager = await h.login('manager');
    expect((await manager.get('/api/parts-stats?from=2026-11-01&to=2026-11-30')).body).toMatchObject({ pickedLines: 2, issueCostFen: 9000 });
  });

  it('400 on bad or reversed dates; 403 without parts.manage or reports.read; 404 outside the scope', async () => {
    const reversed = await keeper.get('/api/parts-stats?from=2026-11-30&to=2026-11-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields[0].path).toBe('to');
    expect((await keeper.get('/api/parts-stats?from=2026-11&to=2026-11-01')).status).toBe(400);
    expect((await advisor.get('/api/parts-stats?from=2026-11-01&to=2026-11-30')).status).toBe(403);
    expect((await outsider.get(`/api/parts-stats?from=2026-11-01&to=2026-11-30&servicePointId=${h.installed.orgPointId}`)).status).toBe(404);
  });
});
