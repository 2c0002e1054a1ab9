import ExcelJS from 'exceljs';
import { like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createPurchasingFactories } from '../../test/factories-purchasing.js';
import { notifications, stockMovements } from '../../db/schema.js';
import type { PurchaseOrder, Suggestion } from '../../../contracts/purchasing.js';

const DAY_MS = 86_400_000;
let h: Harness;
let f: Factories;
let p: ReturnType<typeof createPurchasingFactories>;
let planner: Session, keeper: Session, manager: Session, advisor: Session;
let loc: { id: string };
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  p = createPurchasingFactories(h);
  [planner, keeper, manager, advisor] = await Promise.all(['planner', 'keeper', 'manager', 'advisor'].map((u) => h.login(u)));
  loc = await f.location({ code: 'PO-01' });
});
const suggestion = async (q = '') => (await planner.get<Suggestion>(`/api/purchase-suggestion${q}`)).body;
const lineOf = async (partId: string) => (await suggestion()).items.find((i) => i.partId === partId);
const receive = (po: PurchaseOrder, lines: { lineId: string; qty: number; locationId?: string }[], confirmOver = false, as = keeper) =>
  as.call('POST', `/api/purchase-orders/${po.id}/receipts`, {
    body: { version: po.version, confirmOver, lines: lines.map((l) => ({ locationId: loc.id, ...l })) },
  });
/** Demand history: `qty` issued on each of `days` consecutive days ending yesterday (ledger movements, as picks write them). */
async function issuedDaily(partId: string, qty: number, days: number, endDaysAgo = 1) {
  const now = h.now().getTime();
  await h.db.insert(stockMovements).values(
    Array.from({ length: days }, (_, i) => ({
      servicePointId: h.installed.orgPointId,
      partId,
      locationId: loc.id,
      kind: 'issue',
      qtyMilli: -qty * 1000,
      unitCostFen: 1000,
      actorName: 'test',
      at: new Date(now - (endDaysAgo + i) * DAY_MS),
    })),
  );
}

describe('vendors', () => {
  it('the planner adds vendors; a duplicate code is 409 and a bad lead time a field error; the keeper may not add one', async () => {
    const v = await p.vendor({ code: 'OEM-T', kind: 'oem', leadTimeDays: 5 });
    expect(v).toMatchObject({ code: 'OEM-T', kind: 'oem', leadTimeDays: 5 });
    expect((await planner.call('POST', '/api/vendors', { body: { code: 'OEM-T', name: 'x', leadTimeDays: 1 } })).status).toBe(409);
    const bad = await planner.call('POST', '/api/vendors', { body: { code: 'BAD', name: 'x', leadTimeDays: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toContainEqual(expect.objectContaining({ path: 'leadTimeDays' }));
    expect((await keeper.call('POST', '/api/vendors', { body: { code: 'K', name: 'x', leadTimeDays: 1 } })).status).toBe(403);
    expect((await planner.get('/api/vendors')).body.items.some((x: { code: string }) => x.code === 'OEM-T')).toBe(true);
  });
});

describe('purchase suggestion', () => {
  it('computes the reorder point and safety stock from the demand history, within the window, and orders up to it', async () => {
    const part = await f.part({ partNo: 'SUG-1', costPriceFen: 1000 });
    await issuedDaily(part.id, 1, 30); // 30 days of 1 a day within the 180-day window
    await issuedDaily(part.id, 50, 1, 200); // outside the window: ignored
    // mean 30/180 = 0.1667/day; σ = 0.3727; lead 7 (no vendor: the default), z 1.65:
    // safety ⌈1.65 × 0.3727 × √7 = 1.63⌉ = 2; ROP ⌈0.1667 × 7 = 1.17⌉ + 2 = 4; cycle 14 days = 2.334; 0 on hand → 6.334 → 7.
    expect(await lineOf(part.id)).toMatchObject({
      safetyStock: 2,
      reorderPoint: 4,
      position: 0,
      qty: 7,
      reason: 'reorder',
      leadTimeDays: 7,
      overridden: false,
      valueFen: 7000,
    });
    // A vendor with a 2-day lead time lowers it; stock above the reorder point means nothing to order.
    const v = await p.vendor({ leadTimeDays: 2 });
    expect((await planner.call('PUT', `/api/parts/${part.id}/planning`, { body: { vendorId: v.id } })).status).toBe(200);
    expect(await lineOf(part.id)).toMatchObject({ safetyStock: 1, reorderPoint: 2, qty: 5, vendorId: v.id, leadTimeDays: 2 }); // ⌈0.87⌉=1; ⌈0.33⌉+1=2; 2+2.334→5
    await f.receipt({ partId: part.id, locationId: loc.id, qty: 3, unitCostFen: 1000 });
    expect(await lineOf(part.id)).toBeUndefined();
    // The planner's override wins; null goes back to the computed level.
    expect((await planner.call('PUT', `/api/parts/${part.id}/planning`, { body: { reorderPoint: 10, pack: 5 } })).status).toBe(200);
    expect(await lineOf(part.id)).toMatchObject({ reorderPoint: 10, overridden: true, position: 3, qty: 10 }); // 10 + 2.334 − 3 = 9.334 → two packs of 5
    expect((await planner.call('PUT', `/api/parts/${part.id}/planning`, { body: { reorderPoint: null } })).status).toBe(200);
    expect(await lineOf(part.id)).toBeUndefined();
    const neg = await planner.call('PUT', `/api/parts/${part.id}/planning`, { body: { safetyStock: -1 } });
    expect(neg.status).toBe(400);
    expect(neg.body.error.fields).toContainEqual(expect.objectContaining({ path: 'safetyStock' }));
  });

  it('open backorders are suggested even without history, less what is already on order', async () => {
    const part = await f.part({ partNo: 'SUG-BO', costPriceFen: 2000 });
    const w = await f.workOrder({ status: 'in_progress', parts: [{ partId: part.id, qty: 3 }] });
    expect(w.status).toBe('waiting_parts');
    expect(await lineOf(part.id)).toMatchObject({ backordered: 3, position: -3, qty: 3, reason: 'backorder' });
    await p.purchaseOrder({ lines: [{ partId: part.id, qty: 2 }] });
    expect(await lineOf(part.id)).toMatchObject({ onOrder: 2, position: -1, qty: 1 });
    expect((await advisor.get('/api/purchase-suggestion')).status).toBe(403);
  });
});

describe('purchase orders', () => {
  it('a draft to a vendor; bad lines are field errors and create nothing', async () => {
    const part = await f.part({ partNo: 'PO-A', costPriceFen: 1234 });
    const v = await p.vendor();
    const bad = await planner.call('POST', '/api/purchase-orders', {
      body: {
        vendorId: v.id,
        lines: [
          { partId: part.id, qty: 1 },
          { partId: part.id, qty: 2 },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: 'lines.1.partId' })]);
    expect((await planner.call('POST', '/api/purchase-orders', { body: { vendorId: v.id, lines: [{ partId: part.id, qty: 0 }] } })).status).toBe(400);
    const before = (await planner.get('/api/purchase-orders?pageSize=100')).body.total;
    expect(
      (await planner.call('POST', '/api/purchase-orders', { body: { vendorId: crypto.randomUUID(), lines: [{ partId: part.id, qty: 1 }] } })).body.error.fields,
    ).toEqual([expect.objectContaining({ path: 'vendorId' })]);
    expect((await planner.get('/api/purchase-orders?pageSize=100')).body.total).toBe(before);
    const po = await p.purchaseOrder({ vendorId: v.id, lines: [{ partId: part.id, qty: 3 }] });
    expect(po).toMatchObject({
      status: 'draft',
      totalFen: 3702,
      number: expect.stringMatching(/^CG\d{12}$/),
      lines: [{ ordered: 3, received: 0, open: 3, unitCostFen: 1234 }],
    });
  });

  it('within the planner’s authority it is sent at once; above it waits for an approver, who is not the planner', async () => {
    const part = await f.part({ partNo: 'PO-BIG', costPriceFen: 100_000 });
    const small = await p.purchaseOrder({ lines: [{ partId: part.id, qty: 1 }], send: true });
    expect(small).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
    const big = await p.purchaseOrder({ lines: [{ partId: part.id, qty: 30 }], send: true }); // ¥30,000 > the planner's ¥20,000
    expect(big.status).toBe('pending_approval');
    expect((await receive(big, [{ lineId: big.lines[0].id, qty: 1 }])).status).toBe(409); // not sent yet
    expect((await planner.get('/api/approvals/pending')).body.items.some((a: { id: string }) => a.id === big.id)).toBe(false);
    const own = await planner.call('POST', `/api/approvals/purchase/${big.id}/decision`, { body: { version: big.version, approve: true } });
    expect(own.status).toBe(422);
    const pending = (await manager.get('/api/approvals/pending')).body.items.find((a: { id: string }) => a.id === big.id);
    expect(pending).toMatchObject({ type: 'purchase', amountFen: 3_000_000 });
    const ok = await manager.call('POST', `/api/approvals/purchase/${big.id}/decision`, { body: { version: pending.version, approve: true, note: '同意' } });
    expect(ok.status).toBe(200);
    const after = (await planner.get(`/api/purchase-orders/${big.id}`)).body;
    expect(after).toMatchObject({ status: 'sent', approvedByName: expect.any(String), decisionNote: '同意' });
    expect((await planner.call('POST', `/api/purchase-orders/${big.id}/send`, { body: { version: after.version } })).status).toBe(409);
    expect((await planner.call('POST', `/api/purchase-orders/${big.id}/cancel`, { body: { version: after.version } })).status).toBe(409);
  });

  it('partial receipts at moving-average cost; more than ordered needs confirmation and changes nothing without it', async () => {
    const part = await f.part({ partNo: 'PO-RCV', costPriceFen: 1000 });
    await f.receipt({ partId: part.id, locationId: loc.id, qty: 2, unitCostFen: 1000 });
    const po = await p.purchaseOrder({ lines: [{ partId: part.id, qty: 4, unitCostFen: 1600 }], send: true });
    const first = await receive(po, [{ lineId: po.lines[0].id, qty: 2 }]);
    expect(first.status).toBe(201);
    expect(first.body.order).toMatchObject({ status: 'partly_received', lines: [{ received: 2, open: 2 }] });
    expect((await keeper.get(`/api/stock?q=PO-RCV`)).body.items[0]).toMatchObject({ onHand: 4, costPriceFen: 1300 }); // (2×10 + 2×16) / 4
    const o1 = first.body.order as PurchaseOrder;
    expect((await receive(po, [{ lineId: po.lines[0].id, qty: 1 }])).status).toBe(409); // stale version
    const over = await receive(o1, [{ lineId: po.lines[0].id, qty: 3 }]);
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({
      code: 'OVER_RECEIPT',
      fields: [expect.objectContaining({ path: 'lines.0.qty', message: expect.stringContaining('1') })],
    });
    expect((await keeper.get(`/api/stock?q=PO-RCV`)).body.items[0].onHand).toBe(4);
    const wrongLoc = await receive(o1, [{ lineId: po.lines[0].id, qty: 1, locationId: crypto.randomUUID() }]);
    expect(wrongLoc.status).toBe(400);
    expect(wrongLoc.body.error.fields).toEqual([expect.objectContaining({ path: 'lines.0.locationId' })]);
    const confirmed = await receive(o1, [{ lineId: po.lines[0].id, qty: 3 }], true);
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.order).toMatchObject({ status: 'received', lines: [{ ordered: 4, received: 5, open: 0 }] });
    expect((await keeper.get(`/api/stock?q=PO-RCV`)).body.items[0].onHand).toBe(7);
    expect((await receive(confirmed.body.order, [{ lineId: po.lines[0].id, qty: 1 }], true)).status).toBe(409); // received: closed for receipts
    expect((await planner.call('POST', `/api/purchase-orders/${po.id}/receipts`, { body: { version: 1, lines: [] } })).status).toBe(400);
  });

  it('received parts serve the oldest backorder first, take its order out of 待料 and tell its advisor', async () => {
    const part = await f.part({ partNo: 'PO-WAIT', costPriceFen: 500 });
    const older = await f.workOrder({ status: 'in_progress', parts: [{ partId: part.id, qty: 1 }] });
    h.advance(60_000);
    const newer = await f.workOrder({ status: 'in_progress', parts: [{ partId: part.id, qty: 1 }] });
    expect([older.status, newer.status]).toEqual(['waiting_parts', 'waiting_parts']);
    const po = await p.purchaseOrder({ lines: [{ partId: part.id, qty: 2 }], send: true });
    const res = await receive(po, [{ lineId: po.lines[0].id, qty: 1 }]);
    expect(res.body.fulfilled).toEqual([expect.objectContaining({ workOrderId: older.id, qty: 1 })]);
    expect((await f.reload(older.id)).status).toBe('in_progress');
    expect((await f.reload(newer.id)).status).toBe('waiting_parts');
    const sent = await h.db
      .select()
      .from(notifications)
      .where(like(notifications.title, `${older.number} 缺件已到货%`));
    expect(sent).toEqual([expect.objectContaining({ recipientEmployeeId: expect.any(String), title: expect.stringContaining('工单已复工') })]);
  });

  it('exports the order in the supplier’s layout: the manufacturer’s upload columns, or a priced sheet for a local supplier', async () => {
    const part = await f.part({ partNo: 'PO-XLS', name: '机油滤清器', costPriceFen: 4150 });
    const oem = await p.purchaseOrder({ vendorId: (await p.vendor({ kind: 'oem' })).id, lines: [{ partId: part.id, qty: 3 }] });
    const local = await p.purchaseOrder({ lines: [{ partId: part.id, qty: 2 }] });
    const read = async (po: PurchaseOrder) => {
      const res = await keeper.call('GET', `/api/purchase-orders/${po.id}/xlsx`);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as unknown as ArrayBuffer);
      return wb.worksheets[0].getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : []));
    };
    const a = await read(oem);
    expect(a[1]).toEqual(['经销商代码', '订单号', '零件号', '零件名称', '订货数量', '订单类型', '备注']);
    expect(a[2].slice(0, 6)).toEqual([expect.any(String), oem.number, 'PO-XLS', '机油滤清器', 3, '常规']);
    const b = await read(local);
    expect(b[5]).toEqual(['序号', '配件编号', '配件名称', '单位', '数量', '单价(元)', '金额(元)']);
    expect(b[6]).toEqual([1, 'PO-XLS', '机油滤清器', expect.any(String), 2, 41.5, 83]);
    expect(b[7]).toEqual(['合计', '', '', '', '', '', 83]);
  });
});
