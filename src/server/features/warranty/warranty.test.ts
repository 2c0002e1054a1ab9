import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../../test/harness.js';
import { createWarrantyFactories, type WarrantyFactories } from '../../test/factories-warranty.js';
import type { Session } from '../../test/factories.js';
import { campaignVins, notifications, warrantyReturnRequests, workOrderLines } from '../../db/schema.js';

let h: Harness;
let f: WarrantyFactories;
let admin: Session;
let advisor: Session;
let claims: Session;

beforeAll(async () => {
  h = await createHarness(); // clock: 2026-11-22 10:00 in Shanghai (a Sunday)
  f = createWarrantyFactories(h);
  admin = await f.login('admin');
  advisor = await f.login('advisor');
  claims = await f.login('claims');
  await f.policy();
  await f.laborRate({ trade: 'mechanical', skillGrade: 'mid', rateFen: 20_000 });
});

describe('coverage of a car (包修期 / 三包有效期, in the point’s zone)', () => {
  it.each([
    ['2024-11-23', 'sanbao', true], // today is the last day of the 24 months
    ['2024-11-22', 'baoxiu', false], // the day after: 包修期 only
    ['2023-11-23', 'baoxiu', false], // last day of 包修期
    ['2023-11-22', null, false], // one day over
  ])('invoiced %s → %s', async (invoicedOn, period, sanbaoActive) => {
    const car = await f.car({ invoicedOn });
    const res = await advisor.get(`/api/warranty/vehicles/${car.id}`);
    expect(res.status).toBe(200);
    expect(res.body.coverage.period).toBe(period);
    expect(res.body.coverage.sanbao.active).toBe(sanbaoActive);
    expect(res.body.coverage.policyId).not.toBeNull();
  });

  it('km ±1 at the 三包 limit, and a wear part on its own period', async () => {
    const car = await f.car({ invoicedOn: '2026-06-01' });
    const at = (q: string) => advisor.get(`/api/warranty/vehicles/${car.id}/coverage?${q}`);
    expect((await at('mileageKm=50000')).body.period).toBe('sanbao');
    expect((await at('mileageKm=50001')).body.period).toBe('baoxiu');
    expect((await at('mileageKm=60001')).body.covered).toBe(false);
    expect((await at('mileageKm=10000&partNo=WEAR-PAD')).body.period).toBe('wear');
    expect((await at('mileageKm=10001&partNo=WEAR-PAD')).body.covered).toBe(false);
  });

  it('a family without a policy falls back to the legal minimum, saying so', async () => {
    const car = await f.car({ invoicedOn: '2026-06-01', modelFamily: '帕萨特' });
    const res = await advisor.get(`/api/warranty/vehicles/${car.id}`);
    expect(res.body.coverage).toMatchObject({ covered: true, period: 'sanbao', policyId: null });
    expect(res.body.coverage.reasonZh).toContain('法定最低');
  });

  it('a policy below the legal minimum is refused field by field', async () => {
    const res = await admin.call('POST', '/api/warranty/policies', {
      body: { modelFamily: '速腾', terms: { baoxiu: { months: 24, km: 60_000 }, sanbao: { months: 24, km: 50_000 }, usageCoefficientBp: 80 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['terms.baoxiu.months', 'terms.usageCoefficientBp']);
    expect((await admin.get('/api/warranty/policies')).body.items.map((p: { modelFamily: string }) => p.modelFamily)).not.toContain('速腾');
  });

  it('an unknown car is 404', async () => expect((await advisor.get('/api/warranty/vehicles/00000000-0000-4000-8000-000000000000')).status).toBe(404));
});

describe('warranty lines need a covered car and part (422 on the line, nothing saved)', () => {
  it('refuses a warranty labor line for a car out of 包修期 and a worn-out wear part; allows a covered one', async () => {
    const op = await f.laborOperation();
    const pad = await f.part({ partNo: 'WEAR-PAD', name: '制动片' });
    const other = await f.part({ partNo: 'ENG-778', name: '机油泵' });
    const old = await f.car({ invoicedOn: '2022-01-01' });
    const w = await f.workOrder({ vehicle: old, type: 'warranty', signed: false });
    const put = (id: string, version: number, lines: unknown[]) => advisor.call('PUT', `/api/work-orders/${id}/lines`, { body: { version, lines } });
    const res = await put(w.id, w.version, [{ kind: 'labor', laborOperationId: op.id, discountPct: 0 }]);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ path: 'lines.0.payer', message: expect.stringContaining('已超出包修期') }]);
    expect(await h.db.select().from(workOrderLines).where(eq(workOrderLines.workOrderId, w.id))).toEqual([]);
    // The customer may still pay for it.
    expect((await put(w.id, w.version, [{ kind: 'labor', laborOperationId: op.id, payer: 'customer', discountPct: 0 }])).status).toBe(200);

    const car = await f.car({ invoicedOn: '2026-01-10', mileageKm: 11_900 });
    const w2 = await f.workOrder({ vehicle: car, type: 'warranty', signed: false });
    const bad = await put(w2.id, w2.version, [
      { kind: 'parts', partId: other.id, qty: 1, discountPct: 0 },
      { kind: 'parts', partId: pad.id, qty: 1, discountPct: 0 },
    ]);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((x: { path: string }) => x.path)).toEqual(['lines.1.payer']);
    expect(bad.body.error.fields[0].message).toContain('易损件制动片');
    const good = await put(w2.id, w2.version, [
      { kind: 'parts', partId: other.id, qty: 1, discountPct: 0 },
      { kind: 'labor', laborOperationId: op.id, discountPct: 0 },
    ]);
    expect(good.status).toBe(200);
    expect(good.body.lines.map((l: { payer: string }) => l.payer)).toEqual(['warranty', 'warranty']);
  });
});

describe('the 三包 watch', () => {
  it('the third repair of one problem warns the advisor, the 索赔专员 and the manager, once', async () => {
    const car = await f.car({ invoicedOn: '2026-03-01' });
    const orders = [];
    for (let i = 0; i < 3; i++) orders.push(await f.workOrder({ vehicle: car, status: 'confirmed' }));
    const facts = { problemCode: 'P0300', problemZh: '发动机抖动' };
    for (const [i, o] of orders.entries()) {
      const res = await claims.call('PUT', `/api/work-orders/${o.id}/warranty-facts`, { body: facts });
      expect(res.status).toBe(200);
      expect(res.body.findings.map((x: { key: string }) => x.key)).toEqual(i === 2 ? ['W12-repeat:P0300:warning'] : []);
    }
    const sent = await h.db
      .select()
      .from(notifications)
      .where(like(notifications.title, `三包预警:${car.plate}%`));
    expect(sent.length).toBeGreaterThanOrEqual(2); // the advisor and the 索赔专员 (+ the manager when the position is held)
    expect(new Set(sent.map((n) => n.recipientEmployeeId)).size).toBe(sent.length);
    // Saving again sends nothing new.
    await claims.call('PUT', `/api/work-orders/${orders[2].id}/warranty-facts`, { body: { ...facts, problemZh: '怠速抖动' } });
    expect(
      (
        await h.db
          .select()
          .from(notifications)
          .where(like(notifications.title, `三包预警:${car.plate}%`))
      ).length,
    ).toBe(sent.length);
    h.advance(60 * 60_000); // an hour into the third repair: its first day (art. 40)
    const view = await advisor.get(`/api/warranty/vehicles/${car.id}`);
    expect(view.body.watch.problems).toEqual([{ code: 'P0300', zh: '发动机抖动', count: 3 }]);
    expect(view.body.watch.current).toMatchObject({ days: 1, loanerDue: false });
  });

  it('bad facts are a field error and change nothing', async () => {
    const o = await f.workOrder({ status: 'confirmed' });
    const res = await claims.call('PUT', `/api/work-orders/${o.id}/warranty-facts`, { body: { problemCode: '', excludedHours: -1 } });
    expect(res.status).toBe(400);
    expect((await claims.get(`/api/work-orders/${o.id}/warranty-facts`)).status).toBe(404);
  });
});

describe('换/退 requests (10 / 20 working days, usage charge)', () => {
  it('records the deadlines on the working calendar and the charge; answered once', async () => {
    const car = await f.car({ invoicedOn: '2026-05-01' });
    const res = await claims.call('POST', '/api/warranty/return-requests', {
      body: { vehicleId: car.id, kind: 'replace', basis: 'W12', reason: '同一问题修理 5 次仍未排除', priceFen: 150_000_00, mileageKm: 3_456 },
    });
    expect(res.status).toBe(201);
    // Sunday 2026-11-22: the 10th working day is Fri 12-04, the 20th Fri 12-18 (end of day in Shanghai).
    expect(res.body).toMatchObject({
      answerBy: '2026-12-04T16:00:00.000Z',
      completeBy: '2026-12-18T16:00:00.000Z',
      usageChargeFen: 2_592_00,
      coefficientBp: 50,
      status: 'open',
    });
    expect(res.body.number).toMatch(/^HT2026\d{5}$/);
    const answered = await claims.call('POST', `/api/warranty/return-requests/${res.body.id}/answer`, {
      body: { version: res.body.version, decision: 'accepted', answer: '同意换车' },
    });
    expect(answered.status).toBe(200);
    const again = await claims.call('POST', `/api/warranty/return-requests/${res.body.id}/answer`, {
      body: { version: answered.body.version, decision: 'refused', answer: '再答复' },
    });
    expect(again.status).toBe(409);
    const stale = await claims.call('POST', `/api/warranty/return-requests/${res.body.id}/complete`, { body: { version: res.body.version } });
    expect(stale.status).toBe(409);
    const done = await claims.call('POST', `/api/warranty/return-requests/${res.body.id}/complete`, { body: { version: answered.body.version } });
    expect(done.body.status).toBe('completed');
  });

  it('the preview before recording shows the same deadlines and coefficient the request then gets', async () => {
    const car = await f.car({ invoicedOn: '2026-05-01' });
    const terms = await claims.get(`/api/warranty/vehicles/${car.id}/return-terms`);
    expect(terms.status).toBe(200);
    expect(terms.body).toMatchObject({
      answerBy: '2026-12-04T16:00:00.000Z',
      completeBy: '2026-12-18T16:00:00.000Z',
      answerWorkingDays: 10,
      completeWorkingDays: 20,
      coefficientBp: 50,
      startsOn: '2026-05-01',
    });
    const made = await claims.call('POST', '/api/warranty/return-requests', {
      body: { vehicleId: car.id, kind: 'refund', reason: '7 日内发动机需更换', priceFen: 100_000_00, mileageKm: 500 },
    });
    expect([made.body.answerBy, made.body.completeBy, made.body.coefficientBp]).toEqual([terms.body.answerBy, terms.body.completeBy, terms.body.coefficientBp]);
    expect((await advisor.get(`/api/warranty/vehicles/${car.id}/return-terms`)).status).toBe(403);
    // The car is found by its VIN's tail or its plate; a too-short text is a field error.
    const byVin = await claims.get<{ items: { id: string }[] }>(`/api/warranty/vehicles?q=${car.vin.slice(-6)}`);
    expect(byVin.body.items.map((v) => v.id)).toEqual([car.id]);
    const short = await claims.get('/api/warranty/vehicles?q=1');
    expect([short.status, short.body.error.fields[0].path]).toEqual([400, 'q']);
  });

  it('two answers at once: exactly one wins, the other is 409', async () => {
    const car = await f.car({ invoicedOn: '2026-05-01' });
    const r = (
      await claims.call('POST', '/api/warranty/return-requests', {
        body: { vehicleId: car.id, kind: 'refund', reason: '7 日内发动机需更换', priceFen: 120_000_00, mileageKm: 300 },
      })
    ).body;
    const answer = (decision: string) =>
      claims.call('POST', `/api/warranty/return-requests/${r.id}/answer`, { body: { version: r.version, decision, answer: `${decision} 答复` } });
    const results = await Promise.all([answer('accepted'), answer('refused')]);
    expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
    const [row] = await h.db.select().from(warrantyReturnRequests).where(eq(warrantyReturnRequests.id, r.id));
    expect(row.version).toBe(r.version + 1);
  });

  it('bad input changes nothing', async () => {
    const car = await f.car({ invoicedOn: '2026-05-01' });
    const res = await claims.call('POST', '/api/warranty/return-requests', {
      body: { vehicleId: car.id, kind: 'swap', reason: '', priceFen: 0, mileageKm: -1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((x: { path: string }) => x.path).sort()).toEqual(['kind', 'mileageKm', 'priceFen', 'reason']);
    expect(await h.db.select().from(warrantyReturnRequests).where(eq(warrantyReturnRequests.vehicleId, car.id))).toEqual([]);
    expect(
      (await advisor.call('POST', '/api/warranty/return-requests', { body: { vehicleId: car.id, kind: 'refund', reason: '退货', priceFen: 1, mileageKm: 1 } }))
        .status,
    ).toBe(403);
  });
});

describe('recalls and service campaigns', () => {
  it('lists every bad row and imports nothing, then imports a clean list; reception shows it; a recall order completes it', async () => {
    const c = await f.campaign();
    const [a, b, d] = f.vins(3);
    const badDigit = `${a.slice(0, 8)}${a[8] === '1' ? '2' : '1'}${a.slice(9)}`;
    const csv = ['VIN,服务站代码', a, b, a.toLowerCase(), badDigit, `${d},NOPE`].join('\n');
    const failed = (await f.importVins(c.id, csv)).result!;
    expect(failed.status).toBe('failed');
    expect(failed.errors.map((e) => [e.row, e.field])).toEqual([
      [4, 'vin'],
      [5, 'vin'],
      [6, 'station'],
    ]);
    expect(failed.errors[0].message).toContain('与第 2 行重复');
    expect(failed.errors[1].message).toContain('校验位');
    expect(await h.db.select().from(campaignVins).where(eq(campaignVins.campaignId, c.id))).toEqual([]);

    const car = await f.car({ invoicedOn: '2026-01-01', vin: f.vins(1, 'LSGBC5E4')[0] });
    const ok = (await f.importVins(c.id, [a, b, car.vin].join('\r\n'))).result!;
    expect(ok).toMatchObject({ status: 'imported', importedRows: 3, errorCount: 0 });
    expect((await admin.get(`/api/campaigns/${c.id}`)).body).toMatchObject({ vinCount: 3, doneCount: 0 });
    // The same VINs again: listed, nothing doubled.
    expect((await f.importVins(c.id, a)).result!.errors[0].message).toContain('已在本活动的清单中');

    const view = await advisor.get(`/api/warranty/vehicles/${car.id}`);
    expect(view.body.openCampaigns.map((x: { id: string }) => x.id)).toEqual([c.id]);

    const order = await f.workOrder({ vehicle: car, type: 'recall', status: 'ready' });
    expect(order.status).toBe('ready');
    const [done] = await h.db
      .select()
      .from(campaignVins)
      .where(and(eq(campaignVins.campaignId, c.id), eq(campaignVins.vin, car.vin)));
    expect(done.doneWorkOrderId).toBe(order.id);
    expect((await admin.get(`/api/campaigns/${c.id}`)).body).toMatchObject({ doneCount: 1, completionPermille: 333 });
    expect((await advisor.get(`/api/warranty/vehicles/${car.id}`)).body.openCampaigns).toEqual([]);

    const completion = (await admin.get(`/api/campaigns/${c.id}/completion`)).body;
    const stations = completion.regions.flatMap((r: { stations: { done: number; total: number }[] }) => r.stations);
    expect(stations).toEqual([expect.objectContaining({ total: 1, done: 1, completionPermille: 1000 })]);
    expect(completion.unassigned).toEqual({ total: 2, done: 0 });

    const xlsx = await admin.call('GET', `/api/campaigns/${c.id}/open-vins.xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const listed: string[] = [];
    wb.worksheets[0].eachRow((r, i) => i > 1 && listed.push(String(r.getCell(1).value)));
    expect(listed.sort()).toEqual([a, b].sort());
  });

  it('reads an .xlsx list too', async () => {
    const c = await f.campaign({ kind: 'service' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('VIN');
    ws.addRow(['车架号']);
    for (const v of f.vins(5, 'LHGCV1F3')) ws.addRow([v]);
    const res = (await f.importVins(c.id, Buffer.from(await wb.xlsx.writeBuffer()), { name: 'vins.xlsx' })).result!;
    expect(res).toMatchObject({ status: 'imported', importedRows: 5 });
  });

  it('only HQ (campaigns.manage) issues campaigns; bad input is a field error', async () => {
    expect(
      (await advisor.call('POST', '/api/campaigns', { body: { kind: 'recall', title: '召回', startsOn: '2026-11-01', endsOn: '2026-12-01' } })).status,
    ).toBe(403);
    const bad = await admin.call('POST', '/api/campaigns', { body: { kind: 'recall', title: '召回', startsOn: '2026-11-01', endsOn: '2026-10-01' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'endsOn', message: '结束日期不能早于开始日期' }]);
  });
});
