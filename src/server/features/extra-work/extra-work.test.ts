import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, SIGNATURE, type Factories, type Session } from '../../test/factories.js';
import { notifications } from '../../db/schema.js';
import type { ExtraWork, PublicExtraWork, RefusedWork } from '../../../contracts/extra-work.js';

let h: Harness;
let f: Factories;
let tech: Session;
let advisor: Session;
let brakes: { id: string };
let pad: { id: string; retailPriceFen: number };

const tokenOf = (r: ExtraWork) => r.link!.split('/').pop()!;
const decide = (token: string, decisions: { itemId: string; decision: string }[]) =>
  h.call('POST', `/api/public/extra-work/${token}/decision`, { body: { decisions } });

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  tech = await f.login('tech');
  advisor = await f.login('advisor');
  await f.laborRate({ trade: 'mechanical', skillGrade: 'mid', rateFen: 20_000 });
  brakes = await f.laborOperation({ code: 'ZD-009', name: '更换前刹车片', defaultHours: 1.5 });
  pad = await f.part({ partNo: 'ZD-PAD-1', name: '前刹车片', costPriceFen: 20_000 });
});

describe('增项: report → price → link → the customer decides per item', () => {
  it('the approved line joins the order with a new total and promise; the refused one is the car’s 拒修项目 at its next visit', async () => {
    const order = await f.workOrder({ status: 'in_progress' });
    const before = await f.reload(order.id);
    // The technician reports from the phone: description, a photo, a suggested operation and a part.
    const reported = await tech.call<ExtraWork>('POST', `/api/work-orders/${order.id}/extra-work`, {
      body: {
        description: '前刹车片剩 2mm',
        laborOperationId: brakes.id,
        parts: [{ partId: pad.id, qty: 1 }],
        photos: [{ fileName: 'pad.png', contentBase64: SIGNATURE }],
      },
    });
    expect(reported.status).toBe(201);
    const r0 = reported.body;
    expect(r0).toMatchObject({ status: 'reported', number: expect.stringMatching(/^ZX\d{12}$/), totalFen: null, workOrderNumber: order.number });
    expect(r0.items.map((i) => [i.kind, i.name, i.amountFen])).toEqual([
      ['labor', '更换前刹车片', null],
      ['parts', '前刹车片', null],
    ]);
    // The photo is stored as what its bytes are and served inside the scope.
    expect(r0.photos).toHaveLength(1);
    const photo = await advisor.get(`/api/attachments/${r0.photos[0].id}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.compare(photo.body, Buffer.from(SIGNATURE.split(',')[1], 'base64'))).toBe(0);
    // The advisor hears of it (bell) and sees it in their to-do.
    const inbox = (await advisor.get('/api/notifications')).body.items as { title: string; link: string }[];
    expect(inbox.some((n) => n.title.includes('增项待报价') && n.link === `/work-orders/${order.id}`)).toBe(true);
    expect(((await advisor.get('/api/extra-work?status=open')).body.items as ExtraWork[]).map((x) => x.id)).toContain(r0.id);

    // Pricing: hours and rate, the part at a set price, a new promise.
    const priced = await advisor.call<ExtraWork>('PUT', `/api/extra-work/${r0.id}/pricing`, {
      body: {
        version: r0.version,
        items: [
          { kind: 'labor', laborOperationId: brakes.id, hours: 1 },
          { kind: 'parts', partId: pad.id, qty: 1, unitPriceFen: 38_000 },
        ],
        promisedAt: '2026-11-22T09:00:00Z',
      },
    });
    expect(priced.status).toBe(200);
    expect(priced.body.items.map((i) => i.amountFen)).toEqual([20_000, 38_000]);
    expect(priced.body.totalFen).toBe(58_000);

    const sent = await advisor.call<ExtraWork>('POST', `/api/extra-work/${r0.id}/send`, { body: { version: priced.body.version, channel: 'sms' } });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('sent');
    const token = tokenOf(sent.body);
    expect(token.length).toBeGreaterThanOrEqual(32);
    // Sent as the customer message 增项确认 (the point's template): the items with prices and the link, in the history.
    const sms = await h.db.select().from(notifications).where(eq(notifications.channel, 'sms'));
    expect(sms.some((n) => n.body.includes(`/extra-work/${token}`) && n.body.includes('更换前刹车片 ¥200.00'))).toBe(true);
    const history = (await advisor.get(`/api/customers/${order.customerId}/messages`)).body.items as { kind: string; status: string }[];
    expect(history.some((m) => m.kind === 'extra_work_approval' && m.status === 'sent')).toBe(true);

    // The customer's page: station, car, items and prices; no login.
    const page = await h.call<PublicExtraWork>('GET', `/api/public/extra-work/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ plate: order.plate, workOrderNumber: order.number, status: 'sent', totalFen: 58_000 });
    expect(page.body.stationName).not.toBe('');
    expect(JSON.stringify(page.body)).not.toContain(order.customerName);

    const [labor, part] = page.body.items;
    const answered = await decide(token, [
      { itemId: labor.id, decision: 'approved' },
      { itemId: part.id, decision: 'refused' },
    ]);
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('partly_approved');

    const after = await f.reload(order.id);
    expect(after.lines.map((l) => l.name)).toEqual([...before.lines.map((l) => l.name), '更换前刹车片']);
    expect(after.quote.total.amountFen).toBe(before.quote.total.amountFen + 20_000);
    expect(after.promisedAt).toBe('2026-11-22T09:00:00.000Z');
    // The approved labor line is a job on the board, like the order's own lines.
    expect((await f.jobsOf(order.id)).map((j) => j.lineName)).toContain('更换前刹车片');

    // The link is used: a second answer is refused.
    const again = await decide(token, [
      { itemId: labor.id, decision: 'approved' },
      { itemId: part.id, decision: 'approved' },
    ]);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('LINK_USED');

    // Next visit of the car: the refused part is shown with its date, order and amount.
    const next = await f.workOrder({ vehicle: { id: order.vehicleId, mileageKm: order.mileageIn + 100 } });
    expect(next.vehicleId).toBe(order.vehicleId);
    const refused = (await advisor.get<{ items: RefusedWork[] }>(`/api/vehicles/${order.vehicleId}/refused-work`)).body.items;
    expect(refused).toEqual([
      expect.objectContaining({ workOrderNumber: order.number, amountFen: 38_000, items: [{ code: 'ZD-PAD-1', name: '前刹车片', amountFen: 38_000 }] }),
    ]);
  });

  it('an expired link is refused and the request reads as expired; resending makes a new link', async () => {
    const r = await f.extraWork({ status: 'sent' });
    const token = tokenOf(r);
    h.advance(25 * 3600_000);
    try {
      const page = await h.call<PublicExtraWork>('GET', `/api/public/extra-work/${token}`);
      expect(page.body.status).toBe('expired');
      const late = await decide(token, [{ itemId: r.items[0].id, decision: 'approved' }]);
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('LINK_EXPIRED');
      const now = (await advisor.get<ExtraWork>(`/api/extra-work/${r.id}`)).body;
      expect(now.status).toBe('expired');
      const resent = await advisor.call<ExtraWork>('POST', `/api/extra-work/${r.id}/send`, { body: { version: now.version, channel: 'wechat' } });
      expect(resent.status).toBe(200);
      expect(tokenOf(resent.body)).not.toBe(token);
      expect((await h.call('GET', `/api/public/extra-work/${token}`)).status).toBe(404);
    } finally {
      h.advance(-25 * 3600_000);
    }
  });

  it('at the counter: 现场签字 needs the signature; the advisor is recorded as witness', async () => {
    const r = await f.extraWork({ status: 'priced', parts: [{ partId: pad.id, qty: 1 }] });
    const decisions = r.items.map((i) => ({ itemId: i.id, decision: 'approved' }));
    const body = { version: r.version, decisions, confirmedByName: '王先生', method: '现场签字' };
    const unsigned = await advisor.call('POST', `/api/extra-work/${r.id}/counter-decision`, { body });
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error.fields).toEqual([{ path: 'signature', message: '请客户签名' }]);
    const signed = await advisor.call<ExtraWork>('POST', `/api/extra-work/${r.id}/counter-decision`, { body: { ...body, signature: SIGNATURE } });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body).toMatchObject({ status: 'approved', decidedVia: 'counter', confirmedByName: '王先生', confirmMethod: '现场签字' });
    expect(signed.body.witnessName).not.toBeNull();
    const order = await f.reload(r.workOrderId);
    expect(order.lines.filter((l) => l.name === r.items[0].name)).toHaveLength(2);
    // An approved part is reserved for the order: it is on the picking list like the signed lines' parts.
    const picking = (await (await f.login('keeper')).get(`/api/work-orders/${order.id}/picking-list`)).body as { lines: { workOrderLineId: string }[] };
    const newPart = order.lines.filter((l) => l.kind === 'parts' && l.name === '前刹车片').at(-1)!;
    expect(picking.lines.map((l) => l.workOrderLineId)).toContain(newPart.id);
    // A stale form (the version before the answer) is refused; a decided request cannot be priced again.
    const stale = await advisor.call('PUT', `/api/extra-work/${r.id}/pricing`, {
      body: { version: r.version, items: [{ kind: 'labor', laborOperationId: brakes.id }] },
    });
    expect(stale.status).toBe(409);
    const decided = await advisor.call('PUT', `/api/extra-work/${r.id}/pricing`, {
      body: { version: signed.body.version, items: [{ kind: 'labor', laborOperationId: brakes.id }] },
    });
    expect(decided.status).toBe(409);
    expect(decided.body.error.message).toContain('客户已同意');
  });

  it('refuses bad input field by field: not an image, unknown operation, unpriced send, decisions that miss an item', async () => {
    const order = await f.workOrder({ status: 'in_progress' });
    const bad = await tech.call('POST', `/api/work-orders/${order.id}/extra-work`, {
      body: { description: '异响', photos: [{ fileName: 'x.jpg', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ path: 'photos.0', message: expect.stringContaining('JPG') });
    const unknown = await tech.call('POST', `/api/work-orders/${order.id}/extra-work`, {
      body: { description: '异响', laborOperationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([{ path: 'laborOperationId', message: '工时项目不存在' }]);
    const reported = await f.extraWork({ order });
    const early = await advisor.call('POST', `/api/extra-work/${reported.id}/send`, { body: { version: reported.version, channel: 'sms' } });
    expect(early.status).toBe(409);
    const sent = await f.extraWork({ status: 'sent', parts: [{ partId: pad.id, qty: 2 }] });
    const partial = await decide(tokenOf(sent), [{ itemId: sent.items[0].id, decision: 'approved' }]);
    expect(partial.status).toBe(400);
    expect(partial.body.error.fields[0].message).toContain(sent.items[1].name);
    const draft = await f.workOrder();
    expect((await tech.call('POST', `/api/work-orders/${draft.id}/extra-work`, { body: { description: '草稿工单' } })).status).toBe(409);
  });

  it('an approval after the car passed QC is refused and changes nothing; refusing everything is still recorded', async () => {
    const r = await f.extraWork({ status: 'sent' });
    let w = await f.reload(r.workOrderId);
    for (const a of ['finish', 'qc_pass']) w = (await f.act(w, a)).body;
    expect(w.status).toBe('ready');
    const token = tokenOf(r);
    const late = await decide(token, [{ itemId: r.items[0].id, decision: 'approved' }]);
    expect(late.status).toBe(409);
    expect((await advisor.get<ExtraWork>(`/api/extra-work/${r.id}`)).body.status).toBe('sent');
    expect((await f.reload(w.id)).lines).toHaveLength(w.lines.length);
    const refused = await decide(token, [{ itemId: r.items[0].id, decision: 'refused' }]);
    expect(refused.status).toBe(200);
    expect(refused.body.status).toBe('refused');
  });

  it('another point’s user sees none of it', async () => {
    const r = await f.extraWork({ status: 'sent' });
    const branch = await f.servicePoint();
    const outsider = await f.session({ username: 'ew-branch', displayName: '特约站', servicePointId: branch.id, isSuperuser: true });
    expect((await outsider.get(`/api/extra-work/${r.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/attachments/${r.photos[0].id}`)).status).toBe(404);
    expect(((await outsider.get('/api/extra-work')).body.items as ExtraWork[]).length).toBe(0);
    expect((await outsider.get(`/api/vehicles/${r.vehicleId}/refused-work`)).body.items).toEqual([]);
    const price = await outsider.call('PUT', `/api/extra-work/${r.id}/pricing`, {
      body: { version: r.version, items: [{ kind: 'labor', laborOperationId: brakes.id }] },
    });
    expect(price.status).toBe(404);
    expect((await outsider.call('POST', `/api/work-orders/${r.workOrderId}/extra-work`, { body: { description: '越权报告' } })).status).toBe(404);
  });

  it('four answers through the same link at once: one wins, the order gets the line once', async () => {
    const r = await f.extraWork({ status: 'sent' });
    const token = tokenOf(r);
    const decisions = r.items.map((i) => ({ itemId: i.id, decision: 'approved' }));
    const results = await Promise.all([1, 2, 3, 4].map(() => decide(token, decisions)));
    expect(results.map((x) => x.status).sort()).toEqual([200, 409, 409, 409]);
    const order = await f.reload(r.workOrderId);
    expect(order.lines.filter((l) => l.name === r.items[0].name)).toHaveLength(2); // the original line + the approved one
  });
});
