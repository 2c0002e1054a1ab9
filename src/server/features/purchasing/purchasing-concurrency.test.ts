import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createPurchasingFactories } from '../../test/factories-purchasing.js';
import { stockLedger } from '../../test/stock-ledger.js';
import { purchaseOrderLines, purchaseReceipts } from '../../db/schema.js';
import type { PurchaseOrder } from '../../../contracts/purchasing.js';

// On PostgreSQL (TEST_DB=postgres) these requests really run in parallel on several connections.
let h: Harness;
let f: Factories;
let p: ReturnType<typeof createPurchasingFactories>;
let keeper: Session;
let loc: { id: string };
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  p = createPurchasingFactories(h);
  keeper = await h.login('keeper');
  loc = await f.location({ code: 'PC-01' });
});
const receipt = (po: PurchaseOrder, qty: number, confirmOver = false) =>
  keeper.call('POST', `/api/purchase-orders/${po.id}/receipts`, {
    body: { version: po.version, confirmOver, lines: [{ lineId: po.lines[0].id, qty, locationId: loc.id }] },
  });

describe('receiving against purchase orders under concurrency', () => {
  it('receipts of two orders racing picks of the same part: stock never negative, each backorder served once', async () => {
    const part = await f.part({ partNo: 'PC-RACE', costPriceFen: 1000 });
    await f.receipt({ partId: part.id, locationId: loc.id, qty: 1, unitCostFen: 1000 });
    // Six orders of 1: the first reserves the one on hand, five wait (待料).
    const orders = [];
    for (let i = 0; i < 6; i++) orders.push(await f.workOrder({ status: 'in_progress', parts: [{ partId: part.id, qty: 1 }] }));
    expect(orders.map((w) => w.status).sort()).toEqual(['in_progress', ...Array(5).fill('waiting_parts')]);
    const [a, b] = [
      await p.purchaseOrder({ lines: [{ partId: part.id, qty: 2 }], send: true }),
      await p.purchaseOrder({ lines: [{ partId: part.id, qty: 1 }], send: true }),
    ];

    const results = await Promise.all([receipt(a, 2), ...orders.map((w) => keeper.call('POST', `/api/work-orders/${w.id}/pick`, { body: {} })), receipt(b, 1)]);
    expect([results[0].status, results.at(-1)!.status].every((s) => s === 201 || s === 409)).toBe(true);
    expect(results.slice(1, -1).every((r) => [200, 409].includes(r.status))).toBe(true);
    // Whatever was refused for a concurrent update (409) is simply retried by the keeper.
    for (const [i, po] of [
      [0, a],
      [results.length - 1, b],
    ] as const)
      if (results[i].status === 409) expect((await receipt((await keeper.get(`/api/purchase-orders/${po.id}`)).body, po.id === a.id ? 2 : 1)).status).toBe(201);
    for (const w of orders) await keeper.call('POST', `/api/work-orders/${w.id}/pick`, { body: {} });

    const l = await stockLedger(h.db, part.id);
    expect(l.items.every((i) => i.onHandMilli >= 0 && i.reservedMilli >= 0 && i.reservedMilli <= i.onHandMilli)).toBe(true);
    // 4 came in (1 + 2 + 1): four lines served, each exactly once, two still short.
    const served = l.lines.filter((x) => x.issuedMilli + x.reservedMilli > 0);
    expect(served).toHaveLength(4);
    expect(l.lines.every((x) => x.issuedMilli + x.reservedMilli <= x.requestedMilli)).toBe(true);
    expect(l.lines.filter((x) => x.status === 'short')).toHaveLength(2);
    const issued = l.lines.reduce((s, x) => s + x.issuedMilli, 0);
    expect(l.onHand + issued).toBe(4000);
    expect(l.movements.filter((m) => m.kind === 'receive').reduce((s, m) => s + m.qtyMilli, 0)).toBe(4000);
    const waiting = await Promise.all(orders.map(async (w) => (await f.reload(w.id)).status));
    expect(waiting.filter((s) => s === 'waiting_parts')).toHaveLength(2);
  }, 120_000);

  it('the same receipt sent twice at once is booked once (the order version decides)', async () => {
    const part = await f.part({ partNo: 'PC-TWICE', costPriceFen: 1000 });
    const po = await p.purchaseOrder({ lines: [{ partId: part.id, qty: 5 }], send: true });
    const results = await Promise.all(Array.from({ length: 4 }, () => receipt(po, 3)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
    const [line] = await h.db.select().from(purchaseOrderLines).where(eq(purchaseOrderLines.purchaseOrderId, po.id));
    expect(line.receivedMilli).toBe(3000);
    expect(await h.db.select().from(purchaseReceipts).where(eq(purchaseReceipts.purchaseOrderId, po.id))).toHaveLength(1);
    expect((await stockLedger(h.db, part.id)).onHand).toBe(3000);
  }, 60_000);
});
