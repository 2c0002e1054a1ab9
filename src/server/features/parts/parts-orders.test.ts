import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { stockLedger } from '../../test/stock-ledger.js';

let h: Harness;
let f: Factories;
let advisor: Session, keeper: Session, outsider: Session;
let loc: { id: string; code: string };
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  [advisor, keeper] = [await h.login('advisor'), await h.login('keeper')];
  // A franchised provider under the station, with its own (superuser) login: it sees only its own point.
  const branch = await f.servicePoint({ kind: 'franchise', code: 'FR-P1', nameZh: '特约服务商' });
  outsider = await f.session({ username: 'branch', displayName: '特约站管理员', servicePointId: branch.id, isSuperuser: true });
  loc = await f.location({ code: 'W-01-01' });
});
const ledger = (partId: string) => stockLedger(h.db, partId);
const stockOf = async (partNo: string) => (await keeper.get(`/api/stock?q=${partNo}`)).body.items[0];
const pickingList = (id: string) => keeper.get(`/api/work-orders/${id}/picking-list`);
const pick = (id: string, body: object = {}) => keeper.call('POST', `/api/work-orders/${id}/pick`, { body });

describe('reservation on confirmation', () => {
  it('confirm reserves free stock; a shortage becomes a backorder that the next receipt fills, oldest first', async () => {
    const p = await f.part({ partNo: 'RSV-1', costPriceFen: 800 });
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 3, unitCostFen: 800 });
    const a = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 2 }] });
    const b = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 2 }] });
    h.advance(60_000);
    const c = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 1 }] });
    expect((await pickingList(a.id)).body.lines).toEqual([
      expect.objectContaining({ partNo: 'RSV-1', requested: 2, toPick: 2, short: 0, status: 'reserved', locationCodes: ['W-01-01'] }),
    ]);
    expect((await pickingList(b.id)).body.lines[0]).toMatchObject({ requested: 2, toPick: 1, short: 1, status: 'short' });
    expect(await stockOf('RSV-1')).toMatchObject({ onHand: 3, reserved: 3, available: 0, backordered: 2 });
    const backorders = (await advisor.get('/api/backorders')).body.items.filter((x: { partNo: string }) => x.partNo === 'RSV-1');
    expect(backorders.map((x: { workOrderNumber: string; short: number }) => [x.workOrderNumber, x.short])).toEqual([
      [b.number, 1],
      [c.number, 1],
    ]);
    const receipt = await f.receipt({ partId: p.id, locationId: loc.id, qty: 1, unitCostFen: 800 });
    expect(receipt.fulfilled).toEqual([{ workOrderId: b.id, workOrderNumber: b.number, workOrderLineId: b.lines[0].id, qty: 1 }]);
    expect((await pickingList(b.id)).body.lines[0]).toMatchObject({ toPick: 2, short: 0, status: 'reserved' });
    expect(
      (await advisor.get('/api/backorders')).body.items
        .filter((x: { partNo: string }) => x.partNo === 'RSV-1')
        .map((x: { workOrderId: string }) => x.workOrderId),
    ).toEqual([c.id]);
    const { onHand, reserved, lines } = await ledger(p.id);
    expect([onHand, reserved, lines.reduce((s, l) => s + l.reservedMilli, 0)]).toEqual([4000, 4000, 4000]);
  });

  it('cancel releases the reservations and drops the backorder', async () => {
    const p = await f.part({ partNo: 'CNL-1' });
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 1, unitCostFen: 1000 });
    const w = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 3 }] });
    expect(await stockOf('CNL-1')).toMatchObject({ reserved: 1, backordered: 2 });
    const cancelled = await f.act(w, 'cancel', '客户放弃维修');
    expect(cancelled.status).toBe(200);
    expect(await stockOf('CNL-1')).toMatchObject({ onHand: 1, reserved: 0, available: 1, backordered: 0 });
    expect((await pickingList(w.id)).body.lines[0]).toMatchObject({ status: 'released', toPick: 0, short: 0 });
  });
});

describe('picking and returns', () => {
  it('picking issues reserved stock at cost and records whether the line was filled at its first pick', async () => {
    const p = await f.part({ partNo: 'PCK-1', costPriceFen: 2000 });
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 2, unitCostFen: 2000 });
    const full = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 2 }] });
    const short = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 2 }] });
    const picked = await pick(full.id);
    expect(picked.status).toBe(200);
    expect(picked.body.lines[0]).toMatchObject({ toPick: 0, issued: 2, status: 'issued', isFilledAtPick: true });
    expect(await stockOf('PCK-1')).toMatchObject({ onHand: 0, reserved: 0 });
    expect((await pick(full.id)).body.error.code).toBe('NOTHING_TO_PICK');
    expect((await pick(short.id)).status).toBe(409); // nothing reserved yet
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 1, unitCostFen: 2600 }); // moving average: (0 + 1×2600) / 1
    const partial = await pick(short.id, { lines: [{ workOrderLineId: short.lines[0].id, qty: 1 }] });
    expect(partial.body.lines[0]).toMatchObject({ issued: 1, short: 1, status: 'short', isFilledAtPick: false });
    const { movements, onHand } = await ledger(p.id);
    expect(movements.filter((m) => m.kind === 'issue').map((m) => [m.qtyMilli, m.unitCostFen, m.workOrderId])).toEqual([
      [-2000, 2000, full.id],
      [-1000, 2600, short.id],
    ]);
    expect(onHand).toBe(0);
  });

  it('unused parts come back to a location, at most what was issued and not returned; an order with issued parts cannot be cancelled', async () => {
    const p = await f.part({ partNo: 'RET-1', costPriceFen: 300 });
    const shelf = await f.location({ code: 'W-09-09' });
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 5, unitCostFen: 300 });
    const w = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 4 }] });
    await pick(w.id);
    const cancel = await f.act(w, 'cancel', '客户放弃');
    expect(cancel.status).toBe(422);
    expect(cancel.body.error.code).toBe('PARTS_ISSUED');
    const back = await keeper.call('POST', `/api/work-orders/${w.id}/returns`, { body: { workOrderLineId: w.lines[0].id, qty: 3, locationId: shelf.id } });
    expect(back.status).toBe(200);
    expect(back.body.lines[0]).toMatchObject({ issued: 4, returned: 3 });
    const tooMany = await keeper.call('POST', `/api/work-orders/${w.id}/returns`, { body: { workOrderLineId: w.lines[0].id, qty: 2, locationId: shelf.id } });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error).toMatchObject({ code: 'RETURN_EXCEEDS_ISSUED', fields: [{ path: 'qty', message: '最多可退 1' }] });
    expect(await stockOf('RET-1')).toMatchObject({
      onHand: 4,
      locations: [
        { code: 'W-01-01', onHand: 1 },
        { code: 'W-09-09', onHand: 3 },
      ],
    });
    expect((await ledger(p.id)).movements.at(-1)).toMatchObject({ kind: 'return', qtyMilli: 3000, unitCostFen: 300, workOrderId: w.id });
    await keeper.call('POST', `/api/work-orders/${w.id}/returns`, { body: { workOrderLineId: w.lines[0].id, qty: 1, locationId: loc.id } });
    const fresh = (await advisor.get(`/api/work-orders/${w.id}`)).body;
    expect((await f.act(fresh, 'cancel', '客户放弃')).status).toBe(200);
  });

  it('400 / 403 / 404 / 409 on picking', async () => {
    const p = await f.part({ partNo: 'ERR-1' });
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 1, unitCostFen: 1000 });
    const w = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 1 }] });
    const other = await f.workOrder({ status: 'confirmed', parts: [{ partId: p.id, qty: 1 }] });
    const foreign = await pick(w.id, { lines: [{ workOrderLineId: other.lines[0].id, qty: 1 }] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0].path).toBe('lines.0.workOrderLineId');
    expect((await pick(w.id, { lines: [{ workOrderLineId: w.lines[0].id, qty: -1 }] })).status).toBe(400);
    const over = await pick(w.id, { lines: [{ workOrderLineId: w.lines[0].id, qty: 2 }] });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'INSUFFICIENT_STOCK', message: '库存不足' });
    expect((await advisor.call('POST', `/api/work-orders/${w.id}/pick`, { body: {} })).status).toBe(403);
    expect((await advisor.get(`/api/work-orders/${w.id}/picking-list`)).status).toBe(200);
    expect((await outsider.get(`/api/work-orders/${w.id}/picking-list`)).status).toBe(404);
    expect((await outsider.call('POST', `/api/work-orders/${w.id}/pick`, { body: {} })).status).toBe(404);
    expect((await pick('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const draft = await f.workOrder({ signed: true, parts: [{ partId: p.id, qty: 1 }] });
    const illegal = await pick(draft.id);
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.code).toBe('ILLEGAL_TRANSITION');
  });
});
