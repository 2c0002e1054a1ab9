import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';

let h: Harness;
let f: Factories;
let admin: Session;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  admin = await h.login('admin');
});

describe('转派 offers exactly the handlers it accepts', () => {
  it('lists employees of the point with a handling position; each listed one is accepted, anyone else refused', async () => {
    const ticket = await f.ticket({ title: '转派测试', as: admin });
    const handlers = (await admin.get(`/api/tickets/${ticket.id}/handlers`)).body.items as { employeeId: string; name: string }[];
    expect(handlers.length).toBeGreaterThan(0);
    expect(new Set(handlers.map((x) => x.employeeId)).size).toBe(handlers.length);
    const outsider = await f.employee({ name: '无权限员工' }); // no position: not eligible
    expect(handlers.map((x) => x.employeeId)).not.toContain(outsider.id);
    let version = ticket.version;
    for (const x of handlers.slice(0, 3)) {
      const res = await admin.call('POST', `/api/tickets/${ticket.id}/assign`, { body: { version, handlerEmployeeId: x.employeeId } });
      expect(res.status, x.name).toBe(200);
      version = res.body.version;
    }
    const refused = await admin.call('POST', `/api/tickets/${ticket.id}/assign`, { body: { version, handlerEmployeeId: outsider.id } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].path).toBe('handlerEmployeeId');
  });
});

describe('the follow-up answer names the complaint it opened', () => {
  it('carries the ticket number with its id', async () => {
    h.setNow('2026-11-22T02:00:00Z');
    await f.workOrder({ type: 'maintenance', concerns: '保养', status: 'delivered' });
    h.setNow('2026-11-25T02:30:00Z');
    const caller = await h.login('crm');
    const [task] = (await caller.get('/api/follow-ups?status=due')).body.items;
    const done = (
      await caller.call('POST', `/api/follow-ups/${task.id}/result`, {
        body: { version: task.version, reached: true, answers: { quality: 1, fixed: false, attitude: 3, fee: 2, overall: 1 }, note: '没修好' },
      })
    ).body;
    expect(done.isFlagged).toBe(true);
    const t = (await caller.get(`/api/tickets/${done.ticketId}`)).body;
    expect(done.ticketNumber).toBe(t.number);
    expect(done.ticketNumber).toMatch(/^TS\d{12}$/);
    h.setNow('2026-11-22T02:00:00Z');
  });
});

describe('public feedback naming a plate', () => {
  it('links a known plate to its car and latest order for staff, and tells the submitter nothing more', async () => {
    const v = await f.vehicle({ plate: '沪C55667' });
    await f.workOrder({ vehicle: v, concerns: '第一次' });
    h.advance(3_600_000);
    const latest = await f.workOrder({ vehicle: { id: v.id, mileageKm: v.mileageKm + 100 }, concerns: '第二次' });
    const body = {
      kind: 'complaint',
      title: '修完还响',
      description: '刚修完又有异响',
      customerName: '钱先生',
      customerPhone: '13912340001',
      customerEmail: '',
      vehicleRef: '沪c 55667',
    };
    const res = await h.call('POST', '/api/public/tickets', { body });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['number', 'trackingToken']);
    const status = (await h.call('GET', `/api/public/tickets/${res.body.trackingToken}`)).body;
    expect(JSON.stringify(status)).not.toContain(latest.number);
    const staff = (await admin.get('/api/tickets?q=钱先生')).body.items[0];
    const detail = (await admin.get(`/api/tickets/${staff.id}`)).body;
    expect(detail).toMatchObject({ vehicleId: v.id, workOrderId: latest.id, workOrderRef: latest.number, vehicleRef: '沪C55667' });

    const unknown = await h.call('POST', '/api/public/tickets', {
      body: { ...body, customerName: '孙女士', customerPhone: '13912340002', vehicleRef: '沪Z00000' },
    });
    const other = (await admin.get('/api/tickets?q=孙女士')).body.items[0];
    expect(unknown.status).toBe(201);
    expect((await admin.get(`/api/tickets/${other.id}`)).body).toMatchObject({ vehicleId: null, workOrderId: null, workOrderRef: '', vehicleRef: '沪Z00000' });
  });
});
