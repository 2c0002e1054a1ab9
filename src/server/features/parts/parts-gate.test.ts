import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import type { PickingQueueItem } from '../../../contracts/parts.js';

let h: Harness;
let f: Factories;
let advisor: Session, keeper: Session;
let loc: { id: string };
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  [advisor, keeper] = [await h.login('advisor'), await h.login('keeper')];
  loc = await f.location({ code: 'G-01-01' });
});
const queue = async () => (await keeper.get<{ items: PickingQueueItem[] }>('/api/picking-queue')).body.items;
const inQueue = async (id: string) => (await queue()).find((q) => q.workOrderId === id);
const pick = (id: string, body: object = {}) => keeper.call('POST', `/api/work-orders/${id}/pick`, { body });
const release = (id: string, workOrderLineId: string, reason?: string, as = keeper) =>
  as.call('POST', `/api/work-orders/${id}/parts-release`, { body: { workOrderLineId, reason } });
/** A part with `qty` in stock at the test location. */
async function stocked(partNo: string, qty: number, retailPriceFen = 10_000) {
  const p = await f.part({ partNo, retailPriceFen, costPriceFen: 5000 });
  if (qty) await f.receipt({ partId: p.id, locationId: loc.id, qty, unitCostFen: 5000 });
  return p;
}

describe('the parts gate (领料控制)', () => {
  it('the job completing an order cannot be finished until its parts are issued; the picking queue shows the order whatever its status', async () => {
    const p = await stocked('GATE-1', 2);
    const op = await f.laborOperation();
    const { order, jobs } = await f.jobs({
      lines: [
        { kind: 'labor', laborOperationId: op.id },
        { kind: 'parts', partId: p.id, qty: 2 },
      ],
    });
    expect(await inQueue(order.id)).toMatchObject({ workOrderStatus: 'confirmed', unissuedLines: 1, shortLines: 0, partLines: 1 });
    const job = (await f.assignJob(jobs[0], '高建平')).body;
    const gao = await f.sessionOf('高建平');
    const started = (await f.jobAction(gao, job, 'start')).body;
    const refused = await f.jobAction(gao, started, 'finish');
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'PARTS_NOT_ISSUED' });
    expect(refused.body.error.message).toContain('×2');
    expect((await f.reload(order.id)).status).toBe('in_progress');
    expect(await inQueue(order.id)).toMatchObject({ workOrderStatus: 'in_progress', unissuedLines: 1 });
    // The advisor's own action is gated the same way.
    expect((await f.act(await f.reload(order.id), 'finish')).body.error.code).toBe('PARTS_NOT_ISSUED');
    expect((await pick(order.id)).status).toBe(200);
    expect((await f.jobAction(gao, started, 'finish')).status).toBe(200);
    expect((await f.reload(order.id)).status).toBe('qc');
    // Issued parts may still come back before settlement: the order stays listed, nothing left to issue.
    expect(await inQueue(order.id)).toMatchObject({ workOrderStatus: 'qc', unissuedLines: 0 });
  }, 90_000); // several orders through the whole flow: slow on a busy machine

  it('a part not needed is released with a reason (audited): the reservation goes back to stock and the order may finish', async () => {
    const [a, b] = [await stocked('REL-A', 1), await stocked('REL-B', 5)];
    const w = await f.workOrder({
      status: 'in_progress',
      parts: [
        { partId: a.id, qty: 1 },
        { partId: b.id, qty: 3 },
      ],
    });
    const lineB = w.lines.find((l) => l.partId === b.id)!;
    const noReason = await release(w.id, lineB.id, ' ');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].path).toBe('reason');
    expect((await release(w.id, w.lines[0].id, '不需要', await h.login('crm'))).status).toBe(403);
    const released = await release(w.id, lineB.id, '客户自带配件');
    expect(released.status).toBe(200);
    expect(released.body.lines.find((l: { workOrderLineId: string }) => l.workOrderLineId === lineB.id)).toMatchObject({
      status: 'released',
      toPick: 0,
      releaseReason: '客户自带配件',
    });
    expect((await keeper.get('/api/stock?q=REL-B')).body.items[0]).toMatchObject({ onHand: 5, reserved: 0 });
    expect((await release(w.id, lineB.id, '再次释放')).body.error.code).toBe('NOTHING_TO_RELEASE');
    const audit = (await (await h.login('admin')).get(`/api/audit-entries?entityId=${w.id}&pageSize=200`)).body.items;
    expect(audit).toContainEqual(expect.objectContaining({ action: 'parts.release-unneeded', summary: expect.stringContaining('REL-B') }));
    expect(audit.find((e: { action: string }) => e.action === 'parts.release-unneeded').summary).toContain('客户自带配件');
    expect((await f.act(await f.reload(w.id), 'finish')).body.error.message).toContain('×1'); // part A still owed
    expect((await pick(w.id)).status).toBe(200);
    expect((await f.act(await f.reload(w.id), 'finish')).status).toBe(200);
  }, 90_000); // several orders through the whole flow: slow on a busy machine

  it('待料 is set when a started order misses parts and cleared when they arrive or are released; the 待料 page agrees with the queue', async () => {
    const p = await stocked('WAIT-1', 0);
    const q = await stocked('WAIT-2', 0);
    const w = await f.workOrder({ status: 'in_progress', parts: [{ partId: p.id, qty: 2 }] });
    expect(w.status).toBe('waiting_parts');
    expect(await inQueue(w.id)).toMatchObject({ workOrderStatus: 'waiting_parts', shortLines: 1 });
    const backorders = (await advisor.get('/api/backorders')).body.items.filter((b: { workOrderId: string }) => b.workOrderId === w.id);
    expect(backorders).toEqual([expect.objectContaining({ partNo: 'WAIT-1', short: 2, workOrderStatus: 'waiting_parts' })]);
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 1 });
    expect((await f.reload(w.id)).status).toBe('waiting_parts'); // one of two: still short
    await f.receipt({ partId: p.id, locationId: loc.id, qty: 1 });
    expect((await f.reload(w.id)).status).toBe('in_progress');
    expect((await advisor.get('/api/backorders')).body.items.some((b: { workOrderId: string }) => b.workOrderId === w.id)).toBe(false);
    // Nobody sets 待料 by hand when nothing is short; a short line released as not needed clears it too.
    expect((await f.act(await f.reload(w.id), 'wait_parts')).body.error.code).toBe('NO_BACKORDER');
    const v = await f.workOrder({ status: 'in_progress', parts: [{ partId: q.id, qty: 1 }] });
    expect(v.status).toBe('waiting_parts');
    expect((await release(v.id, v.lines[0].id, '改用替代件', advisor)).status).toBe(200);
    expect((await f.reload(v.id)).status).toBe('in_progress');
  }, 90_000); // several orders through the whole flow: slow on a busy machine
});

describe('settlement bills what was issued', () => {
  it('a return reduces the bill; a released line is not billed; a return after opening asks for a new settlement', async () => {
    const [oil, filter] = [await stocked('BILL-OIL', 10, 9000), await stocked('BILL-FLT', 1, 6800)];
    const w = await f.workOrder({
      type: 'maintenance',
      status: 'in_progress',
      parts: [
        { partId: oil.id, qty: 5 },
        { partId: filter.id, qty: 1 },
      ],
    });
    const [oilLine, filterLine] = w.lines.filter((l) => l.kind === 'parts');
    expect((await release(w.id, filterLine.id, '滤清器上次已换')).status).toBe(200);
    expect((await pick(w.id)).status).toBe(200);
    expect((await keeper.call('POST', `/api/work-orders/${w.id}/returns`, { body: { workOrderLineId: oilLine.id, qty: 1, locationId: loc.id } })).status).toBe(
      200,
    );
    let ready = await f.reload(w.id);
    for (const a of ['finish', 'qc_pass']) ready = (await f.act(ready, a)).body;
    expect(ready.status).toBe('ready');
    const s = (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).body;
    const labor = ready.quote.laborFen;
    expect(s.grossFen).toBe(labor + 4 * 9000); // 5 planned, 4 used; the filter released
    expect(s.billedParts).toEqual([
      { workOrderLineId: oilLine.id, code: 'BILL-OIL', name: expect.any(String), plannedQty: 5, billedQty: 4 },
      { workOrderLineId: filterLine.id, code: 'BILL-FLT', name: expect.any(String), plannedQty: 1, billedQty: 0 },
    ]);
    // One more litre comes back after the settlement was opened: payment refuses the stale bill, reopening fixes it.
    expect((await keeper.call('POST', `/api/work-orders/${w.id}/returns`, { body: { workOrderLineId: oilLine.id, qty: 1, locationId: loc.id } })).status).toBe(
      200,
    );
    const admin = await h.login('admin');
    const stale = await admin.call('POST', `/api/settlements/${s.id}/payment`, {
      body: { version: s.version, payments: [{ method: 'cash', amountFen: s.payableFen }] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('BILL_CHANGED');
    const again = (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).body;
    expect(again).toMatchObject({ id: s.id, grossFen: labor + 3 * 9000 });
    const paid = await admin.call('POST', `/api/settlements/${s.id}/payment`, {
      body: { version: again.version, payments: [{ method: 'cash', amountFen: again.payableFen }] },
    });
    expect(paid.body.status).toBe('settled');
    const html = (await advisor.get(`/api/work-orders/${w.id}/settlement/print`)).body as string;
    expect(html).toContain('<td class="n">3</td>');
    // Settled: nothing more is issued or returned.
    expect((await keeper.call('POST', `/api/work-orders/${w.id}/returns`, { body: { workOrderLineId: oilLine.id, qty: 1, locationId: loc.id } })).status).toBe(
      409,
    );
  }, 90_000); // several orders through the whole flow: slow on a busy machine
});
