import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import type { HomeMine } from '../../../contracts/home.js';

let h: Harness;
let f: Factories;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
});
const homeOf = async (username: string) => (await (await h.login(username)).get<HomeMine>('/api/home/mine')).body;

describe('each role’s home page (我的工作台)', () => {
  it('holds each role’s own work and only that', async () => {
    h.setNow('2026-11-22T02:00:00Z'); // 10:00 in Shanghai
    const v = await f.vehicle({ plate: '沪AH0001' });
    await f.appointment({ vehicleId: v.id, localDate: '2026-11-22', slotStart: '14:00' });
    await f.appointment({ vehicleId: v.id, localDate: '2026-11-23', slotStart: '14:00' }); // tomorrow: not today's arrival
    const late = await f.workOrder({ status: 'confirmed', promisedAt: '2026-11-22T11:00:00+08:00' });
    const nextWeek = await f.workOrder({ status: 'confirmed', promisedAt: '2026-11-29T11:00:00+08:00' });
    const part = await f.part({ partNo: 'HM-PART-1', retailPriceFen: 5000, costPriceFen: 3000 });
    const toPick = await f.workOrder({ status: 'confirmed', lines: [{ kind: 'parts', partId: part.id }] });
    const delivered = await f.workOrder({ status: 'delivered' });
    const ready = await f.workOrder({ status: 'ready' });
    const {
      order: jobOrder,
      jobs: [job],
    } = await f.jobs({ lines: [{ kind: 'labor', laborOperationId: (await f.laborOperation({ code: 'HM-001' })).id }] });
    expect((await f.assignJob(job, '梁志勇')).status).toBe(200);
    await f.ticket({ channel: 'phone', kind: 'complaint', title: '等待时间太长', customerName: '赵女士', customerPhone: '13811113333' });

    h.setNow('2026-11-22T05:00:00Z'); // 13:00: the 11:00 promise is late
    const advisor = await homeOf('advisor');
    expect(advisor.date).toBe('2026-11-22');
    expect(advisor.arrivals?.map((a) => a.plate)).toEqual(['沪AH0001']);
    expect(advisor.promised?.find((p) => p.workOrderId === late.id)).toMatchObject({ isLate: true, number: late.number });
    expect(advisor.promised?.some((p) => p.workOrderId === nextWeek.id)).toBe(false);
    expect(advisor).toMatchObject({ myJobs: null, picking: null, cashierQueue: null, kpis: false, hr: false });

    const tech = (await (await f.sessionOf('梁志勇')).get<HomeMine>('/api/home/mine')).body;
    expect(tech.myJobs?.map((j) => j.workOrderId)).toEqual([jobOrder.id]);
    expect(tech).toMatchObject({ arrivals: null, promised: null, cashierQueue: null, callsDue: null, hr: false });

    const keeper = await homeOf('keeper');
    expect(keeper.picking?.find((p) => p.workOrderId === toPick.id)).toMatchObject({ lines: 1, number: toPick.number });
    expect(keeper).toMatchObject({ arrivals: null, myJobs: null, hr: false });

    const cashier = await homeOf('cashier');
    // The cashier's queue: cars that passed QC and wait for settlement (release control: paid before they leave).
    expect(cashier.cashierQueue?.find((c) => c.workOrderId === ready.id)).toMatchObject({ status: 'ready', settlementStatus: null });
    expect(cashier.cashierQueue?.some((c) => c.workOrderId === delivered.id)).toBe(false);
    expect(cashier).toMatchObject({ picking: null, myJobs: null, hr: false });

    h.setNow('2026-12-02T02:00:00Z'); // ten days on: the follow-up call is due, the complaint is past its deadline
    const crm = await homeOf('crm');
    expect(crm.callsDue?.some((c) => c.workOrderId === delivered.id)).toBe(true);
    expect(crm.breaches?.some((t) => t.title === '等待时间太长')).toBe(true);
    expect(crm).toMatchObject({ myJobs: null, picking: null, cashierQueue: null });

    const manager = await homeOf('manager');
    expect(manager.kpis).toBe(true);
    expect((await homeOf('admin')).hr).toBe(true);
  });
});
