import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, ok, type Factories, type Session } from '../../test/factories.js';
import { stockLedger } from '../../test/stock-ledger.js';
import { parts } from '../../db/schema.js';
import type { Transfer } from '../../../contracts/stock-ops.js';

// On PostgreSQL (TEST_DB=postgres) these requests really run in parallel on several connections.
let h: Harness;
let f: Factories;
let keeper: Session, partsmgr: Session, s2keeper: Session;
let st1: string, st2: string;
beforeAll(async () => {
  h = await createHarness({ network: true });
  f = createFactories(h);
  st1 = h.installed.orgPointId;
  st2 = h.network!.pointIds['ST-0002'];
  [keeper, partsmgr, s2keeper] = await Promise.all(['keeper', 'partsmgr', 's2-keeper'].map((u) => h.login(u)));
});
const countBy = <T>(xs: T[], key: (x: T) => string | number) => {
  const m: Record<string, number> = {};
  for (const x of xs) m[key(x)] = (m[key(x)] ?? 0) + 1;
  return m;
};

describe('shipping a transfer while the workshop picks the same part', () => {
  it.each([1, 2, 3])('round %i: stock 5 with 3 reserved for an order; the pick, a transfer of 2 and one of 3 race: stock never negative', async (round) => {
    const locs = [await f.location(), await f.location()];
    const a = await f.part({ partNo: `RACE-${round}`, costPriceFen: 800 });
    await f.receipt({ partId: a.id, locationId: locs[0].id, qty: 3, unitCostFen: 800 });
    await f.receipt({ partId: a.id, locationId: locs[1].id, qty: 2, unitCostFen: 800 });
    await h.db.insert(parts).values({ servicePointId: st2, partNo: `RACE-${round}`, name: a.name, retailPriceFen: 1600, costPriceFen: 800 });
    const w = await f.workOrder({ status: 'confirmed', parts: [{ partId: a.id, qty: 3 }] });
    // ST-0002 asks for 2 and for 3; ST-0001's parts supervisor approves both (within authority).
    const transfers: Transfer[] = [];
    for (const qty of [2, 3]) {
      const t = ok(
        await s2keeper.call<Transfer>('POST', '/api/stock-transfers', {
          body: { fromPointId: st1, toPointId: st2, lines: [{ partNo: `RACE-${round}`, qty }] },
        }),
        'request',
      );
      transfers.push(ok(await partsmgr.call<Transfer>('POST', `/api/stock-transfers/${t.id}/approve`, { body: { version: t.version } }), 'approve'));
    }
    const [pick, ship2, ship3] = await Promise.all([
      keeper.call('POST', `/api/work-orders/${w.id}/pick`, { body: {} }),
      ...transfers.map((t) => keeper.call('POST', `/api/stock-transfers/${t.id}/shipment`, { body: { version: t.version } })),
    ]);
    // Only 2 are free whatever the order: the order's 3 are issued, the transfer of 2 ships, the one of 3 is refused.
    expect([pick.status, ship2.status, ship3.status]).toEqual([200, 200, 422]);
    expect(ship3.body.error).toMatchObject({ code: 'INSUFFICIENT_STOCK', fields: [{ path: 'lines.0.qty' }] });
    const l = await stockLedger(h.db, a.id);
    expect(l.items.every((i) => i.onHandMilli >= 0 && i.reservedMilli >= 0 && i.reservedMilli <= i.onHandMilli)).toBe(true);
    expect([l.onHand, l.reserved]).toEqual([0, 0]);
    expect(l.onHand).toBe(l.movements.reduce((s, m) => s + m.qtyMilli, 0));
    expect(countBy(l.movements, (m) => m.kind)).toMatchObject({ transfer_out: expect.any(Number), issue: expect.any(Number) });
    expect(l.movements.filter((m) => m.kind === 'transfer_out').reduce((s, m) => s - m.qtyMilli, 0)).toBe(2000);
    expect(l.lines[0].issuedMilli).toBe(3000);
    const after = await Promise.all(transfers.map(async (t) => (await keeper.get<Transfer>(`/api/stock-transfers/${t.id}`)).body.status));
    expect(after).toEqual(['in_transit', 'approved']);
  });
});
