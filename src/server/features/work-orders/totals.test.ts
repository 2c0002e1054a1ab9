/** Stored order totals equal the priced lines after every kind of change (both databases: TEST_DB=postgres). */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import { MIGRATIONS_DIR } from '../../db/client.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';
import type { Tx } from '../../db/client.js';
import * as repo from './work-orders.repo.js';
import { appendLinesInTx } from './append-lines.js';
import { markLinePaidByVisitCard, storedTotals, totalsOf } from './totals.js';

let h: Harness;
let f: Factories;
let advisor: Awaited<ReturnType<Harness['login']>>;
let oilChange: { id: string };
let filter: { id: string; retailPriceFen: number };

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  advisor = await h.login('advisor');
  oilChange = await f.laborOperation({ code: 'BY-001', name: '更换机油及机油滤清器', defaultHours: 0.5 });
  filter = await f.part({ partNo: '06L115562', name: '机油滤清器', retailPriceFen: 6800, costPriceFen: 4150 });
}, 240_000);

/** The stored columns, the lines priced afresh, and what the API shows. */
async function check(id: string) {
  const row = (await repo.findWorkOrder(h.db, id))!;
  const fresh = totalsOf(await repo.linesOf(h.db, [id]));
  expect(storedTotals(row)).toEqual(fresh);
  const shown = (await advisor.call<WorkOrder>('GET', `/api/work-orders/${id}`)).body.quote;
  expect({ laborFen: shown.laborFen, partsFen: shown.partsFen, amountFen: shown.total.amountFen, customerPayableFen: shown.customerPayableFen }).toEqual(fresh);
  return fresh;
}

describe('stored order totals', () => {
  it('follow replaced lines (discounts, payers), appended 增项 lines, a visit card, a cancellation and the migration backfill', async () => {
    let w = await f.workOrder({ type: 'maintenance', mileageIn: 30_000 });
    expect(await check(w.id)).toEqual({ laborFen: 0, partsFen: 0, amountFen: 0, customerPayableFen: 0 });

    // Replace: a discounted labor line paid by the customer, a part paid internally (2 × 68.00).
    const put = await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, {
      body: {
        version: w.version,
        lines: [
          { kind: 'labor', laborOperationId: oilChange.id, hours: 1.25, discountPct: 12.5 },
          { kind: 'parts', partId: filter.id, qty: 2, payer: 'internal', discountPct: 0 },
        ],
      },
    });
    expect(put.status).toBe(200);
    w = put.body;
    const afterPut = await check(w.id);
    expect(afterPut.partsFen).toBe(13_600);
    expect(afterPut.customerPayableFen).toBe(afterPut.laborFen);
    expect(afterPut.laborFen).toBeGreaterThan(0);

    // Replace again with fewer lines: the totals drop with them.
    w = (
      await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, {
        body: { version: w.version, lines: [{ kind: 'parts', partId: filter.id, qty: 1.5, discountPct: 10 }] },
      })
    ).body;
    expect(await check(w.id)).toEqual({ laborFen: 0, partsFen: 9180, amountFen: 9180, customerPayableFen: 9180 });

    // Appended 增项 lines (insurer-paid labor, customer-paid part) join the stored totals.
    await h.db.transaction(async (tx) => {
      const locked = (await repo.findWorkOrder(tx, w.id, true))!;
      await appendLinesInTx(
        tx as Tx,
        null,
        locked,
        {
          payer: 'insurance',
          summary: '增项',
          lines: [
            {
              kind: 'labor',
              laborOperationId: oilChange.id,
              partId: null,
              code: 'BY-001',
              name: '更换机油',
              trade: 'mechanical',
              hoursMilli: 333,
              rateFen: 15_001,
              qtyMilli: null,
              unitPriceFen: null,
            },
          ],
        },
        new Date(),
      );
    });
    const afterAppend = await check(w.id);
    expect(afterAppend.laborFen).toBe(4995); // 0.333 × 150.01 = 49.95333 → 49.95
    expect(afterAppend.customerPayableFen).toBe(9180);

    // A visit card pays the labor line: charged 0 from then on.
    const labor = (await repo.linesOf(h.db, [w.id])).find((l) => l.kind === 'labor')!;
    await h.db.transaction(async (tx) => {
      expect(await markLinePaidByVisitCard(tx as Tx, labor, '00000000-0000-4000-8000-000000000001')).toBeTruthy();
      // A second card cannot pay it again, and the totals do not move twice.
      expect(await markLinePaidByVisitCard(tx as Tx, labor, '00000000-0000-4000-8000-000000000002')).toBeUndefined();
    });
    expect((await check(w.id)).laborFen).toBe(0);

    // Cancelling keeps the record's totals (the lines stay as they were).
    w = (await advisor.call<WorkOrder>('GET', `/api/work-orders/${w.id}`)).body;
    const cancelled = await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/actions`, {
      body: { version: w.version, action: 'cancel', reason: '客户取消' },
    });
    expect(cancelled.body.status).toBe('cancelled');
    const kept = await check(w.id);
    expect(kept.partsFen).toBe(9180);

    // The migration's backfill computes the same numbers as the domain pricing.
    const file = fs.readFileSync(path.join(MIGRATIONS_DIR, '0015_network_field_perf_3.sql'), 'utf8');
    const backfill = file.split('--> statement-breakpoint').find((s) => s.includes('UPDATE "work_orders" SET "labor_fen"'))!;
    await h.db.execute(sql`update work_orders set labor_fen = 0, parts_fen = 0, amount_fen = 0, customer_payable_fen = 0 where id = ${w.id}`);
    await h.db.execute(sql.raw(backfill));
    expect(await check(w.id)).toEqual(kept);
  }, 60_000);
});
