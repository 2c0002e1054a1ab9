import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, ok, type Factories, type Session } from '../../test/factories.js';
import { stockLedger } from '../../test/stock-ledger.js';
import { parts, stockMovements } from '../../db/schema.js';
import type { Transfer } from '../../../contracts/stock-ops.js';

// ST-0001 (the harness station) and ST-0002 stand under RC-EAST; ST-0003 alone under RC-SOUTH.
let h: Harness;
let f: Factories;
let keeper: Session, s2keeper: Session, s2mgr: Session, s3keeper: Session, region: Session, hqNet: Session;
let st1: string, st2: string, st3: string;
let locA: { id: string }, locB: { id: string };
beforeAll(async () => {
  h = await createHarness({ network: true });
  f = createFactories(h);
  ({ 'ST-0002': st2, 'ST-0003': st3 } = h.network!.pointIds);
  st1 = h.installed.orgPointId;
  [keeper, s2keeper, s2mgr, s3keeper, region, hqNet] = await Promise.all(
    ['keeper', 's2-keeper', 's2-partsmgr', 's3-keeper', 'region', 'hq-network'].map((u) => h.login(u)),
  );
  locA = await f.location({ code: 'TA-01' });
  locB = ok(await s2keeper.call('POST', '/api/warehouse-locations', { body: { code: 'TB-01', servicePointId: st2 } }), 'location B');
});

/** The same part number in both catalogs; `stockB` received at ST-0002 at `costB`. */
async function partPair(partNo: string, stockB: number, costB = 1200) {
  const a = await f.part({ partNo, costPriceFen: 1000 });
  const [b] = await h.db.insert(parts).values({ servicePointId: st2, partNo, name: a.name, retailPriceFen: 2400, costPriceFen: costB }).returning();
  if (stockB)
    ok(await s2keeper.call('POST', '/api/stock/receipts', { body: { partId: b.id, locationId: locB.id, qty: stockB, unitCostFen: costB } }), 'receipt B');
  return { a, b };
}
const request = (partNo: string, qty: number, from = st2, as = keeper) =>
  as.call('POST', '/api/stock-transfers', { body: { fromPointId: from, toPointId: st1, lines: [{ partNo, qty }], note: '待料' } });
const act = (t: Transfer, action: string, as: Session, note = '') =>
  as.call('POST', `/api/stock-transfers/${t.id}/${action}`, { body: { version: t.version, note } });
const ship = (t: Transfer, as = s2keeper) => act(t, 'shipment', as);

describe('network stock (库存共享)', () => {
  it('a station sees its siblings’ stock by default, not another region’s; HQ can open the whole tree', async () => {
    await partPair('NS-1', 7);
    const seen = (await keeper.get(`/api/network-stock?partNo=NS-1`)).body;
    expect(seen).toMatchObject({ mode: 'siblings', items: [{ servicePointId: st2, code: 'ST-0002', onHand: 7, available: 7 }] });
    expect((await s3keeper.get(`/api/network-stock?partNo=NS-1`)).body.items).toEqual([]);
    // The region closes sharing; then HQ's subtree setting does not reach below it, but reaches ST-0003.
    const east = h.network!.pointIds['RC-EAST'];
    expect((await region.call('PUT', `/api/stock-sharing/${east}`, { body: { mode: 'none', version: 0 } })).status).toBe(200);
    expect((await keeper.get(`/api/network-stock?partNo=NS-1`)).body).toMatchObject({ mode: 'none', items: [] });
    const hq = h.network!.pointIds['OEM-HQ'];
    expect((await hqNet.call('PUT', `/api/stock-sharing/${hq}`, { body: { mode: 'subtree', version: 0 } })).status).toBe(200);
    // ST-0001 carries the part (none on hand), ST-0002 has 7.
    expect((await s3keeper.get(`/api/network-stock?partNo=NS-1`)).body.items.map((i: { code: string; onHand: number }) => [i.code, i.onHand])).toEqual([
      ['ST-0001', 0],
      ['ST-0002', 7],
    ]);
    // Back to the default under RC-EAST (siblings); a station is no network point; a stale version is refused.
    expect((await region.call('PUT', `/api/stock-sharing/${east}`, { body: { mode: 'siblings', version: 1 } })).status).toBe(200);
    expect((await region.call('PUT', `/api/stock-sharing/${east}`, { body: { mode: 'none', version: 1 } })).status).toBe(409);
    expect((await region.call('PUT', `/api/stock-sharing/${st1}`, { body: { mode: 'none', version: 0 } })).status).toBe(422);
    expect((await keeper.call('PUT', `/api/stock-sharing/${east}`, { body: { mode: 'none', version: 2 } })).status).toBe(403);
  });
});

describe('transfers (调拨)', () => {
  it('request → approval above authority through 待我审批 → ship into transit → partial receipts serving the oldest backorder', async () => {
    const { a, b } = await partPair('TR-1', 10);
    const w = await f.workOrder({ status: 'in_progress', parts: [{ partId: a.id, qty: 2 }] });
    expect(w.status).toBe('waiting_parts');
    let t: Transfer = ok(await request('TR-1', 4), 'request');
    expect(t).toMatchObject({
      origin: 'request',
      status: 'requested',
      fromPointId: st2,
      toPointId: st1,
      totalFen: 4800,
      lines: [{ partNo: 'TR-1', qty: 4, inTransit: 0 }],
    });
    expect(t.number).toMatch(/^DB\d{12}$/);
    // Only the supplying station approves; its keeper has no stock authority: on to 待我审批.
    expect((await act(t, 'approve', keeper)).status).toBe(403);
    expect((await ship(t)).status).toBe(409);
    t = ok(await act(t, 'approve', s2keeper), 'escalate');
    expect(t.status).toBe('pending_approval');
    expect((await s2keeper.get('/api/approvals/pending')).body.items.some((i: { id: string }) => i.id === t.id)).toBe(false); // not their own
    const pending = (await s2mgr.get('/api/approvals/pending')).body.items.find((i: { id: string }) => i.id === t.id);
    expect(pending).toMatchObject({ type: 'transfer', amountFen: 4800 });
    ok(await s2mgr.call('POST', `/api/approvals/transfer/${t.id}/decision`, { body: { version: t.version, approve: true, note: '同意' } }), 'decide');
    t = (await keeper.get<Transfer>(`/api/stock-transfers/${t.id}`)).body;
    expect(t).toMatchObject({ status: 'approved', approvedByName: expect.any(String) });

    t = ok(await ship(t), 'ship');
    expect(t).toMatchObject({ status: 'in_transit', lines: [{ shipped: 4, inTransit: 4, unitCostFen: 1200 }] });
    const lb = await stockLedger(h.db, b.id);
    expect(lb.onHand).toBe(6000);
    expect(lb.movements.filter((m) => m.kind === 'transfer_out')).toEqual([expect.objectContaining({ qtyMilli: -4000, unitCostFen: 1200 })]);

    // Receiving more than is in transit: a field error, nothing changes.
    const r = (lines: { qty: number }[], tr = t) =>
      keeper.call('POST', `/api/stock-transfers/${tr.id}/receipts`, {
        body: { version: tr.version, lines: lines.map((l) => ({ lineId: t.lines[0].id, locationId: locA.id, ...l })) },
      });
    const over = await r([{ qty: 5 }]);
    expect(over.status).toBe(400);
    expect(over.body.error.fields).toEqual([expect.objectContaining({ path: 'lines.0.qty', message: expect.stringContaining('超出在途数量 1') })]);
    expect((await r([{ qty: 2 }, { qty: 3 }])).body.error.fields).toEqual([expect.objectContaining({ path: 'lines.1.qty' })]);
    expect((await stockLedger(h.db, a.id)).onHand).toBe(0);
    // The supplier may not receive; the receiver receives 3, at the transferred cost; the backorder is served.
    expect(
      (
        await s2keeper.call('POST', `/api/stock-transfers/${t.id}/receipts`, {
          body: { version: t.version, lines: [{ lineId: t.lines[0].id, qty: 1, locationId: locB.id }] },
        })
      ).status,
    ).toBe(403);
    const first = await r([{ qty: 3 }]);
    expect(first.status).toBe(201);
    expect(first.body.transfer).toMatchObject({ status: 'partly_received', lines: [{ received: 3, inTransit: 1 }] });
    expect(first.body.fulfilled).toEqual([expect.objectContaining({ workOrderId: w.id, qty: 2 })]);
    expect((await f.reload(w.id)).status).toBe('in_progress');
    const [pa] = await h.db.select().from(parts).where(eq(parts.id, a.id));
    expect(pa.costPriceFen).toBe(1200);
    const la = await stockLedger(h.db, a.id);
    expect([la.onHand, la.reserved]).toEqual([3000, 2000]);
    expect(la.movements).toEqual([expect.objectContaining({ kind: 'transfer_in', qtyMilli: 3000, unitCostFen: 1200 })]);
    t = first.body.transfer;
    const last = await r([{ qty: 1 }], t);
    expect(last.body.transfer).toMatchObject({ status: 'received', lines: [{ received: 4, inTransit: 0 }] });
    expect((await r([{ qty: 1 }], last.body.transfer)).status).toBe(409);
  });

  it('refuses a transfer of stock that is not there (field error, nothing moves), and shipping after cancel', async () => {
    const { b } = await partPair('TR-2', 3);
    let t: Transfer = ok(await request('TR-2', 5), 'request');
    t = ok(await act(t, 'approve', s2mgr), 'approve'); // ¥60 within the parts supervisor's authority
    expect(t.status).toBe('approved');
    const short = await ship(t);
    expect(short.status).toBe(422);
    expect(short.body.error).toMatchObject({ code: 'INSUFFICIENT_STOCK', fields: [{ path: 'lines.0.qty', message: expect.stringContaining('可用 3') }] });
    expect((await stockLedger(h.db, b.id)).onHand).toBe(3000);
    expect(
      (
        await h.db
          .select()
          .from(stockMovements)
          .where(and(eq(stockMovements.partId, b.id), eq(stockMovements.kind, 'transfer_out')))
      ).length,
    ).toBe(0);
    t = ok(await act(t, 'cancel', keeper, '改向主机厂订货'), 'cancel');
    expect(t.status).toBe('cancelled');
    expect((await ship(t)).status).toBe(409);
  });

  it('bad requests: another region, an unknown part, the same part twice; an offer from the supplier; rejection', async () => {
    await partPair('TR-3', 2);
    const far = await request('TR-3', 1, st3);
    expect([far.status, far.body.error.fields[0]]).toEqual([400, expect.objectContaining({ path: 'fromPointId' })]);
    const unknown = await request('NOPE', 1);
    expect(unknown.body.error.fields).toEqual([expect.objectContaining({ path: 'lines.0.partNo', message: '调出网点没有该配件' })]);
    const twice = await keeper.call('POST', '/api/stock-transfers', {
      body: {
        fromPointId: st2,
        toPointId: st1,
        lines: [
          { partNo: 'TR-3', qty: 1 },
          { partNo: 'TR-3', qty: 1 },
        ],
      },
    });
    expect(twice.body.error.fields).toEqual([expect.objectContaining({ path: 'lines.1.partNo' })]);
    const neg = await request('TR-3', -1);
    expect([neg.status, neg.body.error.fields[0].path]).toEqual([400, 'lines.0.qty']);
    // ST-0003 cannot see the transfer; the offer is the supplier's.
    const offer: Transfer = ok(
      await s2keeper.call('POST', '/api/stock-transfers', { body: { fromPointId: st2, toPointId: st1, lines: [{ partNo: 'TR-3', qty: 2 }] } }),
      'offer',
    );
    expect(offer.origin).toBe('offer');
    expect((await s3keeper.get(`/api/stock-transfers/${offer.id}`)).status).toBe(404);
    expect((await keeper.get('/api/stock-transfers')).body.items.some((x: Transfer) => x.id === offer.id)).toBe(true);
    expect((await act(offer, 'reject', s2mgr, '自用')).body.status).toBe('rejected');
  });
});
