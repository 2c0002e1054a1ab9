import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { ErrorBody } from '../../../contracts/common.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { createInsuranceFactories } from '../../test/factories-insurance.js';
import type { Loaner, LoanerBooking } from '../../../contracts/loaners.js';

const err = (r: { body: unknown }) => (r.body as ErrorBody).error;
let h: Harness;
let f: Factories;
let fi: ReturnType<typeof createInsuranceFactories>;
let advisor: Session;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  fi = createInsuranceFactories(f);
  advisor = await f.login('accident');
});

const book = (loanerId: string, customerId: string, startAt: string, endAt: string, extra: Record<string, unknown> = {}) =>
  advisor.call<LoanerBooking>('POST', '/api/loaner-bookings', { body: { loanerId, customerId, startAt, endAt, chargeTo: 'customer', ...extra } });

describe('loaner cars', () => {
  it('books, hands over and takes back a car; the days and the cost are recorded and shown on the work order', async () => {
    const car = await fi.loaner({ dailyRateFen: 15_000 });
    const order = await f.workOrder({ status: 'in_progress', type: 'warranty' });
    const b0 = await book(car.id, order.customerId, '2026-11-22T10:00:00+08:00', '2026-11-25T10:00:00+08:00', {
      workOrderId: order.id,
      chargeTo: 'warranty',
      reason: '三包维修超过5天',
    });
    expect(b0.status).toBe(201);
    expect(b0.body).toMatchObject({ status: 'booked', plate: car.plate, workOrderNumber: order.number, chargeTo: 'warranty', reason: '三包维修超过5天' });

    // Handover mileage below the car's own is refused; then the car goes out.
    const low = await advisor.call('POST', `/api/loaner-bookings/${b0.body.id}/handover`, {
      body: { version: b0.body.version, mileageKm: 9_000, fuelPct: 80 },
    });
    expect(low.status).toBe(400);
    const out = await advisor.call<LoanerBooking>('POST', `/api/loaner-bookings/${b0.body.id}/handover`, {
      body: { version: b0.body.version, at: '2026-11-22T10:05:00+08:00', mileageKm: 10_020, fuelPct: 80, damage: '右后门轻微划痕' },
    });
    expect(out.body).toMatchObject({ status: 'out', mileageOut: 10_020, fuelOutPct: 80, damageOut: '右后门轻微划痕' });
    const fleet = (await advisor.get<{ items: Loaner[] }>('/api/loaners')).body.items;
    expect(fleet.find((l) => l.id === car.id)?.state).toBe('out');

    // Mileage going back is a field error; a return 2 days and 1 hour later is charged 3 days.
    const back = await advisor.call('POST', `/api/loaner-bookings/${b0.body.id}/return`, {
      body: { version: out.body.version, mileageKm: 10_000, fuelPct: 50 },
    });
    expect(back.status).toBe(400);
    expect(err(back).fields![0].path).toBe('mileageKm');
    const returned = await advisor.call<LoanerBooking>('POST', `/api/loaner-bookings/${b0.body.id}/return`, {
      body: { version: out.body.version, at: '2026-11-24T11:05:00+08:00', mileageKm: 10_180, fuelPct: 60 },
    });
    expect(returned.body).toMatchObject({ status: 'returned', days: 3, costFen: 45_000, mileageIn: 10_180 });
    const again = (await advisor.get<{ items: Loaner[] }>('/api/loaners')).body.items.find((l) => l.id === car.id);
    expect(again).toMatchObject({ state: 'available', mileageKm: 10_180 });

    const use = (await advisor.get<{ items: LoanerBooking[] }>(`/api/work-orders/${order.id}/loaner-use`)).body.items;
    expect(use.map((u) => [u.plate, u.days, u.costFen, u.chargeTo])).toEqual([[car.plate, 3, 45_000, 'warranty']]);
  });

  it('the printed 任务委托书 and 结算单 list the loaner used for the order (三包 art. 17); a cancelled booking is not listed', async () => {
    const car = await fi.loaner({ dailyRateFen: 12_000 });
    const spare = await fi.loaner();
    const order = await f.workOrder({ status: 'settled', type: 'warranty' });
    const none = await advisor.get(`/api/work-orders/${order.id}/print`);
    expect(none.body).not.toContain('代步车使用记录');
    const b = await book(car.id, order.customerId, '2026-11-10T09:00:00+08:00', '2026-11-13T09:00:00+08:00', { workOrderId: order.id, chargeTo: 'warranty' });
    const dropped = await book(spare.id, order.customerId, '2026-11-10T09:00:00+08:00', '2026-11-12T09:00:00+08:00', { workOrderId: order.id });
    await advisor.call('POST', `/api/loaner-bookings/${dropped.body.id}/cancel`, { body: { version: dropped.body.version } });
    const out = await advisor.call<LoanerBooking>('POST', `/api/loaner-bookings/${b.body.id}/handover`, {
      body: { version: b.body.version, at: '2026-11-10T09:30:00+08:00', mileageKm: 20_000, fuelPct: 90 },
    });
    // While the car is out the record shows it with no return yet.
    const during = (await advisor.get(`/api/work-orders/${order.id}/print`)).body as string;
    expect(during).toContain('代步车使用记录');
    expect(during).toContain(`<td>${car.plate}</td>`);
    expect(during).toContain('2026-11-10 09:30');
    expect(during).toContain('使用中');
    await advisor.call('POST', `/api/loaner-bookings/${b.body.id}/return`, {
      body: { version: out.body.version, at: '2026-11-12T08:00:00+08:00', mileageKm: 20_150, fuelPct: 70 },
    });
    for (const path of [`/api/work-orders/${order.id}/print`, `/api/work-orders/${order.id}/settlement/print`]) {
      const html = (await advisor.get(path)).body as string;
      expect(html).toContain('代步车使用记录(三包规定第十七条)');
      expect(html).toContain(`<td>${car.plate}</td>`);
      expect(html).not.toContain(`<td>${spare.plate}</td>`);
      for (const t of ['2026-11-10 09:30', '2026-11-12 08:00', '2 天', '三包(厂家)', '240.00']) expect(html).toContain(t);
    }
  });

  it('a car booked twice for overlapping times: a field error, nothing stored; touching periods are fine', async () => {
    const car = await fi.loaner();
    const c = await f.customer();
    const first = await book(car.id, c.id, '2026-11-23T09:00:00+08:00', '2026-11-24T09:00:00+08:00');
    expect(first.status).toBe(201);
    const twice = await book(car.id, c.id, '2026-11-23T18:00:00+08:00', '2026-11-25T09:00:00+08:00');
    expect(twice.status).toBe(409);
    expect(err(twice)).toMatchObject({ code: 'LOANER_BOOKED', fields: [{ path: 'loanerId', message: '已被预订:2026-11-23 09:00 – 2026-11-24 09:00' }] });
    const next = await book(car.id, c.id, '2026-11-24T09:00:00+08:00', '2026-11-25T09:00:00+08:00');
    expect(next.status).toBe(201);
    const backwards = await book(car.id, c.id, '2026-11-27T09:00:00+08:00', '2026-11-26T09:00:00+08:00');
    expect(backwards.status).toBe(400);
    const list = (await advisor.get<{ items: LoanerBooking[] }>(`/api/loaner-bookings?from=2026-11-22T00:00:00%2B08:00&to=2026-11-30T00:00:00%2B08:00`)).body
      .items;
    expect(list.filter((b) => b.loanerId === car.id)).toHaveLength(2);
    // Cancelling frees the time.
    const cancelled = await advisor.call<LoanerBooking>('POST', `/api/loaner-bookings/${first.body.id}/cancel`, { body: { version: first.body.version } });
    expect(cancelled.body.status).toBe('cancelled');
    expect((await book(car.id, c.id, '2026-11-23T18:00:00+08:00', '2026-11-24T08:00:00+08:00')).status).toBe(201);
  });

  it('of two concurrent bookings of one car for overlapping times exactly one wins', async () => {
    const car = await fi.loaner();
    const c = await f.customer();
    for (let round = 0; round < 3; round++) {
      const day = 10 + round * 3;
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          book(car.id, c.id, `2026-12-${day}T${String(8 + i).padStart(2, '0')}:00:00+08:00`, `2026-12-${day + 1}T12:00:00+08:00`),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409)).toHaveLength(3);
    }
    const held = (await advisor.get<{ items: LoanerBooking[] }>('/api/loaner-bookings?status=booked')).body.items.filter((b) => b.loanerId === car.id);
    expect(held).toHaveLength(3);
  });

  it('a car in maintenance cannot be booked; a retired one is refused too; the technician cannot book', async () => {
    const car = await fi.loaner();
    const c = await f.customer();
    const m = await advisor.call<Loaner>('PUT', `/api/loaners/${car.id}/state`, { body: { version: car.version, state: 'maintenance' } });
    expect(m.body.state).toBe('maintenance');
    const r = await book(car.id, c.id, '2026-11-23T09:00:00+08:00', '2026-11-24T09:00:00+08:00');
    expect(r.status).toBe(400);
    expect(err(r).fields![0].path).toBe('loanerId');
    const tech = await f.login('tech');
    const body = { loanerId: car.id, customerId: c.id, startAt: '2026-12-01T09:00:00+08:00', endAt: '2026-12-02T09:00:00+08:00', chargeTo: 'customer' };
    expect((await tech.call('POST', '/api/loaner-bookings', { body })).status).toBe(403);
  });
});
