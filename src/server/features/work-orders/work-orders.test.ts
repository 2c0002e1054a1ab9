import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, SIGNATURE as SIG, type Factories } from '../../test/factories.js';
import { WORK_ORDER_TYPES } from '../../../domain/work-orders/status.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

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
});

describe('work-order lifecycle per type', () => {
  it.each(WORK_ORDER_TYPES.map((t) => [t] as const))(
    '%s: reception → lines → signature → confirm → 待料 → parts gate → QC (one rework) → settlement → delivery → close',
    async (type) => {
      let w = await f.workOrder({
        type,
        mileageIn: 21_200,
        fuelLevelPct: 50,
        concerns: '例行保养,右前轮有异响',
        preCheck: { damageMarks: [{ area: '前保险杠', kind: '划痕', note: '' }], valuables: '行车记录仪', warningLights: [], notes: '' },
      });
      expect(w.number).toMatch(/^WO\d{12}$/);
      expect(w.status).toBe('draft');
      const lines = await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, {
        body: {
          version: w.version,
          lines: [
            { kind: 'labor', laborOperationId: oilChange.id },
            { kind: 'parts', partId: filter.id, qty: 1 },
          ],
        },
      });
      expect(lines.status).toBe(200);
      w = lines.body;
      const payer = { warranty: 'warranty', recall: 'warranty', accident: 'insurance', internal: 'internal' }[type as string] ?? 'customer';
      expect(w.lines.every((l) => l.payer === payer)).toBe(true);
      expect(w.quote.partsFen).toBe(filter.retailPriceFen);
      expect(w.quote.customerPayableFen).toBe(payer === 'customer' ? w.quote.total.amountFen : 0);
      const notReady = await f.act(w, 'confirm');
      expect(notReady.status).toBe(422);
      expect(notReady.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['signature']);
      w = (await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version: w.version, signature: SIG } })).body;
      h.setNow('2026-11-22T02:30:00Z');
      w = (await f.act(w, 'confirm')).body;
      expect(w.status).toBe('confirmed');
      expect(w.confirmedAt).toBe('2026-11-22T02:30:00.000Z');
      // The filter is not in stock: a backorder, so the started order waits for parts (待料) by itself.
      w = (await f.act(w, 'start')).body;
      expect(w.status).toBe('waiting_parts');
      expect((await f.act(w, 'parts_arrived')).body.error.code).toBe('STILL_BACKORDERED');
      await f.receipt({ partId: filter.id, qty: 1 });
      w = await f.reload(w.id);
      expect(w.status).toBe('in_progress'); // the receipt filled the backorder: work resumes
      // The parts gate: not finished while the filter is reserved but not issued.
      const gated = await f.act(w, 'finish');
      expect(gated.status).toBe(422);
      expect(gated.body.error).toMatchObject({ code: 'PARTS_NOT_ISSUED' });
      expect(gated.body.error.message).toContain('机油滤清器 ×1');
      expect((await (await h.login('keeper')).call('POST', `/api/work-orders/${w.id}/pick`, { body: {} })).status).toBe(200);
      w = await f.reload(w.id);
      for (const a of ['finish', 'qc_fail', 'finish', 'qc_pass']) {
        const r = await f.act(w, a);
        expect(r.status, `${type} ${a}: ${JSON.stringify(r.body)}`).toBe(200);
        w = r.body;
      }
      expect(w.reworkCount).toBe(1);
      expect(w.completedAt).not.toBeNull();
      if (type === 'internal') {
        expect((await f.act(w, 'settle')).status).toBe(409);
      } else {
        // Release control: the car is handed over only after settlement.
        expect((await f.act(w, 'deliver')).body.error.message).toContain('须先结算或挂账');
        expect((await f.act(w, 'settle')).status).toBe(409); // only through the cashier
        const s = await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} });
        expect(s.body).toMatchObject({ status: 'approved', payableFen: w.quote.customerPayableFen });
        const admin = await h.login('admin');
        // Warranty, recall and insurance orders owe nothing at the counter: an empty payment list settles them.
        const payments = s.body.payableFen ? [{ method: 'wechat', amountFen: s.body.payableFen }] : [];
        const paid = await admin.call('POST', `/api/settlements/${s.body.id}/payment`, { body: { version: s.body.version, payments, invoiceNo: 'FP001' } });
        expect(paid.body.status).toBe('settled');
        w = (await advisor.get<WorkOrder>(`/api/work-orders/${w.id}`)).body;
        expect((await f.act(w, 'close')).body.error.message).toContain('须先交车');
      }
      w = (await f.act(w, 'deliver')).body;
      expect(w.status).toBe('delivered');
      expect(w.deliveredAt).not.toBeNull();
      w = (await f.act(w, 'close')).body;
      expect(w.status).toBe('closed');
      expect(w.allowedActions).toEqual([]);
      // A delivered repair record stays as it is: no edits, no delete.
      expect((await advisor.call('PATCH', `/api/work-orders/${w.id}`, { body: { version: w.version, diagnosis: 'x' } })).status).toBe(409);
      expect((await advisor.call('DELETE', `/api/work-orders/${w.id}`)).status).toBe(404);
      h.setNow('2026-11-22T02:00:00Z');
    },
  );
});

describe('work-order rules', () => {
  it('a list item carries the totals stored with the order — equal to the detail’s quote — and no lines', async () => {
    const v = await f.vehicle();
    const w = await f.workOrder({ type: 'repair', vehicle: v, mileageIn: v.mileageKm + 5, concerns: '异响' });
    const priced = (
      await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, {
        body: {
          version: w.version,
          lines: [
            { kind: 'labor', laborOperationId: oilChange.id, discountPct: 0.1 },
            { kind: 'parts', partId: filter.id, qty: 2, payer: 'internal' },
          ],
        },
      })
    ).body;
    const list = await advisor.get(`/api/work-orders?vehicleId=${v.id}`);
    expect(list.status).toBe(200);
    const [item] = list.body.items;
    expect(item).not.toHaveProperty('lines');
    expect(item).not.toHaveProperty('quote');
    expect(item.totals).toEqual({
      laborFen: priced.quote.laborFen,
      partsFen: priced.quote.partsFen,
      amountFen: priced.quote.total.amountFen,
      customerPayableFen: priced.quote.customerPayableFen,
    });
    expect(item.totals.partsFen).toBe(2 * filter.retailPriceFen);
    expect(item.totals.customerPayableFen).toBe(priced.quote.laborFen); // the parts are the station's own (internal)
    expect(item).toMatchObject({ number: priced.number, plate: priced.plate, version: priced.version });
  });

  it('standard hours follow the car’s model family; lines are fixed after confirmation', async () => {
    const v = await f.vehicle();
    const admin = await h.login('admin');
    const op = (
      await admin.call('POST', '/api/labor-operations', {
        body: { code: 'T-FAM', name: '测试项目', trade: 'mechanical', defaultHours: 1, hoursByFamily: { [v.modelFamily]: 1.25 } },
      })
    ).body;
    const w = await f.workOrder({ type: 'maintenance', vehicle: v, mileageIn: v.mileageKm + 10, concerns: '保养' });
    const withLines = (
      await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, {
        body: { version: w.version, lines: [{ kind: 'labor', laborOperationId: op.id }] },
      })
    ).body;
    expect(withLines.lines[0].hours).toBe(1.25);
    expect(withLines.lines[0].amountFen).toBe(Math.round(1.25 * withLines.lines[0].rateFen!));
    const stale = await advisor.call('PUT', `/api/work-orders/${w.id}/lines`, { body: { version: w.version, lines: [] } });
    expect(stale.status).toBe(409);
    const signed = (await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version: withLines.version, signature: SIG } })).body;
    const confirmed = (await f.act(signed, 'confirm')).body;
    const locked = await advisor.call('PUT', `/api/work-orders/${w.id}/lines`, { body: { version: confirmed.version, lines: [] } });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('ILLEGAL_TRANSITION');
  });

  it('mileage below the last known reading is refused; a bad signature is 400; illegal actions are 409', async () => {
    const v = await f.vehicle();
    const low = await advisor.call('POST', '/api/work-orders', { body: { type: 'repair', vehicleId: v.id, mileageIn: 1, concerns: 'x' } });
    expect(low.status).toBe(422);
    expect(low.body.error.code).toBe('MILEAGE_DECREASE');
    const w = await f.workOrder({ vehicle: v, mileageIn: v.mileageKm, concerns: '发动机抖动' });
    expect(
      (await advisor.call('POST', `/api/work-orders/${w.id}/signature`, { body: { version: w.version, signature: 'data:text/html;base64,PHNjcmlwdD4=' } }))
        .status,
    ).toBe(400);
    const illegal = await f.act(w, 'deliver');
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.message).toContain('不能执行');
    const crm = await h.login('crm');
    expect((await crm.call('POST', '/api/work-orders', { body: { type: 'repair', vehicleId: v.id, mileageIn: v.mileageKm, concerns: 'x' } })).status).toBe(403);
    const cancelled = await f.act(w, 'cancel', '客户改约');
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '客户改约' });
  });

  it('prints the 任务委托书 as A4 HTML with the record items, escaping customer text', async () => {
    const w = await f.workOrder({ concerns: '<script>alert(1)</script>空调不制冷', parts: [{ partId: filter.id, qty: 2 }] });
    const html = await advisor.get(`/api/work-orders/${w.id}/print`);
    expect(html.status).toBe(200);
    for (const s of [
      '任务委托书',
      w.number,
      '进厂时间',
      '进厂里程',
      '客户描述',
      '检查结果',
      '工时费',
      '材料费',
      '客户签字',
      '&lt;script&gt;alert(1)&lt;/script&gt;空调不制冷',
    ])
      expect(html.body).toContain(s);
    expect(html.body).not.toContain('<script>alert(1)');
  });

  it('escapes the customer’s name in the 任务委托书', async () => {
    const w = await f.workOrder({ customer: await f.customer({ name: '<script>alert(1)</script>' }), status: 'confirmed' });
    const html = await advisor.get(`/api/work-orders/${w.id}/print`);
    expect(html.status).toBe(200);
    expect(html.body).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt; ');
    expect(html.body).not.toContain('<script>');
  });
});

describe('quality guarantee and comebacks (返修)', () => {
  it('a delivered order carries its guarantee; the car back within it for the same kind of repair is a free re-repair', async () => {
    const v = await f.vehicle();
    h.setNow('2026-11-22T02:00:00Z');
    const w = await f.workOrder({
      vehicle: v,
      mileageIn: v.mileageKm,
      concerns: '刹车异响',
      repairCategory: 'minor',
      lines: [{ kind: 'labor', laborOperationId: oilChange.id }],
      status: 'delivered',
    });
    expect(w.guarantee).toEqual({ km: 2000, days: 10, untilDate: '2026-12-02', untilKm: v.mileageKm + 2000 });
    h.setNow('2026-11-27T02:00:00Z'); // five days and 300 km later
    const back = (
      await advisor.call<WorkOrder>('POST', '/api/work-orders', {
        body: { type: 'repair', vehicleId: v.id, mileageIn: v.mileageKm + 300, concerns: '刹车仍有异响', repairCategory: 'minor' },
      })
    ).body;
    expect(back).toMatchObject({ comebackOfId: w.id, comebackOfNumber: w.number });
    const lines = (
      await advisor.call<WorkOrder>('PUT', `/api/work-orders/${back.id}/lines`, {
        body: { version: back.version, lines: [{ kind: 'labor', laborOperationId: oilChange.id }] },
      })
    ).body;
    expect(lines.lines[0].payer).toBe('internal');
    expect(lines.quote.customerPayableFen).toBe(0);
    // The station may promise more than the legal minimum, never less.
    const admin = await h.login('admin');
    expect((await admin.call('PUT', '/api/guarantee-settings', { body: { settings: { minor: { days: 5 } } } })).status).toBe(400);
    const longer = await admin.call('PUT', '/api/guarantee-settings', { body: { settings: { minor: { days: 30, km: 3000 } } } });
    expect(longer.body.items.find((i: { category: string }) => i.category === 'minor')).toEqual({ category: 'minor', km: 3000, days: 30 });
    expect((await advisor.get<WorkOrder>(`/api/work-orders/${w.id}`)).body.guarantee).toMatchObject({ days: 30, km: 3000, untilDate: '2026-12-22' });
    await admin.call('PUT', '/api/guarantee-settings', { body: { settings: {} } });
    h.setNow('2026-12-20T02:00:00Z'); // outside the 10 days
    const later = (
      await advisor.call<WorkOrder>('POST', '/api/work-orders', {
        body: { type: 'repair', vehicleId: v.id, mileageIn: v.mileageKm + 900, concerns: '保养', repairCategory: 'minor' },
      })
    ).body;
    expect(later.comebackOfId).toBeNull();
    h.setNow('2026-11-22T02:00:00Z');
  });
});

describe('promised time and concurrent edits', () => {
  it('confirming promises a completion time from the board load; two users editing one order: the stale one gets 409', async () => {
    h.setNow('2026-11-23T01:00:00Z'); // Monday 09:00 in Shanghai
    const v = await f.vehicle();
    let w = await f.workOrder({
      vehicle: v,
      mileageIn: v.mileageKm,
      concerns: '异响',
      repairCategory: 'minor',
      lines: [{ kind: 'labor', laborOperationId: oilChange.id, hours: 2 }],
    });
    const supervisor = await h.login('frontdesk');
    const [a, b] = await Promise.all([
      advisor.call('PATCH', `/api/work-orders/${w.id}`, { body: { version: w.version, diagnosis: '减震器衬套老化' } }),
      supervisor.call('PATCH', `/api/work-orders/${w.id}`, { body: { version: w.version, diagnosis: '待进一步检查' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    w = (await advisor.get<WorkOrder>(`/api/work-orders/${w.id}`)).body;
    const suggestion = (await advisor.get(`/api/work-orders/${w.id}/promise`)).body;
    expect(suggestion.basis).toMatchObject({ ownMinutes: 120, partsShort: false });
    expect(suggestion.basis.technicians).toBeGreaterThan(0);
    w = (await advisor.call<WorkOrder>('POST', `/api/work-orders/${w.id}/signature`, { body: { version: w.version, signature: SIG } })).body;
    w = (await f.act(w, 'confirm')).body;
    expect(w.promisedAt).not.toBeNull();
    expect(new Date(w.promisedAt!).getTime()).toBeGreaterThanOrEqual(new Date('2026-11-23T01:00:00Z').getTime() + (120 + 45) * 60_000);
    h.setNow('2026-11-22T02:00:00Z');
  });
});

describe('the same part twice', () => {
  it('raises the quantity of the line already there instead of adding a second line', async () => {
    let w = await f.workOrder({});
    const put = await advisor.call<WorkOrder>('PUT', `/api/work-orders/${w.id}/lines`, {
      body: {
        version: w.version,
        lines: [
          { kind: 'parts', partId: filter.id, qty: 1 },
          { kind: 'labor', laborOperationId: oilChange.id },
          { kind: 'parts', partId: filter.id, qty: 2 },
          { kind: 'parts', partId: filter.id }, // no quantity: one more
        ],
      },
    });
    expect(put.status).toBe(200);
    w = put.body;
    expect(w.lines.map((l) => [l.kind, l.qty])).toEqual([
      ['parts', 4],
      ['labor', null],
    ]);
    expect(w.quote.partsFen).toBe(4 * filter.retailPriceFen);
  });
});
