import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { stockItems } from '../../db/schema.js';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { stockLedger } from '../../test/stock-ledger.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';
import { inStockTx } from './reservations.js';
import { seedDemoStock } from './demo-stock.js';

let h: Harness;
let f: Factories;
let admin: Session, advisor: Session, keeper: Session, outsider: Session;
let branch: { id: string };
beforeAll(async () => {
  h = await createHarness();
  await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z')); // the parts the demo stock fills
  f = createFactories(h);
  [admin, advisor, keeper] = [await h.login('admin'), await h.login('advisor'), await h.login('keeper')];
  // The demo's warehouse keeper (仓库管理员) account.
  expect((await keeper.get('/api/auth/me')).body.positionTitles).toEqual(['仓库管理员']);
  // A franchised provider under the station, with its own (superuser) login: it sees only its own point.
  branch = await f.servicePoint({ kind: 'franchise', code: 'FR-P1', nameZh: '特约服务商' });
  outsider = await f.session({ username: 'branch', displayName: '特约站管理员', servicePointId: branch.id, isSuperuser: true });
});
const receive = (partId: string, locationId: string, qty: number, unitCostFen: number) =>
  keeper.call('POST', '/api/stock/receipts', { body: { partId, locationId, qty, unitCostFen } });
const ledger = (partId: string) => stockLedger(h.db, partId);

describe('warehouse locations', () => {
  it('creates locations with a code unique per point; 400 on a bad code; 409 on a duplicate or a stale version', async () => {
    const loc = await f.location({ code: 'L-01-01' });
    expect(loc).toMatchObject({ code: 'L-01-01', version: 1 });
    const dup = await keeper.call('POST', '/api/warehouse-locations', { body: { code: 'L-01-01' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields).toEqual([{ path: 'code', message: '编码已存在' }]);
    const bad = await keeper.call('POST', '/api/warehouse-locations', { body: { code: 'A 01/1' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((x: { path: string }) => x.path)).toEqual(['code']);
    const renamed = await keeper.call('PATCH', `/api/warehouse-locations/${loc.id}`, { body: { version: 1, name: '快修件' } });
    expect(renamed.body).toMatchObject({ code: 'L-01-01', name: '快修件', version: 2 });
    expect((await keeper.call('PATCH', `/api/warehouse-locations/${loc.id}`, { body: { version: 1, name: 'x' } })).status).toBe(409);
    expect((await advisor.get('/api/warehouse-locations')).body.items.map((l: { code: string }) => l.code)).toContain('L-01-01');
  });

  it('403 without parts.manage for writes and without any reading permission; 404 for a location outside the scope', async () => {
    expect((await advisor.call('POST', '/api/warehouse-locations', { body: { code: 'X-1' } })).status).toBe(403);
    const crm = await h.login('crm');
    expect((await crm.get('/api/stock')).status).toBe(403);
    expect((await crm.get('/api/warehouse-locations')).status).toBe(403);
    // The franchised provider below the station does not see the station's locations, stock or parts.
    const loc = await f.location({ code: 'S-01-01' });
    expect((await outsider.call('PATCH', `/api/warehouse-locations/${loc.id}`, { body: { version: 1, name: 'x' } })).status).toBe(404);
    expect((await outsider.call('DELETE', `/api/warehouse-locations/${loc.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/stock?servicePointId=${h.installed.orgPointId}`)).status).toBe(404);
    const p = await f.part({ partNo: 'SCOPE-1' });
    expect((await outsider.call('POST', '/api/stock/receipts', { body: { partId: p.id, locationId: loc.id, qty: 1, unitCostFen: 1 } })).status).toBe(404);
    const own = await outsider.call('POST', '/api/warehouse-locations', { body: { code: 'S-01-01' } });
    expect(own.body).toMatchObject({ servicePointId: branch.id, code: 'S-01-01' }); // codes are unique per point
    expect((await outsider.call('DELETE', `/api/warehouse-locations/${own.body.id}`)).status).toBe(204);
  });
});

describe('receipts and stock counts', () => {
  it('a receipt raises stock and sets the moving-average cost; the stock list shows value at cost', async () => {
    const p = await f.part({ partNo: 'RCV-1', costPriceFen: 1000 });
    const loc = await f.location({ code: 'R-01-01' });
    const loc2 = await f.location({ code: 'R-01-02' });
    const first = await receive(p.id, loc.id, 10, 1200);
    expect(first.status).toBe(201);
    expect(first.body.stock).toMatchObject({ onHand: 10, reserved: 0, available: 10, costPriceFen: 1200, valueFen: 12000 }); // nothing on hand: the receipt's cost
    const second = await receive(p.id, loc2.id, 30, 1000);
    expect(second.body.stock).toMatchObject({ onHand: 40, costPriceFen: 1050, valueFen: 42000 }); // (10×12 + 30×10) / 40
    expect(second.body.stock.locations).toEqual([
      { locationId: loc.id, code: 'R-01-01', onHand: 10, reserved: 0 },
      { locationId: loc2.id, code: 'R-01-02', onHand: 30, reserved: 0 },
    ]);
    const third = await receive(p.id, loc.id, 0.5, 1333);
    expect(third.body.stock.costPriceFen).toBe(Math.round((40 * 1050 + 0.5 * 1333) / 40.5));
    expect((await advisor.get('/api/parts?q=RCV-1')).body.items[0].costPriceFen).toBe(third.body.stock.costPriceFen);
    const { movements } = await ledger(p.id);
    expect(movements.map((m) => [m.kind, m.qtyMilli, m.unitCostFen])).toEqual([
      ['receive', 10000, 1200],
      ['receive', 30000, 1000],
      ['receive', 500, 1333],
    ]);
    expect((await advisor.get('/api/stock?q=RCV-1')).body).toMatchObject({ total: 1, items: [{ partNo: 'RCV-1', onHand: 40.5 }] });
    const audit = (await admin.get(`/api/audit-entries?entityType=part&entityId=${p.id}`)).body.items;
    expect(audit.filter((a: { action: string }) => a.action === 'stock.receive')).toHaveLength(3);
  });

  it('400 on bad quantities and prices, on a location of another point; 404 on an unknown part; 403 for the advisor', async () => {
    const p = await f.part({ partNo: 'RCV-2' });
    const loc = await f.location({ code: 'R-02-01' });
    const bad = await keeper.call('POST', '/api/stock/receipts', { body: { partId: p.id, locationId: loc.id, qty: 0, unitCostFen: 1.5 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['qty', 'unitCostFen']);
    expect((await receive(p.id, loc.id, 1.0001, 100)).status).toBe(400);
    expect((await receive('00000000-0000-4000-8000-000000000000', loc.id, 1, 100)).status).toBe(404);
    const branchLoc = (await admin.call('POST', '/api/warehouse-locations', { body: { servicePointId: branch.id, code: 'FR-02' } })).body;
    const elsewhere = await receive(p.id, branchLoc.id, 1, 100);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.fields[0].path).toBe('locationId');
    expect((await advisor.call('POST', '/api/stock/receipts', { body: { partId: p.id, locationId: loc.id, qty: 1, unitCostFen: 100 } })).status).toBe(403);
  });

  it('a stock count replaces the book quantity at cost, never below what is reserved; a location with stock cannot be deleted', async () => {
    const p = await f.part({ partNo: 'ADJ-1', costPriceFen: 500 });
    const loc = await f.location({ code: 'J-01-01' });
    await receive(p.id, loc.id, 5, 500);
    await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 3 }] });
    const below = await keeper.call('POST', '/api/stock/adjustments', { body: { partId: p.id, locationId: loc.id, countedQty: 2, reason: '盘亏' } });
    expect(below.status).toBe(409);
    expect(below.body.error).toMatchObject({ code: 'BELOW_RESERVED', fields: [{ path: 'countedQty' }] });
    expect((await keeper.call('POST', '/api/stock/adjustments', { body: { partId: p.id, locationId: loc.id, countedQty: 4 } })).status).toBe(400);
    const ok = await keeper.call('POST', '/api/stock/adjustments', { body: { partId: p.id, locationId: loc.id, countedQty: 3, reason: '盘亏 2 个' } });
    expect(ok.status).toBe(201);
    expect(ok.body.stock).toMatchObject({ onHand: 3, reserved: 3, available: 0, costPriceFen: 500 });
    const { movements } = await ledger(p.id);
    expect(movements.at(-1)).toMatchObject({ kind: 'adjust', qtyMilli: -2000, unitCostFen: 500, note: '盘亏 2 个' });
    const del = await keeper.call('DELETE', `/api/warehouse-locations/${loc.id}`);
    expect(del.status).toBe(409);
    expect(del.body.error.code).toBe('LOCATION_IN_USE');
  });

  it('the CHECK constraints are the last line of defence: a violation is 409 库存不足, not 500', async () => {
    const p = await f.part({ partNo: 'CHK-1' });
    const loc = await f.location({ code: 'K-01-01' });
    await receive(p.id, loc.id, 1, 100);
    const attempt = inStockTx(h.db, (tx) => tx.update(stockItems).set({ reservedMilli: 5000 }).where(eq(stockItems.partId, p.id)));
    await expect(attempt).rejects.toMatchObject({ code: 'CONFLICT', message: '库存不足' });
    expect((await ledger(p.id)).reserved).toBe(0);
  });
});

describe('demo stock', () => {
  it('gives every demo part a location and stock, leaving body panels at 0', async () => {
    await seedDemoStock(h.db, h.installed.orgPointId, new Date('2026-11-01T00:00:00Z'));
    const items = (await keeper.get('/api/stock?pageSize=200')).body.items as { partNo: string; name: string; onHand: number; locations: { code: string }[] }[];
    const demo = items.filter((i) => !i.name.startsWith('测试件'));
    expect(demo).toHaveLength(15);
    expect(demo.every((i) => i.locations.length === 1 && /^[A-D]-\d\d-\d\d$/.test(i.locations[0].code))).toBe(true);
    expect(
      demo
        .filter((i) => i.onHand === 0)
        .map((i) => i.partNo)
        .sort(),
    ).toEqual(['5G0807221', '5G0821021']);
    expect(items.find((i) => i.partNo === '06L115562')!.onHand).toBe(40);
  });
});
