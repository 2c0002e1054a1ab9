import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from './harness.js';
import { createFactories, type Factories } from './factories.js';
import { WORK_ORDER_STATUSES } from '../../domain/work-orders/status.js';

let h: Harness;
let f: Factories;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
});

describe('test factories', () => {
  it('make their own parents: a vehicle its customer, a receipt its part and location, an appointment its vehicle', async () => {
    const v = await f.vehicle();
    expect(v).toMatchObject({ isVinCheckValid: true, plateKind: 'standard', mileageKm: 20_000 });
    expect((await f.reload((await f.workOrder({ vehicle: v })).id)).customerId).toBe(v.customerId);
    const stock = await f.receipt({ qty: 3 });
    expect(stock.stock).toMatchObject({ onHand: 3, available: 3 });
    const p = await f.part({ stock: { qty: 2 } });
    expect((await (await f.login('keeper')).get(`/api/stock?q=${p.partNo}`)).body.items[0]).toMatchObject({ onHand: 2 });
    expect(await f.appointment()).toMatchObject({ status: 'booked', localDate: '2026-11-23', slotStart: '10:00' });
    const handler = await f.employee({
      assignments: [{ positionId: (await f.position({ permissions: ['tickets.handle'] })).id, teamId: null, isPrimary: true }],
    });
    expect(await f.ticket({ handlerEmployeeId: handler.id })).toMatchObject({ handlerEmployeeId: handler.id, status: 'assigned' });
  });

  it.each(WORK_ORDER_STATUSES.map((s) => [s] as const))('make a work order in status %s through the real calls', async (status) => {
    const w = await f.workOrder({ status });
    expect(w.status).toBe(status);
    expect(w.isSigned).toBe(status !== 'draft' && status !== 'cancelled');
  });

  it('make technicians who can be dispatched and clock on with their own login', async () => {
    const tech = await f.technician();
    const {
      order,
      jobs: [job],
    } = await f.jobs();
    const assigned = await f.assignJob(job, tech);
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    const started = await f.jobAction(await f.sessionOf(tech), assigned.body, 'start');
    expect(started.body).toMatchObject({ status: 'in_progress', technicianEmployeeId: tech.id });
    expect((await f.reload(order.id)).status).toBe('in_progress');
    expect(await f.sessionOf(tech)).toBe(await f.sessionOf(tech));
  });
});
