import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { JobCard } from '../../../contracts/workshop.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';

let h: Harness;
let f: Factories;
let dispatcher: Session;
beforeAll(async () => {
  h = await createHarness();
  await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z')); // the labor-time catalog the orders use
  f = createFactories(h);
  dispatcher = await h.login('workshop');
});

/** Local time on 2026-11-22 in Shanghai. */
const at = (hhmm: string) => `2026-11-22T${String(Number(hhmm.slice(0, 2)) - 8).padStart(2, '0')}:${hhmm.slice(3)}:00Z`;
async function work(tech: Session, job: JobCard, from: string, to: string) {
  h.setNow(at(from));
  const started = await f.jobAction(tech, job, 'start');
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  h.setNow(at(to));
  const finished = await f.jobAction(tech, started.body, 'finish');
  expect(finished.status, JSON.stringify(finished.body)).toBe(200);
  return finished.body;
}
const qc = (who: Session, id: string, body: Record<string, unknown>) => who.call('POST', `/api/work-orders/${id}/qc`, { body });

describe('QC (质检) and the workshop KPIs', () => {
  it('pass with certificate, fail into rework, and productivity / efficiency / first-time fix from the clocks', async () => {
    const [gao, liang, inspector] = [await f.sessionOf('高建平'), await f.sessionOf('梁志勇'), await f.sessionOf('谢永康')];
    h.setNow(at('09:00'));
    for (const t of [gao, liang]) expect((await t.call('POST', '/api/workshop/attendance/clock-in')).status).toBe(200);
    const level2 = await f.jobs({ ops: ['EW-001'], repairCategory: 'level2_maintenance' });
    const minor = await f.jobs({ ops: ['BY-002'] });
    expect((await qc(inspector, level2.order.id, { version: level2.order.version, passed: true, roadTested: true })).status).toBe(409);
    await work(gao, (await f.assignJob(level2.jobs[0], '高建平')).body, '09:00', '11:30');
    const minorJob = await work(liang, (await f.assignJob(minor.jobs[0], '梁志勇')).body, '09:00', '09:20');

    h.setNow(at('11:45'));
    let w = await f.reload(level2.order.id);
    expect(w.status).toBe('qc');
    expect((await qc(liang, w.id, { version: w.version, passed: true, roadTested: true })).status).toBe(403);
    expect((await qc(inspector, w.id, { version: w.version - 1, passed: true, roadTested: true })).status).toBe(409);
    const noRoadTest = await qc(inspector, w.id, { version: w.version, passed: true });
    expect(noRoadTest.status).toBe(422);
    expect(noRoadTest.body.error.code).toBe('ROAD_TEST_REQUIRED');
    const passed = await qc(inspector, w.id, { version: w.version, passed: true, roadTested: true, notes: '路试正常' });
    expect(passed.status, JSON.stringify(passed.body)).toBe(200);
    expect(passed.body.inspection).toMatchObject({ isPassed: true, isRoadTested: true, certificateNo: 'QC202600001', inspectorName: '谢永康' });
    expect(passed.body.workOrder).toMatchObject({ status: 'ready', completedAt: at('11:45').replace('Z', '.000Z') });

    w = await f.reload(minor.order.id);
    expect((await qc(inspector, w.id, { version: w.version, passed: false })).status).toBe(422);
    const failed = await qc(inspector, w.id, { version: w.version, passed: false, notes: '空滤未卡紧' });
    expect(failed.body.inspection.certificateNo).toBeNull();
    expect(failed.body.workOrder).toMatchObject({ status: 'in_progress', reworkCount: 1 });
    const [reopened] = await f.jobsOf(w.id);
    expect(reopened).toMatchObject({ id: minorJob.id, status: 'rework', technicianEmployeeId: await f.employeeIdOf('梁志勇'), finishedAt: null });
    await work(liang, reopened, '11:45', '11:55');
    w = await f.reload(minor.order.id);
    expect(w.status).toBe('qc');
    const second = await qc(inspector, w.id, { version: w.version, passed: true, roadTested: false });
    expect(second.body).toMatchObject({ inspection: { certificateNo: null }, workOrder: { status: 'ready', reworkCount: 1 } });

    h.setNow(at('12:00'));
    for (const t of [gao, liang]) expect((await t.call('POST', '/api/workshop/attendance/clock-out')).status).toBe(200);
    const kpis = await dispatcher.get('/api/workshop/kpis?from=2026-11-22&to=2026-11-22');
    expect(kpis.status).toBe(200);
    // Present 2 × 180 min; clocked 150 + 20 + 10; finished: 180 + 12 standard minutes on 150 + 30 clocked.
    expect(kpis.body).toMatchObject({
      attendanceMinutes: 360,
      clockedMinutes: 180,
      productivity: 0.5,
      finishedStandardMinutes: 192,
      finishedClockedMinutes: 180,
      efficiency: 1.0667,
      inspectedOrders: 2,
      firstPassOrders: 1,
      firstTimeFixRate: 0.5,
    });
    const before = await dispatcher.get('/api/workshop/kpis?from=2026-11-21&to=2026-11-21');
    expect(before.body).toMatchObject({ attendanceMinutes: 0, productivity: null, efficiency: null, firstTimeFixRate: null });
    expect((await dispatcher.get('/api/workshop/kpis?from=2026-11-23&to=2026-11-22')).status).toBe(400);
    expect((await liang.get('/api/workshop/kpis?from=2026-11-22&to=2026-11-22')).status).toBe(403);
  });

  it('numbers certificates per point and year', async () => {
    const overhaul = await f.jobs({ ops: ['BJ-004'], repairCategory: 'overhaul' });
    await work(dispatcher, (await f.assignJob(overhaul.jobs[0], '钟国华')).body, '13:00', '16:00');
    const w = await f.reload(overhaul.order.id);
    const passed = await qc(dispatcher, w.id, { version: w.version, passed: true, roadTested: true });
    expect(passed.body.inspection.certificateNo).toBe('QC202600002');
  });
});
