import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createPurchasingFactories } from '../../test/factories-purchasing.js';
import { stockMovements } from '../../db/schema.js';
import type { PartPlanningRow, Vendor } from '../../../contracts/purchasing.js';

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
  [planner, keeper] = await Promise.all(['planner', 'keeper'].map((u) => h.login(u)));
  loc = await f.location({ code: 'VP-01' });
});

describe('vendor master data', () => {
  it('the planner edits name, layout and lead time; a stale version is 409; a bad lead time a field error; the keeper may not', async () => {
    const v = await p.vendor({ code: 'LOC-E', kind: 'local', leadTimeDays: 3 });
    const edited = await planner.call<Vendor>('PUT', `/api/vendors/${v.id}`, {
      body: { version: v.version, name: '苏州汽配城', kind: 'oem', leadTimeDays: 9, contact: '李经理', phone: '0512-6666', isActive: true },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ code: 'LOC-E', name: '苏州汽配城', kind: 'oem', leadTimeDays: 9, contact: '李经理', version: v.version + 1 });
    const stale = await planner.call('PUT', `/api/vendors/${v.id}`, { body: { version: v.version, name: 'x', leadTimeDays: 1 } });
    expect(stale.status).toBe(409);
    const bad = await planner.call('PUT', `/api/vendors/${v.id}`, { body: { version: edited.body.version, name: 'x', leadTimeDays: 400 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toContainEqual(expect.objectContaining({ path: 'leadTimeDays' }));
    expect((await keeper.call('PUT', `/api/vendors/${v.id}`, { body: { version: edited.body.version, name: 'x', leadTimeDays: 1 } })).status).toBe(403);
    const list = (await planner.get<{ items: Vendor[] }>('/api/vendors')).body.items;
    expect(list.find((x) => x.id === v.id)).toMatchObject({ name: '苏州汽配城', leadTimeDays: 9 });
  });
});

describe('the planner’s table: computed levels beside the override', () => {
  it('shows the computed reorder point and safety stock, the override beside them, and null again after a reset', async () => {
    const part = await f.part({ partNo: 'PLN-1', name: '空气滤芯', costPriceFen: 1000 });
    const quiet = await f.part({ partNo: 'PLN-2', name: '雨刮片', costPriceFen: 1000 });
    const now = h.now().getTime();
    await h.db.insert(stockMovements).values(
      Array.from({ length: 30 }, (_, i) => ({
        servicePointId: h.installed.orgPointId,
        partId: part.id,
        locationId: loc.id,
        kind: 'issue',
        qtyMilli: -1000,
        unitCostFen: 1000,
        actorName: 'test',
        at: new Date(now - (1 + i) * DAY_MS),
      })),
    );
    const table = async (q: string) => (await planner.get<{ items: PartPlanningRow[] }>(`/api/part-planning?q=${q}`)).body.items;
    // Same figures as the suggestion's rule: mean 30/180 a day, lead 7 (default), z 1.65 → safety 2, reorder point 4.
    const rows = await table('PLN-');
    expect(rows.map((r) => r.partNo)).toEqual(['PLN-1', 'PLN-2']);
    expect(rows[0]).toMatchObject({ computedSafetyStock: 2, computedReorderPoint: 4, reorderPoint: null, safetyStock: null, leadTimeDays: 7 });
    expect(rows[1]).toMatchObject({ computedSafetyStock: 0, computedReorderPoint: 0, meanDailyDemand: 0 });

    expect((await planner.call('PUT', `/api/parts/${part.id}/planning`, { body: { reorderPoint: 10, safetyStock: 3 } })).status).toBe(200);
    expect((await table('空气'))[0]).toMatchObject({ partId: part.id, computedReorderPoint: 4, reorderPoint: 10, safetyStock: 3 });
    const negative = await planner.call('PUT', `/api/parts/${quiet.id}/planning`, { body: { reorderPoint: -1 } });
    expect(negative.status).toBe(400);
    expect((await planner.call('PUT', `/api/parts/${part.id}/planning`, { body: { reorderPoint: null, safetyStock: null } })).status).toBe(200);
    expect((await table('PLN-1'))[0]).toMatchObject({ reorderPoint: null, safetyStock: null, computedReorderPoint: 4 });
    expect((await keeper.get('/api/part-planning')).status).toBe(403);
  });
});
