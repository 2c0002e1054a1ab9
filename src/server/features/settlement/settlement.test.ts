import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

let h: Harness;
let f: Factories;
let advisor: Awaited<ReturnType<Harness['login']>>;
let admin: Awaited<ReturnType<Harness['login']>>;
let lines: { kind: 'labor' | 'parts'; laborOperationId?: string; partId?: string }[];

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  advisor = await h.login('advisor');
  admin = await h.login('admin');
  const labor = await f.laborOperation({ code: 'EW-001', name: '二级维护', category: 'level2_maintenance', defaultHours: 3 });
  const part = await f.part({ partNo: '5Q0698151D', name: '前制动片(套)', retailPriceFen: 68000, costPriceFen: 43000 });
  lines = [
    { kind: 'labor', laborOperationId: labor.id },
    { kind: 'parts', partId: part.id },
  ];
});
/** The maintenance orders of this file: 二级维护 with front brake pads (`lines`). */
const maintenance = { type: 'maintenance', concerns: '二级维护' } as const;

describe('settlement, then delivery', () => {
  it('another advisor may deliver only with a reason', async () => {
    const other = await h.login('frontdesk');
    const ready = await f.workOrder({ ...maintenance, lines, status: 'settled' });
    const refused = await f.act(ready, 'deliver', '', other);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('DELIVERY_BY_OTHER');
    const w = (await advisor.get(`/api/work-orders?vehicleId=${ready.vehicleId}`)).body.items[0];
    const ok = await other.call('POST', `/api/work-orders/${w.id}/actions`, { body: { version: w.version, action: 'deliver', reason: '接车顾问休假' } });
    expect(ok.body.status).toBe('delivered');
  });

  it('a discount within the advisor’s 5 % is granted; the cashier’s payments must add up; the order becomes settled', async () => {
    const w = await f.workOrder({ ...maintenance, lines, status: 'ready' });
    const gross = w.quote.customerPayableFen;
    const discount = Math.floor(gross * 0.04);
    const s = await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: { discountFen: discount, reason: '老客户' } });
    expect(s.status).toBe(201);
    expect(s.body).toMatchObject({ status: 'approved', grossFen: gross, payableFen: gross - discount });
    expect((await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).status).toBe(409);
    const wrong = await admin.call('POST', `/api/settlements/${s.body.id}/payment`, {
      body: { version: s.body.version, payments: [{ method: 'cash', amountFen: 1 }] },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe('payments');
    const paid = await admin.call('POST', `/api/settlements/${s.body.id}/payment`, {
      body: {
        version: s.body.version,
        payments: [
          { method: 'wechat', amountFen: s.body.payableFen - 100 },
          { method: 'cash', amountFen: 100 },
        ],
        invoiceNo: 'No.31001',
      },
    });
    expect(paid.body.status).toBe('settled');
    expect((await advisor.get<WorkOrder>(`/api/work-orders/${w.id}`)).body.status).toBe('settled');
    const html = await advisor.get(`/api/work-orders/${w.id}/settlement/print`);
    for (const t of ['结算单', '工时费小计', '材料费小计', '旧件处理', 'No.31001', '微信支付']) expect(html.body).toContain(t);
  });

  it('escapes the customer’s name in the 结算单', async () => {
    const w = await f.workOrder({ ...maintenance, lines, customer: await f.customer({ name: '<script>alert(1)</script>' }), status: 'settled' });
    const html = await advisor.get(`/api/work-orders/${w.id}/settlement/print`);
    expect(html.status).toBe(200);
    expect(html.body).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    expect(html.body).not.toContain('<script>');
  });

  it('a discount above the advisor’s limit waits for the front-desk supervisor (10 %); the advisor cannot approve it', async () => {
    const w = await f.workOrder({ ...maintenance, lines, status: 'ready' });
    const discount = Math.floor(w.quote.customerPayableFen * 0.08);
    const s = (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: { discountFen: discount, reason: '质量问题补偿' } })).body;
    expect(s.status).toBe('pending_approval');
    expect(
      (await admin.call('POST', `/api/settlements/${s.id}/payment`, { body: { version: s.version, payments: [{ method: 'cash', amountFen: s.payableFen }] } }))
        .status,
    ).toBe(409);
    expect((await advisor.call('POST', `/api/settlements/${s.id}/decision`, { body: { version: s.version, approve: true } })).status).toBe(403);
    const supervisor = await h.login('frontdesk');
    const inbox = (await supervisor.get('/api/notifications')).body.items;
    expect(inbox.some((n: { title: string }) => n.title.includes('待审批优惠'))).toBe(true);
    const approved = await supervisor.call('POST', `/api/settlements/${s.id}/decision`, { body: { version: s.version, approve: true, note: '同意' } });
    expect(approved.body).toMatchObject({ status: 'approved', approvedByName: '孙伟' });
    // A rejected request is reopened with new terms rather than leaving the order unsettleable.
    const other = await f.workOrder({ ...maintenance, lines, status: 'ready' });
    const asked = (
      await advisor.call('POST', `/api/work-orders/${other.id}/settlement`, { body: { discountFen: Math.floor(other.quote.customerPayableFen * 0.09) } })
    ).body;
    const rejected = (
      await supervisor.call('POST', `/api/settlements/${asked.id}/decision`, { body: { version: asked.version, approve: false, note: '不符合政策' } })
    ).body;
    expect(rejected.status).toBe('rejected');
    const reopened = await advisor.call('POST', `/api/work-orders/${other.id}/settlement`, { body: { discountFen: 0 } });
    expect(reopened.body).toMatchObject({ id: asked.id, status: 'approved', discountFen: 0, payableFen: other.quote.customerPayableFen });
    const tooMuch = await f.workOrder({ ...maintenance, lines, status: 'ready' });
    const over = (
      await advisor.call('POST', `/api/work-orders/${tooMuch.id}/settlement`, { body: { discountFen: Math.floor(tooMuch.quote.customerPayableFen * 0.15) } })
    ).body;
    expect((await supervisor.call('POST', `/api/settlements/${over.id}/decision`, { body: { version: over.version, approve: true } })).status).toBe(403);
  });

  it('400 for a discount above the amount; 409 before the order passed QC', async () => {
    const w = await f.workOrder({ ...maintenance, lines, status: 'ready' });
    const r = await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: { discountFen: w.quote.customerPayableFen + 1 } });
    expect(r.status).toBe(400);
    const draft = await f.workOrder({ concerns: 'x' });
    expect((await advisor.call('POST', `/api/work-orders/${draft.id}/settlement`, { body: {} })).status).toBe(409);
  });
});
