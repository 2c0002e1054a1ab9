import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, ok, type Factories, type Session } from '../../test/factories.js';
import { stockLedger } from '../../test/stock-ledger.js';
import type { StockCountDetail } from '../../../contracts/stock-ops.js';

let h: Harness;
let f: Factories;
let keeper: Session, partsmgr: Session, advisor: Session;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  [keeper, partsmgr, advisor] = await Promise.all(['keeper', 'partsmgr', 'advisor'].map((u) => h.login(u)));
});
const create = (locationIds: string[]) => keeper.call('POST', '/api/stock-counts', { body: { locationIds, note: '月度盘点' } });
const enter = (c: StockCountDetail, lines: { lineId: string; counted: number }[]) =>
  keeper.call('PUT', `/api/stock-counts/${c.id}/lines`, { body: { version: c.version, lines } });
const submit = (c: StockCountDetail, as = keeper) => as.call('POST', `/api/stock-counts/${c.id}/submit`, { body: { version: c.version } });
const lineOf = (c: StockCountDetail, partNo: string) => c.lines.find((l) => l.partNo === partNo)!;
const decide = (c: StockCountDetail, approve: boolean, as = partsmgr) =>
  as.call('POST', `/api/approvals/stock-count/${c.id}/decision`, { body: { version: c.version, approve, note: approve ? '核实无误' : '请复盘' } });
const reload = async (c: StockCountDetail) => (await keeper.get<StockCountDetail>(`/api/stock-counts/${c.id}`)).body;

describe('stocktaking (盘点)', () => {
  it('count sheet by location, entry, variance with value, approval above authority, booking reconciled with movements during the count', async () => {
    const l1 = await f.location({ code: 'PD-A' });
    const l2 = await f.location({ code: 'PD-B' });
    const p1 = await f.part({ partNo: 'PD-1', name: '机油滤清器', costPriceFen: 1000, stock: { qty: 10, locationId: l1.id } });
    const p3 = await f.part({ partNo: 'PD-3', costPriceFen: 500, stock: { qty: 2, locationId: l1.id } });
    await f.part({ partNo: 'PD-2', costPriceFen: 500, stock: { qty: 5, locationId: l2.id } });
    let c: StockCountDetail = ok(await create([l1.id]), 'count');
    expect(c).toMatchObject({ status: 'counting', allLocations: false, locationCodes: ['PD-A'], totals: { lines: 2, uncounted: 2 } });
    expect(c.number).toMatch(/^PD2026\d{4}$/);
    expect(c.lines.map((l) => [l.partNo, l.book, l.counted])).toEqual([
      ['PD-1', 10, null],
      ['PD-3', 2, null],
    ]);
    // One open count per location.
    const again = await create([l2.id, l1.id]);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'COUNT_IN_PROGRESS', fields: [{ path: 'locationIds.1' }] });
    expect((await advisor.call('POST', '/api/stock-counts', { body: { locationIds: [l2.id] } })).status).toBe(403);

    // The sheet: A4 HTML and .xlsx, by location.
    const print = await keeper.get(`/api/stock-counts/${c.id}/print`);
    expect(print.body).toContain('盘点表');
    expect(print.body).toContain('库位 PD-A');
    expect(print.body).toContain('机油滤清器');
    const xlsx = await keeper.get(`/api/stock-counts/${c.id}/xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const rows = wb.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes('PD-1') && r.includes('PD-A') && r.includes(10))).toBe(true);

    // A negative count is a field error and changes nothing; an incomplete count cannot be submitted.
    const neg = await enter(c, [{ lineId: lineOf(c, 'PD-1').id, counted: -1 }]);
    expect(neg.status).toBe(400);
    expect(neg.body.error.fields).toEqual([expect.objectContaining({ path: 'lines.0.counted', message: '实盘数量不能为负数' })]);
    expect((await reload(c)).version).toBe(c.version);
    c = ok(await enter(c, [{ lineId: lineOf(c, 'PD-1').id, counted: 8 }]), 'enter');
    expect(lineOf(c, 'PD-1')).toMatchObject({ counted: 8, bookAtEntry: 10, variance: -2, varianceFen: -2000 });
    const incomplete = await submit(c);
    expect(incomplete.body.error).toMatchObject({ code: 'COUNT_INCOMPLETE', fields: [{ path: 'lines.1.counted' }] });

    // Stock keeps moving while counting: 3 more arrive at PD-A after PD-1 was counted.
    await f.receipt({ partId: p1.id, locationId: l1.id, qty: 3, unitCostFen: 1000 });
    c = ok(await enter(c, [{ lineId: lineOf(c, 'PD-3').id, counted: 3 }]), 'enter');
    expect(c.totals).toMatchObject({ counted: 2, differing: 2, gainFen: 500, lossFen: 2000, absFen: 2500 });
    // The keeper has no stock authority: 待我审批; the parts supervisor approves and it is booked.
    c = ok(await submit(c), 'submit');
    expect(c).toMatchObject({ status: 'pending_approval', varianceFen: 2500 });
    expect((await enter(c, [{ lineId: lineOf(c, 'PD-3').id, counted: 2 }])).status).toBe(409);
    expect((await keeper.get('/api/approvals/pending')).body.items.some((i: { id: string }) => i.id === c.id)).toBe(false);
    expect((await partsmgr.get('/api/approvals/pending')).body.items.find((i: { id: string }) => i.id === c.id)).toMatchObject({
      type: 'stock-count',
      amountFen: 2500,
    });
    expect((await decide(c, true)).status).toBe(200);
    c = await reload(c);
    expect(c).toMatchObject({ status: 'booked', bookedAt: expect.any(String) });
    // Reconciled: 10 on the book when counted 8, +3 received later → 11 (not 8); PD-3 2 → 3.
    const l = await stockLedger(h.db, p1.id);
    expect(l.onHand).toBe(11_000);
    expect(l.movements.filter((m) => m.kind === 'adjust')).toEqual([expect.objectContaining({ qtyMilli: -2000, unitCostFen: 1000, note: c.number })]);
    expect((await stockLedger(h.db, p3.id)).onHand).toBe(3000);
    expect((await create([l1.id])).status).toBe(201); // the location is free again
  });

  it('no variance is booked at once; a loss that stock issued after the count would make negative is refused and nothing is booked', async () => {
    const loc = await f.location({ code: 'PD-C' });
    const p = await f.part({ partNo: 'PD-4', costPriceFen: 700, stock: { qty: 5, locationId: loc.id } });
    let c: StockCountDetail = ok(await create([loc.id]), 'count');
    c = ok(await enter(c, [{ lineId: c.lines[0].id, counted: 5 }]), 'enter');
    expect(ok(await submit(c), 'submit')).toMatchObject({ status: 'booked', varianceFen: 0 });

    c = ok(await create([loc.id]), 'count 2');
    c = ok(await enter(c, [{ lineId: c.lines[0].id, counted: 1 }]), 'enter'); // 4 missing
    c = ok(await submit(c), 'submit');
    expect(c.status).toBe('pending_approval');
    // Meanwhile the workshop takes 3 of the 5 on the book.
    const w = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 3 }] });
    ok(await keeper.call('POST', `/api/work-orders/${w.id}/pick`, { body: {} }), 'pick');
    const refused = await decide(c, true);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'NEGATIVE_STOCK', fields: [{ path: 'lines.0.counted' }] });
    expect((await reload(c)).status).toBe('pending_approval');
    expect((await stockLedger(h.db, p.id)).onHand).toBe(2000);
    // Sent back for a recount, then cancelled.
    expect((await decide(c, false)).status).toBe(200);
    c = await reload(c);
    expect(c.status).toBe('counting');
    c = ok(await keeper.call('POST', `/api/stock-counts/${c.id}/cancel`, { body: { version: c.version } }), 'cancel');
    expect(c.status).toBe('cancelled');
  });
});
