import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';

// The harness clock: 2026-11-22 10:00 Asia/Shanghai; every booking below is of that day.
const TODAY = '2026-11-22';
let h: Harness;
let f: Factories;
let advisor: Session;
const stats = async () => (await advisor.get(`/api/appointment-stats?from=${TODAY}&to=${TODAY}`)).body;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  advisor = await h.login('advisor');
});

describe('booking → reception (到店 → 接车开单) and the appointment rates', () => {
  it('an early arrival counts at once; the order opened from it links to it and is not counted twice', async () => {
    const op = await f.laborOperation({ name: '常规保养' });
    const me = (await advisor.get('/api/auth/me')).body;
    const a = await f.appointment({ localDate: TODAY, slotStart: '15:00', laborOperationIds: [op.id], concern: '保养', advisorEmployeeId: me.employeeId });
    expect(a.services).toEqual([{ id: op.id, code: op.code, name: '常规保养' }]);
    expect(await stats()).toMatchObject({ appointments: 0, arrivals: 0 }); // still ahead: neither kept nor missed

    // 到店 at 10:00 for a 15:00 booking: it was 0/0 before the fix (only begun slots counted, early = not in slot).
    const arrived = (await advisor.call('POST', `/api/appointments/${a.id}/status`, { body: { version: a.version, status: 'arrived' } })).body;
    expect(arrived.status).toBe('arrived');
    expect(await stats()).toMatchObject({ appointments: 1, arrivals: 1, appointmentRate: 1, showRate: 1, successRate: 1 });

    const wo = await f.workOrder({ vehicle: { id: a.vehicleId, mileageKm: 20000 }, appointmentId: a.id });
    expect(wo).toMatchObject({ appointmentId: a.id, source: 'appointment' });
    const after = (await advisor.get(`/api/appointments/${a.id}`)).body;
    expect(after).toMatchObject({ status: 'arrived', workOrderId: wo.id, workOrderNumber: wo.number, arrivedAt: arrived.arrivedAt });
    expect(await stats()).toMatchObject({ appointments: 1, arrivals: 1, arrivalsWithAppointment: 1 });

    // One order per appointment; a walk-in order is an arrival without one.
    const again = await advisor.call('POST', '/api/work-orders', {
      body: { type: 'maintenance', vehicleId: a.vehicleId, mileageIn: 90000, concerns: '再开', appointmentId: a.id },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0].path).toBe('appointmentId');
    const walkIn = await f.workOrder();
    expect(walkIn).toMatchObject({ appointmentId: null, source: 'walk-in' });
    expect(await stats()).toMatchObject({ arrivals: 2, arrivalsWithAppointment: 1, appointmentRate: 0.5 });
  });

  it('opening the order from a booked appointment makes it an arrival; no-shows lower show and success rates', async () => {
    const b = await f.appointment({ localDate: TODAY, slotStart: '16:00' });
    const c = await f.appointment({ localDate: TODAY, slotStart: '17:00' });
    const other = await f.vehicle();
    const wrongCar = await advisor.call('POST', '/api/work-orders', {
      body: { type: 'maintenance', vehicleId: other.id, mileageIn: 90000, concerns: '保养', appointmentId: b.id },
    });
    expect(wrongCar.status).toBe(400);
    expect(wrongCar.body.error.fields[0].path).toBe('appointmentId');

    h.setNow('2026-11-22T08:30:00Z'); // 16:30 local, within the 16:00 slot
    const wo = await f.workOrder({ vehicle: { id: b.vehicleId, mileageKm: 20000 }, appointmentId: b.id });
    expect(wo.source).toBe('appointment');
    expect((await advisor.get(`/api/appointments/${b.id}`)).body).toMatchObject({
      status: 'arrived',
      arrivedAt: '2026-11-22T08:30:00.000Z',
      workOrderId: wo.id,
    });

    h.setNow('2026-11-22T10:30:00Z'); // 18:30: the 17:00 booking did not come
    const noShow = await advisor.call('POST', `/api/appointments/${c.id}/status`, { body: { version: c.version, status: 'no_show' } });
    expect(noShow.body.status).toBe('no_show');
    const closed = await advisor.call('POST', '/api/work-orders', {
      body: { type: 'maintenance', vehicleId: c.vehicleId, mileageIn: 90000, concerns: '保养', appointmentId: c.id },
    });
    expect(closed.status).toBe(422);
    // Bookings 3 (15:00 early, 16:00 on time, 17:00 missed); arrivals 3 orders, 2 of them booked.
    expect(await stats()).toEqual({
      appointments: 3,
      arrivals: 3,
      arrivalsWithAppointment: 2,
      noShows: 1,
      appointmentRate: 2 / 3,
      showRate: 2 / 3,
      successRate: 2 / 3,
    });
  });
});
