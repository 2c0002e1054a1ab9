import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories } from '../../test/factories.js';

let h: Harness;
let advisor: Awaited<ReturnType<Harness['login']>>;
const vehicleIds: string[] = [];
const TOMORROW = '2026-11-23'; // Monday; the harness clock is 2026-11-22 10:00 Asia/Shanghai

beforeAll(async () => {
  h = await createHarness();
  const f = createFactories(h);
  advisor = await h.login('advisor');
  const c = await f.customer({ name: '预约客户', phone: '13700000001' });
  for (let i = 0; i < 3; i++) vehicleIds.push((await f.vehicle({ customerId: c.id, plate: `沪B1000${i}` })).id);
});

describe('appointments against free workshop hours', () => {
  it('shows tomorrow’s slots from technicians on shift, books 10:00, and lists it for the advisor', async () => {
    const avail = (await advisor.get(`/api/appointments/availability?date=${TOMORROW}`)).body;
    expect(avail.technicians).toBeGreaterThan(15);
    const ten = avail.slots.find((s: { start: string }) => s.start === '10:00');
    expect(ten.capacityMinutes).toBe(Math.floor(avail.technicians * 60 * 0.7));
    const me = (await advisor.get('/api/auth/me')).body;
    const res = await advisor.call('POST', '/api/appointments', {
      body: {
        vehicleId: vehicleIds[0],
        channel: 'phone',
        advisorEmployeeId: me.employeeId,
        localDate: TOMORROW,
        slotStart: '10:00',
        estimatedMinutes: 90,
        concern: '保养 + 异响检查',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ startAt: '2026-11-23T02:00:00.000Z', plate: '沪B10000', status: 'booked' });
    const after = (await advisor.get(`/api/appointments/availability?date=${TOMORROW}`)).body.slots.find((s: { start: string }) => s.start === '10:00');
    expect(after.freeMinutes).toBe(ten.freeMinutes - 90);
    const list = (await advisor.get(`/api/appointments?from=${TOMORROW}&to=${TOMORROW}&advisorEmployeeId=${me.employeeId}`)).body.items;
    expect(list.map((a: { plate: string }) => a.plate)).toEqual(['沪B10000']);
  });

  it('refuses overbooking (422 OVERBOOKED); only a dispatcher may confirm it', async () => {
    const slot = (await advisor.get(`/api/appointments/availability?date=${TOMORROW}`)).body.slots.find((s: { start: string }) => s.start === '11:00');
    const full = await advisor.call('POST', '/api/appointments', {
      body: { vehicleId: vehicleIds[1], channel: 'online', localDate: TOMORROW, slotStart: '11:00', estimatedMinutes: slot.freeMinutes },
    });
    expect(full.status).toBe(201);
    const over = await advisor.call('POST', '/api/appointments', {
      body: { vehicleId: vehicleIds[2], channel: 'phone', localDate: TOMORROW, slotStart: '11:00', estimatedMinutes: 60 },
    });
    expect(over.status).toBe(422);
    expect(over.body.error.code).toBe('OVERBOOKED');
    expect(
      (
        await advisor.call('POST', '/api/appointments', {
          body: { vehicleId: vehicleIds[2], channel: 'phone', localDate: TOMORROW, slotStart: '11:00', estimatedMinutes: 60, overbook: true },
        })
      ).status,
    ).toBe(403);
    const supervisor = await h.login('workshop');
    const ok = await supervisor.call('POST', '/api/appointments', {
      body: { vehicleId: vehicleIds[2], channel: 'phone', localDate: TOMORROW, slotStart: '11:00', estimatedMinutes: 60, overbook: true },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.isOverbooked).toBe(true);
  });

  it('concurrent bookings for the last free minutes: exactly one gets them', async () => {
    const slot = (await advisor.get(`/api/appointments/availability?date=${TOMORROW}`)).body.slots.find((s: { start: string }) => s.start === '14:00');
    const book = (i: number) =>
      advisor.call('POST', '/api/appointments', {
        body: { vehicleId: vehicleIds[i], channel: 'phone', localDate: TOMORROW, slotStart: '14:00', estimatedMinutes: slot.freeMinutes },
      });
    const results = await Promise.all([book(0), book(1), book(2)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
  });

  it('400 for a past or unknown slot; arrival, no-show rules, stale versions; rates', async () => {
    expect(
      (
        await advisor.call('POST', '/api/appointments', {
          body: { vehicleId: vehicleIds[0], channel: 'phone', localDate: '2026-11-21', slotStart: '10:00', estimatedMinutes: 60 },
        })
      ).status,
    ).toBe(400);
    const odd = await advisor.call('POST', '/api/appointments', {
      body: { vehicleId: vehicleIds[0], channel: 'phone', localDate: TOMORROW, slotStart: '12:30', estimatedMinutes: 60 },
    });
    expect(odd.status).toBe(400);
    expect(odd.body.error.fields[0].path).toBe('slotStart');
    const list = (await advisor.get(`/api/appointments?from=${TOMORROW}&to=${TOMORROW}`)).body.items;
    const a = list.find((x: { slotStart: string }) => x.slotStart === '10:00');
    const early = await advisor.call('POST', `/api/appointments/${a.id}/status`, { body: { version: a.version, status: 'no_show' } });
    expect(early.status).toBe(422);
    h.setNow('2026-11-23T02:05:00Z');
    const arrived = await advisor.call('POST', `/api/appointments/${a.id}/status`, { body: { version: a.version, status: 'arrived' } });
    expect(arrived.body.status).toBe('arrived');
    expect((await advisor.call('POST', `/api/appointments/${a.id}/status`, { body: { version: a.version, status: 'cancelled' } })).status).toBe(409);
    const b = list.find((x: { slotStart: string; isOverbooked: boolean }) => x.slotStart === '11:00' && !x.isOverbooked);
    h.setNow('2026-11-23T06:00:00Z');
    expect((await advisor.call('POST', `/api/appointments/${b.id}/status`, { body: { version: b.version, status: 'no_show' } })).body.status).toBe('no_show');
    await advisor.call('POST', '/api/appointments', {
      body: { vehicleId: vehicleIds[1], channel: 'walk-in', localDate: TOMORROW, slotStart: '14:00', estimatedMinutes: 30 },
    });
    const stats = (await advisor.get(`/api/appointment-stats?from=${TOMORROW}&to=${TOMORROW}`)).body;
    expect(stats.arrivals).toBe(2);
    expect(stats.appointmentRate).toBe(0.5);
    expect(stats.noShows).toBe(1);
  });
});
