import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createPurchasingFactories } from '../../test/factories-purchasing.js';
import type { PartsKpis } from '../../../contracts/purchasing.js';

const DAY_MS = 86_400_000;
let h: Harness;
let f: Factories;
let p: ReturnType<typeof createPurchasingFactories>;
let planner: Session, keeper: Session;
let loc: { id: string };
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  p = createPurchasingFactories(h);
  [planner, keeper] = [await h.login('planner'), await h.login('keeper')];
  loc = await f.location({ code: 'KPI-01' });
});

describe('the parts dashboard', () => {
  it('dead stock, ABC classes, fill rate, turnover and lead times from the ledger and the orders', async () => {
    // A part received 8 months ago and never touched again: dead after 7 months, not after 12.
    const dead = await f.part({ partNo: 'KPI-DEAD', costPriceFen: 5000 });
    await f.receipt({ partId: dead.id, locationId: loc.id, qty: 2, unitCostFen: 5000 });
    h.advance(240 * DAY_MS);
    // Sessions last 90 days: log in afresh after the jump.
    f = createFactories(h);
    p = createPurchasingFactories(h);
    [planner, keeper] = [await h.login('planner'), await h.login('keeper')];
    // A moving part: 10 received, 4 picked by an order (served from stock) → usage ¥40 at ¥10.
    const mover = await f.part({ partNo: 'KPI-MOVE', costPriceFen: 1000 });
    await f.receipt({ partId: mover.id, locationId: loc.id, qty: 10, unitCostFen: 1000 });
    const w = await f.workOrder({ status: 'confirmed', parts: [{ partId: mover.id, qty: 4 }] });
    expect((await keeper.call('POST', `/api/work-orders/${w.id}/pick`, { body: {} })).status).toBe(200);
    // An order sent and received 3 days later.
    const v = await p.vendor({ name: '到货快的供应商' });
    const po = await p.purchaseOrder({ vendorId: v.id, lines: [{ partId: mover.id, qty: 1 }], send: true });
    h.advance(3 * DAY_MS);
    const r = await keeper.call('POST', `/api/purchase-orders/${po.id}/receipts`, {
      body: { version: po.version, lines: [{ lineId: po.lines[0].id, qty: 1, locationId: loc.id }] },
    });
    expect(r.status).toBe(201);

    const k = (await planner.get<PartsKpis>('/api/parts-kpis')).body;
    expect(k.deadStock).toMatchObject({ months: 7, parts: 1, valueFen: 10_000, top: [expect.objectContaining({ partNo: 'KPI-DEAD', onHand: 2 })] });
    expect(k.deadStock.share).toBeCloseTo(10_000 / (10_000 + 7000), 9);
    expect(k.stockValueFen).toBe(17_000);
    expect(k.issueCostFen).toBe(4000);
    expect(k.fillRate).toEqual({ pickedLines: 1, filledLines: 1, rate: 1 });
    expect(k.abc.A).toEqual({ parts: 1, usageFen: 4000 });
    expect(k.abc.C.parts).toBe(1); // the dead part: no usage
    expect(k.daysOfStock).toBeCloseTo(17_000 / (4000 / 365), 6);
    expect(k.turnover).not.toBeNull();
    expect(k.leadTimes).toEqual([expect.objectContaining({ vendorId: v.id, vendorName: '到货快的供应商', orders: 1, meanDays: 3 })]);
    expect((await planner.get<PartsKpis>('/api/parts-kpis?deadMonths=12')).body.deadStock.parts).toBe(0);
    expect((await planner.get('/api/parts-kpis?deadMonths=0')).status).toBe(400);
    expect((await (await h.login('tech')).get('/api/parts-kpis')).status).toBe(403);
  }, 90_000);
});
