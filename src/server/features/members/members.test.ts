import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import type { WorkOrder } from '../../../contracts/work-orders.js';

let h: Harness;
let f: Factories;
let admin: Session;
let advisor: Session;
let cashier: Session;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  admin = await h.login('admin');
  advisor = await h.login('advisor');
  cashier = await h.login('cashier');
});

const codes = (r: { body: { items: { code?: string; partNo?: string }[] } }) => r.body.items.map((i) => i.code ?? i.partNo).sort();

describe('pinyin search of the catalogs and packages', () => {
  it('finds labor and parts by Chinese text, pinyin initials, full pinyin and by the package they belong to', async () => {
    const oil = await f.laborOperation({ code: 'PY-001', name: '换机油' });
    await f.laborOperation({ code: 'PY-002', name: '前制动片检查' });
    const filter = await f.part({ partNo: 'PY-F1', name: '机油滤清器' });
    await f.servicePackage({
      code: 'PY-TC',
      name: '小保养',
      items: [
        { kind: 'labor', laborOperationId: oil.id, qty: 1 },
        { kind: 'parts', partId: filter.id, qty: 1 },
      ],
    });
    const labor = (q: string) => advisor.get(`/api/labor-operations?q=${encodeURIComponent(q)}`);
    expect(codes(await labor('hjy'))).toEqual(['PY-001']);
    expect(codes(await labor('HuanJiYou'))).toEqual(['PY-001']);
    expect(codes(await labor('机油'))).toEqual(['PY-001']);
    expect(codes(await labor('保养'))).toContain('PY-001'); // an item of 小保养, although its name says nothing of 保养
    expect(codes(await labor('xby'))).toContain('PY-001');
    expect(codes(await labor('zdp'))).toEqual(['PY-002']);
    expect(codes(await advisor.get(`/api/parts?q=${encodeURIComponent('jylqq')}`))).toEqual(['PY-F1']);
    expect(codes(await advisor.get(`/api/parts?q=${encodeURIComponent('保养')}`))).toEqual(['PY-F1']);
    const pkgs = await advisor.get(`/api/service-packages?q=by`);
    expect(pkgs.body.items.map((p: { code: string }) => p.code)).toContain('PY-TC');
    // A renamed row gets its new key.
    const renamed = await admin.call('PATCH', `/api/labor-operations/${oil.id}`, { body: { version: oil.version, name: '更换刹车油' } });
    expect(renamed.status).toBe(200);
    expect(codes(await labor('hjy'))).toEqual([]);
    expect(codes(await labor('shache'))).toEqual(['PY-001']);
  });
});

describe('service packages on a work order', () => {
  it('adds the package’s lines at the package price, refuses a partial group or another model family; the 结算单 shows the package', async () => {
    const op = await f.laborOperation({ defaultHours: 1 }); // 1 h × ¥150.00
    const part = await f.part({ retailPriceFen: 20_000, costPriceFen: 10_000 });
    const pkg = await f.servicePackage({
      priceFen: 30_000,
      items: [
        { kind: 'labor', laborOperationId: op.id, qty: 1 },
        { kind: 'parts', partId: part.id, qty: 2 },
      ],
    });
    expect(pkg).toMatchObject({ itemsFen: 55_000, priceFen: 30_000 });
    const lines = [
      { kind: 'labor' as const, laborOperationId: op.id, packageId: pkg.id },
      { kind: 'parts' as const, partId: part.id, qty: 1, packageId: pkg.id },
    ];
    const w = await f.workOrder({ lines, status: 'ready' });
    expect(w.quote.customerPayableFen).toBe(30_000);
    expect(w.lines.map((l) => [l.packageName, l.grossFen, l.amountFen])).toEqual([
      [pkg.name, 15_000, 8_182],
      [pkg.name, 40_000, 21_818],
    ]);
    const draft = await f.workOrder();
    const partial = await advisor.call('PUT', `/api/work-orders/${draft.id}/lines`, { body: { version: draft.version, lines: [lines[0]] } });
    expect(partial.status).toBe(400);
    expect(partial.body.error.fields[0]).toMatchObject({ path: 'lines.0.packageId' });
    const idCar = await f.vehicle({ modelFamily: 'ID.4', model: 'ID.4 X' });
    const other = await f.workOrder({ vehicle: idCar });
    const wrongFamily = await advisor.call('PUT', `/api/work-orders/${other.id}/lines`, { body: { version: other.version, lines } });
    expect(wrongFamily.body.error.fields[0].message).toContain('朗逸');
    const s = await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} });
    expect(s.body.payableFen).toBe(30_000);
    const html = (await advisor.get(`/api/work-orders/${w.id}/settlement/print`)).body as string;
    for (const t of ['保养套餐', pkg.name, '¥550.00', '¥300.00', '¥250.00']) expect(html).toContain(t);
  });
});

describe('member cards', () => {
  it('the level’s discount applies to the customer’s labor and parts at settlement, without approval', async () => {
    const level = await f.memberLevel({ laborDiscountPct: 20, partsDiscountPct: 10 });
    const customer = await f.customer();
    await f.memberCard({ customer, levelId: level.id });
    const op = await f.laborOperation({ defaultHours: 2 }); // ¥300.00
    const part = await f.part({ retailPriceFen: 45_000, costPriceFen: 30_000 });
    const w = await f.workOrder({
      customer,
      status: 'ready',
      lines: [
        { kind: 'labor', laborOperationId: op.id },
        { kind: 'parts', partId: part.id },
      ],
    });
    const s = await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: { discountFen: 1_000 } });
    expect(s.body).toMatchObject({ status: 'approved', grossFen: 75_000, memberDiscountFen: 6_000 + 4_500, discountFen: 1_000, payableFen: 63_500 });
    const html = (await advisor.get(`/api/work-orders/${w.id}/settlement/print`)).body as string;
    expect(html).toContain('会员折扣');
    expect(html).toContain('¥105.00');
  });

  it('tops up with the bonus rule, pays an order partly by card (balance shown on the 结算单), refuses an overdraft', async () => {
    const rules = await admin.call('PUT', '/api/top-up-rules', {
      body: {
        rules: [
          { minAmountFen: 100_000, bonusFen: 10_000 },
          { minAmountFen: 50_000, bonusFen: 3_000 },
        ],
      },
    });
    expect(rules.status).toBe(200);
    const customer = await f.customer();
    const card = await f.memberCard({ customer, levelId: (await f.memberLevel({ laborDiscountPct: 0, partsDiscountPct: 0 })).id, topUpFen: 100_000 });
    expect(card.balanceFen).toBe(110_000);
    const w = await f.workOrder({
      customer,
      status: 'ready',
      lines: [{ kind: 'parts', partId: (await f.part({ retailPriceFen: 150_000, costPriceFen: 1 })).id }],
    });
    const s = (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).body;
    const over = await cashier.call('POST', `/api/settlements/${s.id}/payment`, {
      body: { version: s.version, payments: [{ method: 'member-card', amountFen: 150_000 }] },
    });
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('INSUFFICIENT_BALANCE');
    expect((await cashier.get(`/api/member-cards/${card.id}`)).body.balanceFen).toBe(110_000);
    const paid = await cashier.call('POST', `/api/settlements/${s.id}/payment`, {
      body: {
        version: s.version,
        payments: [
          { method: 'member-card', amountFen: 100_000 },
          { method: 'cash', amountFen: 50_000 },
        ],
      },
    });
    expect(paid.status).toBe(200);
    expect(paid.body.payments[0]).toMatchObject({ method: 'member-card', cardNumber: card.number, balanceAfterFen: 10_000 });
    expect((await advisor.get<WorkOrder>(`/api/work-orders/${w.id}`)).body.status).toBe('settled');
    const html = (await advisor.get(`/api/work-orders/${w.id}/settlement/print`)).body as string;
    expect(html).toContain(`会员卡 ${card.number} ¥1000.00(卡内余额 ¥100.00)`);
    const st = (await cashier.get(`/api/member-cards/${card.id}/statement`)).body;
    expect(st.entries.map((e: { kind: string; amountFen: number; balanceAfterFen: number }) => [e.kind, e.amountFen, e.balanceAfterFen])).toEqual([
      ['top-up', 100_000, 100_000],
      ['bonus', 10_000, 110_000],
      ['spend', -100_000, 10_000],
    ]);
    expect(st.entries[2].settlementId).toBe(s.id);
  });

  it('refunds need the refund permission and never overdraw; the statement prints', async () => {
    const card = await f.memberCard({ topUpFen: 20_000 });
    expect((await cashier.call('POST', `/api/member-cards/${card.id}/refund`, { body: { amountFen: 1_000, reason: '客户退卡' } })).status).toBe(403);
    const over = await admin.call('POST', `/api/member-cards/${card.id}/refund`, { body: { amountFen: 99_999_999, reason: '客户退卡' } });
    expect(over.status).toBe(422);
    const bad = await admin.call('POST', `/api/member-cards/${card.id}/refund`, { body: { amountFen: 0, reason: '' } });
    expect(bad.body.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['amountFen', 'reason']);
    const ok = await admin.call('POST', `/api/member-cards/${card.id}/refund`, { body: { amountFen: card.balanceFen, reason: '客户退卡' } });
    expect(ok.body.balanceFen).toBe(0);
    const audit = (await admin.get(`/api/audit-entries?entityId=${card.id}`)).body;
    expect(JSON.stringify(audit)).toContain('member-card.refund');
    const html = (await cashier.get(`/api/member-cards/${card.id}/statement/print`)).body as string;
    for (const t of ['会员卡对账单', card.number, '退款', '客户退卡', '当前余额']) expect(html).toContain(t);
  });
});

describe('visit cards (次卡)', () => {
  it('pays one labor line per use, down to zero, only on the holder’s order and only for its operation', async () => {
    const wash = await f.laborOperation({ name: '精致洗车', defaultHours: 0.5 });
    const customer = await f.customer();
    const card = (
      await cashier.call('POST', '/api/visit-cards', {
        body: { customerId: customer.id, name: '洗车 2 次卡', laborOperationId: wash.id, totalCount: 2, priceFen: 8_000 },
      })
    ).body;
    expect(card).toMatchObject({ remainingCount: 2, totalCount: 2 });
    const use = async (w: WorkOrder, lineIndex = 0) =>
      cashier.call('POST', `/api/visit-cards/${card.id}/use`, { body: { workOrderId: w.id, lineId: w.lines[lineIndex].id } });
    const lines = [{ kind: 'labor' as const, laborOperationId: wash.id }];
    const first = await f.workOrder({ customer, lines, status: 'ready' });
    expect(first.quote.customerPayableFen).toBeGreaterThan(0);
    const used = await use(first);
    expect(used.body.remainingCount).toBe(1);
    expect((await f.reload(first.id)).quote.customerPayableFen).toBe(0);
    expect((await use(first)).status).toBe(422); // the same line twice
    expect((await use(await f.workOrder({ lines, status: 'ready' }))).status).toBe(422); // someone else's order
    const otherOp = await f.workOrder({ customer, status: 'ready', lines: [{ kind: 'labor', laborOperationId: (await f.laborOperation()).id }] });
    expect((await use(otherOp)).body.error.message).toContain('精致洗车');
    expect((await use(await f.workOrder({ customer, lines, status: 'ready' }))).body.remainingCount).toBe(0);
    const third = await use(await f.workOrder({ customer, lines, status: 'ready' }));
    expect(third.status).toBe(422);
    expect(third.body.error.message).toBe('次卡已用完');
    const uses = (await cashier.get(`/api/visit-cards/${card.id}/uses`)).body.items;
    expect(uses.map((u: { remainingAfter: number }) => u.remainingAfter)).toEqual([1, 0]);
    // The settlement bills nothing for the line the card paid.
    const s = await advisor.call('POST', `/api/work-orders/${first.id}/settlement`, { body: {} });
    expect(s.body.payableFen).toBe(0);
  });
});
