import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import { buildJobHandlers } from '../../main.js';
import { notifications } from '../../db/schema.js';
import type { CustomerMessage } from '../../../contracts/messages.js';
import type { JobRow } from '../../jobs/queue.js';
import { MESSAGES_QUEUE } from './index.js';

let h: Harness;
let f: Factories;
let runJob: () => Promise<void>;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  const handler = buildJobHandlers({ database: h.database, config: h.config, now: h.now })[MESSAGES_QUEUE];
  runJob = () => handler({ id: 'test', queue: MESSAGES_QUEUE, payload: {}, attempts: 1, maxAttempts: 5 } as JobRow);
});

const historyOf = async (customerId: string) =>
  (await (await h.login('advisor')).get<{ items: CustomerMessage[] }>(`/api/customers/${customerId}/messages`)).body.items;

describe('customer messages', () => {
  it('a booking is confirmed at once; the day-before reminder goes out once, from 09:00 in the point’s zone, for tomorrow’s bookings only', async () => {
    h.setNow('2026-11-22T00:30:00Z'); // 08:30 in Shanghai
    const c = await f.customer({ phone: '13912340001' });
    const v = await f.vehicle({ customerId: c.id, plate: '沪AM1001' });
    const tomorrow = await f.appointment({ vehicleId: v.id, localDate: '2026-11-23', slotStart: '09:00' });
    const later = await f.appointment({ vehicleId: v.id, localDate: '2026-11-24', slotStart: '14:00' });
    let history = await historyOf(v.customerId);
    expect(history.filter((m) => m.kind === 'booking_confirmation')).toHaveLength(2);
    expect(history.find((m) => m.kind === 'booking_confirmation')?.body).toContain('沪AM1001');
    await runJob(); // before 09:00 local (though 00:30 UTC): nothing
    expect((await historyOf(v.customerId)).some((m) => m.kind === 'booking_reminder')).toBe(false);
    h.setNow('2026-11-22T02:00:00Z'); // 10:00 local
    await runJob();
    await runJob();
    history = await historyOf(v.customerId);
    const reminders = history.filter((m) => m.kind === 'booking_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ status: 'sent', channel: 'sms' });
    expect(reminders[0].body).toContain('2026-11-23 09:00');
    expect(tomorrow.id).not.toBe(later.id);
    // The SMS went into the outbox addressed to the customer's phone.
    const sms = await h.db.select().from(notifications).where(eq(notifications.channel, 'sms'));
    expect(sms.filter((n) => n.body === reminders[0].body)).toEqual([expect.objectContaining({ recipientAddress: '13912340001', title: '预约前一天提醒' })]);
  });

  it('car ready uses the point’s edited template; a disabled template or a landline is recorded as skipped with the reason', async () => {
    const admin = await h.login('admin');
    const list = (await admin.get('/api/message-templates')).body.items;
    const ready = list.find((t: { kind: string }) => t.kind === 'car_ready');
    expect(ready).toMatchObject({ version: 0, enabled: true });
    expect(ready.preview).toContain('沪A·D1234');
    const bad = await admin.call('PUT', '/api/message-templates/car_ready', { body: { body: '{customer} 请取车 {amount}', version: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('body');
    const preview = (await admin.call('POST', '/api/message-templates/preview', { body: { kind: 'car_ready', body: '{plate} 已修好' } })).body;
    expect(preview).toEqual({ text: '沪A·D1234 已修好', unknown: [] });
    const saved = await admin.call('PUT', '/api/message-templates/car_ready', {
      body: { body: '{customer}:{plate} 已修好,工单 {number},请来取车。', version: 0 },
    });
    expect(saved.status).toBe(200);
    expect((await admin.call('PUT', '/api/message-templates/car_ready', { body: { body: 'x', version: 0 } })).status).toBe(409);
    const w = await f.workOrder({ status: 'ready' });
    const [sent] = (await historyOf(w.customerId)).filter((m) => m.kind === 'car_ready');
    expect(sent.status).toBe('sent');
    expect(sent.body).toContain(`已修好,工单 ${w.number},请来取车。`);

    const landline = await f.customer({ phone: '021-62345678' });
    const w2 = await f.workOrder({ status: 'ready', customer: landline });
    expect((await historyOf(w2.customerId)).find((m) => m.kind === 'car_ready')).toMatchObject({ status: 'skipped', skipReason: '客户没有可接收短信的手机号' });

    await admin.call('PUT', '/api/message-templates/car_ready', { body: { body: saved.body.body, enabled: false, version: saved.body.version } });
    const w3 = await f.workOrder({ status: 'ready' });
    expect((await historyOf(w3.customerId)).find((m) => m.kind === 'car_ready')).toMatchObject({ status: 'skipped', skipReason: '本网点已停用该类消息' });
  });

  it('maintenance due by the mileage estimated from the car’s visits: sent once with consent, recorded as skipped without it', async () => {
    const agreed = await f.customer({ marketingConsent: true });
    const refused = await f.customer({ marketingConsent: false });
    const cars = [];
    for (const c of [agreed, refused]) {
      const v = await f.vehicle({ customerId: c.id, mileageKm: 10000 });
      h.setNow('2026-08-01T02:00:00Z');
      await f.workOrder({ vehicle: { id: v.id, mileageKm: 10000 }, type: 'maintenance', mileageIn: 10000, status: 'delivered' });
      h.setNow('2026-10-01T02:00:00Z'); // 61 days, 6100 km: 100 km a day
      await f.workOrder({ vehicle: { id: v.id, mileageKm: 16100 }, type: 'maintenance', mileageIn: 16100, status: 'delivered' });
      cars.push(v);
    }
    h.setNow('2026-11-10T02:00:00Z'); // 40 days later: about 20100 km, not yet (due at 21100 − 300)
    await runJob();
    expect((await historyOf(agreed.id)).some((m) => m.kind === 'maintenance_due')).toBe(false);
    h.setNow('2026-11-18T02:00:00Z'); // 48 days: about 20900 km ≥ 20800
    await runJob();
    await runJob();
    const due = (await historyOf(agreed.id)).filter((m) => m.kind === 'maintenance_due');
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ status: 'sent' });
    expect(due[0].body).toContain('21,100 km');
    const skipped = (await historyOf(refused.id)).filter((m) => m.kind === 'maintenance_due');
    expect(skipped).toEqual([expect.objectContaining({ status: 'skipped', skipReason: '客户未同意接收营销类消息' })]);
    expect(cars).toHaveLength(2);
  });

  it('the payment receipt carries a working link to the 结算单', async () => {
    h.setNow('2026-11-22T02:00:00Z');
    const w = await f.workOrder({ status: 'ready' });
    const advisor = await h.login('advisor');
    const s = (await advisor.call('POST', `/api/work-orders/${w.id}/settlement`, { body: {} })).body;
    await (await h.login('admin')).call('POST', `/api/settlements/${s.id}/payment`, {
      body: { version: s.version, payments: [{ method: 'cash', amountFen: s.payableFen }] },
    });
    const receipt = (await historyOf(w.customerId)).find((m) => m.kind === 'payment_receipt')!;
    expect(receipt.body).toContain(s.number);
    const link = /\/api\/public\/receipts\/[\w-]+/.exec(receipt.body)![0];
    const page = await h.call('GET', link);
    expect(page.status).toBe(200);
    expect(page.body).toContain('结算单');
    expect((await h.call('GET', '/api/public/receipts/AAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
  });
});
