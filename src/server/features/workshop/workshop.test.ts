import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { auditEntries, workshopJobs } from '../../db/schema.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';

let h: Harness;
let f: Factories;
let advisor: Session, dispatcher: Session;
beforeAll(async () => {
  h = await createHarness();
  await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z')); // the labor-time catalog the orders use
  f = createFactories(h);
  [advisor, dispatcher] = [await h.login('advisor'), await h.login('workshop')];
});

describe('the work-order hook', () => {
  it('confirm creates one pending job per labor line (standard minutes = hours × 60); cancel cancels them', async () => {
    const { order, jobs } = await f.jobs({ ops: ['BY-002', 'BJ-001', 'DQ-001'] });
    expect(jobs.map((j) => [j.lineCode, j.trade, j.standardMinutes, j.status, j.technicianEmployeeId])).toEqual([
      ['BY-002', 'mechanical', 12, 'pending', null],
      ['BJ-001', 'body', 60, 'pending', null],
      ['DQ-001', 'electrical', 18, 'pending', null],
    ]);
    expect(jobs[0]).toMatchObject({ workOrderNumber: order.number, plate: order.plate, lineName: '更换空气滤清器', isWaitingParts: false });
    const audit = await h.db.select().from(auditEntries).where(eq(auditEntries.entityId, order.id));
    expect(audit.map((a) => a.action)).toContain('workshop-job.create');
    const cancelled = await advisor.call('POST', `/api/work-orders/${order.id}/actions`, {
      body: { version: order.version, action: 'cancel', reason: '客户取消' },
    });
    expect(cancelled.status).toBe(200);
    const rows = await h.db.select().from(workshopJobs).where(eq(workshopJobs.workOrderId, order.id));
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(await f.jobsOf(order.id)).toEqual([]);
  });
});

describe('dispatch (派工)', () => {
  it('refuses ineligible technicians with a Chinese reason (422), stale versions (409), and non-dispatchers (403)', async () => {
    const {
      jobs: [job],
    } = await f.jobs({ ops: ['ZD-001'] });
    const wrongTrade = await f.assignJob(job, '姜德贵');
    expect(wrongTrade.status).toBe(422);
    expect(wrongTrade.body.error).toMatchObject({ code: 'NOT_ELIGIBLE_TRADE', message: expect.stringContaining('工种不符') });
    const expired = await f.assignJob(job, '蒋浩');
    expect(expired.status).toBe(422);
    expect(expired.body.error.message).toContain('从业资格证已于 2026-05-31 过期');
    expect(expired.body.error.fields[0].path).toBe('technicianEmployeeId');
    const notTech = await f.assignJob(job, '何雅婷');
    expect(notTech.body.error.code).toBe('NOT_A_TECHNICIAN');
    const tech = await f.sessionOf('梁志勇');
    expect((await f.assignJob(job, '梁志勇', tech)).status).toBe(403);
    const ok = await f.assignJob(job, '梁志勇');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      technicianEmployeeId: await f.employeeIdOf('梁志勇'),
      technicianName: '梁志勇',
      plannedStartAt: '2026-11-22T02:00:00.000Z',
      plannedEndAt: '2026-11-22T03:00:00.000Z',
    });
    expect((await f.assignJob(job, '高建平')).status).toBe(409);
  });

  it('keeps apprentices off assembly repairs', async () => {
    const {
      jobs: [job],
    } = await f.jobs({ ops: ['BSX-01'], repairCategory: 'assembly' });
    const res = await f.assignJob(job, '董子豪');
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('学徒不能单独承担「总成修理」作业');
    expect((await f.assignJob(job, '袁永生')).status).toBe(200);
  });

  it('suggests a plan for the unassigned jobs that the dispatcher can apply as is', async () => {
    await f.jobs({ ops: ['BY-004', 'BJ-002', 'PQ-001'], promisedAt: '2026-11-22T08:00:00.000Z' });
    const res = await dispatcher.get('/api/workshop/suggestions');
    expect(res.status).toBe(200);
    const board = await f.board();
    expect(res.body.items.map((s: { jobId: string }) => s.jobId).sort()).toEqual(board.unassigned.map((j) => j.id).sort());
    expect(res.body.dayEndAt).toBe('2026-11-22T10:00:00.000Z');
    expect(res.body.makespanMinutes).toBeGreaterThan(0);
    for (const s of res.body.items) {
      const job = board.unassigned.find((j) => j.id === s.jobId)!;
      const applied = await dispatcher.call('POST', `/api/workshop/jobs/${job.id}/assign`, {
        body: { version: job.version, technicianEmployeeId: s.technicianEmployeeId, plannedStartAt: s.plannedStartAt },
      });
      expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    }
    expect((await f.board()).unassigned).toEqual([]);
    expect((await (await f.sessionOf('梁志勇')).get('/api/workshop/suggestions')).status).toBe(403);
  });
});

describe('repair (维修): clocking on and off', () => {
  it('the first start moves the work order to in_progress; the last finish moves it to qc; only the job’s technician may act', async () => {
    const { order, jobs } = await f.jobs({ ops: ['BY-003', 'BY-005'] });
    const [a, b] = [(await f.assignJob(jobs[0], '潘文斌')).body, (await f.assignJob(jobs[1], '蔡宇航')).body];
    const [pan, cai] = [await f.sessionOf('潘文斌'), await f.sessionOf('蔡宇航')];
    const stranger = await f.jobAction(cai, a, 'start');
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.message).toBe('只能操作派给自己的作业');
    const started = await f.jobAction(pan, a, 'start');
    expect(started.body).toMatchObject({ status: 'in_progress', startedAt: '2026-11-22T02:00:00.000Z' });
    expect((await f.reload(order.id)).status).toBe('in_progress');
    expect((await f.jobAction(pan, a, 'start')).status).toBe(409);
    const paused = (await f.jobAction(pan, started.body, 'pause')).body;
    expect(paused.status).toBe('paused');
    const finishedA = await f.jobAction(pan, paused, 'finish');
    expect(finishedA.body.status).toBe('finished');
    expect((await f.reload(order.id)).status).toBe('in_progress');
    const bStarted = (await f.jobAction(cai, b, 'start')).body;
    expect((await f.jobAction(cai, bStarted, 'finish')).status).toBe(200);
    expect((await f.reload(order.id)).status).toBe('qc');
    const mine = (await cai.get('/api/workshop/my-jobs')).body;
    expect(mine.items.map((j: { id: string; status: string }) => [j.id, j.status])).toContainEqual([b.id, 'finished']);
  });

  it('one running job per technician; a job must be assigned before it starts', async () => {
    const { jobs } = await f.jobs({ ops: ['ZD-002', 'BY-006'] });
    const [a, b] = [(await f.assignJob(jobs[0], '于海涛')).body, (await f.assignJob(jobs[1], '于海涛')).body];
    expect(b.plannedStartAt).toBe(a.plannedEndAt);
    const yu = await f.sessionOf('于海涛');
    expect((await f.jobAction(yu, a, 'start')).status).toBe(200);
    const busy = await f.jobAction(yu, b, 'start');
    expect(busy.status).toBe(422);
    expect(busy.body.error.code).toBe('TECHNICIAN_BUSY');
    const {
      jobs: [loose],
    } = await f.jobs({ ops: ['BY-002'] });
    expect((await f.jobAction(dispatcher, loose, 'start')).status).toBe(422);
    expect((await f.jobAction(yu, loose, 'start')).status).toBe(403);
  });

  it('attendance: clock in once, clock out pauses the running job', async () => {
    const tian = await f.sessionOf('田俊');
    const {
      jobs: [job],
    } = await f.jobs({ ops: ['BY-003'] });
    const assigned = (await f.assignJob(job, '田俊')).body;
    const inRes = await tian.call('POST', '/api/workshop/attendance/clock-in');
    expect(inRes.body).toMatchObject({ localDate: '2026-11-22', outAt: null });
    expect((await tian.call('POST', '/api/workshop/attendance/clock-in')).status).toBe(409);
    await f.jobAction(tian, assigned, 'start');
    expect((await tian.get('/api/workshop/my-jobs')).body).toMatchObject({ isClockedIn: true, activeJobId: job.id });
    h.advance(30 * 60_000);
    expect((await tian.call('POST', '/api/workshop/attendance/clock-out')).body.outAt).toBe('2026-11-22T02:30:00.000Z');
    // Other tests of this file may have planned more of 田俊's jobs: only this one matters here.
    expect((await tian.get('/api/workshop/my-jobs')).body).toMatchObject({
      isClockedIn: false,
      activeJobId: null,
      items: expect.arrayContaining([expect.objectContaining({ id: job.id, status: 'paused' })]),
    });
    expect((await tian.call('POST', '/api/workshop/attendance/clock-out')).status).toBe(409);
    const lane = (await f.board()).lanes.flatMap((l) => l.technicians).find((t) => t.name === '田俊')!;
    expect(lane.capacity).toMatchObject({ presentMinutes: 30, clockedMinutes: 30 });
    expect(lane.capacity.plannedMinutes).toBeGreaterThanOrEqual(18); // this job's 18', plus any the suggestion test gave him
    h.setNow('2026-11-22T02:00:00Z');
  });
});

describe('concurrent edits', () => {
  it('two dispatchers assigning the same job version: one wins, the other gets 409; one technician cannot start two jobs at once', async () => {
    const { jobs } = await f.jobs({ ops: ['ZD-001', 'BY-004'] });
    const raced = await Promise.all([f.assignJob(jobs[0], '程一鸣'), f.assignJob(jobs[0], '魏家乐')]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = raced.find((r) => r.status === 200)!.body;
    const second = (await f.assignJob(jobs[1], winner.technicianName)).body;
    const tech = await f.sessionOf(winner.technicianName);
    const starts = await Promise.all([f.jobAction(tech, winner, 'start'), f.jobAction(tech, second, 'start')]);
    expect(starts.map((r) => r.status).sort()).toEqual([200, 422]);
  });
});

describe('the board (维修管理看板)', () => {
  it('shows team lanes with technicians, unassigned jobs, waiting-parts flags and the stage counts', async () => {
    // A part with no stock: a backorder, so the order waits for parts (待料) as soon as it is started.
    const { jobs } = await f.jobs({ ops: ['BY-001'], parts: [{ partId: (await f.part()).id, qty: 2 }] });
    const started = (await f.jobAction(await f.sessionOf('高建平'), (await f.assignJob(jobs[0], '高建平')).body, 'start')).body;
    const board = await f.board();
    expect(board.lanes.map((l) => l.teamName)).toEqual(['机修一组', '机修二组', '机修三组', '钣金一组', '钣金二组', '喷漆一组', '喷漆二组']);
    expect(board.lanes[0].technicians.map((t) => t.name)).toEqual(['高建平', '梁志勇', '董子豪', '蒋浩']);
    const card = board.lanes[0].technicians[0].jobs.find((j) => j.id === started.id)!;
    expect(card).toMatchObject({ status: 'in_progress', isWaitingParts: true, workOrderStatus: 'waiting_parts' });
    expect(board.columns.waitingParts).toBe(1);
    expect(board.columns.qc).toBe(1);
    expect(board.columns.inProgress).toBeGreaterThanOrEqual(1);
    expect((await h.call('GET', '/api/workshop/board')).status).toBe(401);
    expect((await (await h.login('crm')).get('/api/workshop/board')).status).toBe(403);
    expect((await dispatcher.get('/api/workshop/board?date=2026-13-01')).status).toBe(400);
  });
});
