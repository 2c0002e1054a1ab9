/** The station's day, second pass: pause reasons, a drop's planned start, one 待派工 set, a lane's day, suggestions from the shift's start. */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { jobClocks } from '../../db/schema.js';
import { createFactories, type Factories, type Session } from '../../test/factories.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';

let h: Harness;
let f: Factories;
let dispatcher: Session;
beforeAll(async () => {
  h = await createHarness();
  await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, new Date('2026-11-22T02:00:00Z'));
  f = createFactories(h);
  dispatcher = await h.login('workshop');
});

describe('pause with a reason (暂停原因)', () => {
  it('asks for a reason, a note for 其他, keeps it on the clock entry, the card and the KPIs', async () => {
    const { jobs } = await f.jobs({ ops: ['BY-003'] });
    const job = (await f.assignJob(jobs[0], '潘文斌')).body;
    const pan = await f.sessionOf('潘文斌');
    const started = (await f.jobAction(pan, job, 'start')).body;

    const none = await pan.call('POST', `/api/workshop/jobs/${job.id}/pause`, { body: { version: started.version } });
    expect(none.status).toBe(400);
    expect(none.body.error.fields.map((x: { path: string }) => x.path)).toContain('reason');
    const otherBare = await f.jobAction(pan, started, 'pause', { reason: 'other', note: ' ' });
    expect(otherBare.status).toBe(400);
    expect(otherBare.body.error.fields).toEqual([{ path: 'note', message: '选择「其他」时请填写暂停说明' }]);

    const paused = await f.jobAction(pan, started, 'pause', { reason: 'waiting_parts', note: '刹车片缺货' });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ status: 'paused', pauseReason: 'waiting_parts', pauseNote: '刹车片缺货' });
    const [clock] = await h.db.select().from(jobClocks).where(eq(jobClocks.jobId, job.id));
    expect(clock).toMatchObject({ pauseReason: 'waiting_parts', pauseNote: '刹车片缺货' });
    const onBoard = (await f.board()).lanes.flatMap((l) => l.technicians.flatMap((t) => t.jobs)).find((j) => j.id === job.id);
    expect(onBoard).toMatchObject({ pauseReason: 'waiting_parts', pauseNote: '刹车片缺货' });

    const again = (await f.jobAction(pan, paused.body, 'start')).body;
    expect(again).toMatchObject({ status: 'in_progress', pauseReason: null });
    h.advance(5 * 60_000);
    expect((await f.jobAction(pan, again, 'pause', { reason: 'other', note: '午饭' })).status).toBe(200);

    const kpis = (await dispatcher.get('/api/workshop/kpis?from=2026-11-22&to=2026-11-22')).body;
    expect(kpis.pauses).toEqual([
      { reason: 'waiting_parts', count: 1 },
      { reason: 'customer_confirmation', count: 0 },
      { reason: 'end_of_shift', count: 0 },
      { reason: 'other', count: 1 },
    ]);
  });
});

describe('dispatch on the board', () => {
  it('a card dropped at 10:30 is planned for 10:30 at the point (Asia/Shanghai → 02:30Z), also on another day', async () => {
    const { jobs } = await f.jobs({ ops: ['BY-005', 'BY-006'] });
    const techId = await f.employeeIdOf('蔡宇航');
    const at1030 = await dispatcher.call('POST', `/api/workshop/jobs/${jobs[0].id}/assign`, {
      body: { version: jobs[0].version, technicianEmployeeId: techId, plannedTime: '10:30' },
    });
    expect(at1030.status).toBe(200);
    expect(at1030.body).toMatchObject({ plannedStartAt: '2026-11-22T02:30:00.000Z', technicianName: '蔡宇航' });
    expect(Date.parse(at1030.body.plannedEndAt) - Date.parse(at1030.body.plannedStartAt)).toBe(jobs[0].standardMinutes * 60_000);
    const tomorrow = await dispatcher.call('POST', `/api/workshop/jobs/${jobs[1].id}/assign`, {
      body: { version: jobs[1].version, technicianEmployeeId: techId, plannedTime: '08:15', plannedDate: '2026-11-23' },
    });
    expect(tomorrow.body.plannedStartAt).toBe('2026-11-23T00:15:00.000Z');
    const bad = await dispatcher.call('POST', `/api/workshop/jobs/${jobs[1].id}/assign`, {
      body: { version: tomorrow.body.version, technicianEmployeeId: techId, plannedTime: '25:00' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('plannedTime');
  });

  it('待派工 is one set: the count, the list and the suggestion agree', async () => {
    await f.jobs({ ops: ['BY-002', 'BJ-001'] });
    await f.jobs({ ops: ['BY-003'] });
    const b = await f.board();
    const s = (await dispatcher.get(`/api/workshop/suggestions`)).body;
    const suggested = [...s.items.map((i: { jobId: string }) => i.jobId), ...s.unassignable.map((u: { jobId: string }) => u.jobId)].sort();
    expect(b.unassigned.length).toBeGreaterThanOrEqual(3);
    expect(b.columns.pending).toBe(b.unassigned.length);
    expect(suggested).toEqual(b.unassigned.map((j) => j.id).sort());
  });

  it("a lane holds the day's open jobs planned by its end and the jobs finished during it, never another day's", async () => {
    const { order, jobs } = await f.jobs({ ops: ['BY-003', 'BY-005'] });
    const pan = await f.sessionOf('潘文斌');
    const a = (await f.assignJob(jobs[0], '潘文斌')).body;
    const b = (await f.assignJob(jobs[1], '潘文斌')).body;
    const started = (await f.jobAction(pan, a, 'start')).body;
    expect((await f.jobAction(pan, started, 'finish')).status).toBe(200);
    const onLane = async (query: string) =>
      (await f.board(query)).lanes
        .flatMap((l) => l.technicians.flatMap((t) => t.jobs))
        .filter((j) => j.workOrderId === order.id)
        .map((j) => [j.id, j.status])
        .sort();
    expect(await onLane('')).toEqual(
      [
        [a.id, 'finished'],
        [b.id, 'pending'],
      ].sort(),
    );
    expect(await onLane('?date=2026-11-23')).toEqual([[b.id, 'pending']]); // still open, planned before that day's end
    expect(await onLane('?date=2026-11-21')).toEqual([]); // planned and finished later
  });

  it('the suggestion starts at the shift (08:00 by default), not at 05:20, in whole minutes', async () => {
    h.setNow('2026-11-21T21:20:00Z'); // 05:20 at the point
    try {
      const s = (await dispatcher.get(`/api/workshop/suggestions`)).body;
      expect(s.items.length).toBeGreaterThan(0);
      for (const i of s.items) {
        expect(Date.parse(i.plannedStartAt)).toBeGreaterThanOrEqual(Date.parse('2026-11-22T00:00:00Z'));
        expect(Number.isInteger(i.lateMinutes)).toBe(true);
      }
      expect(Number.isInteger(s.makespanMinutes)).toBe(true);
    } finally {
      h.setNow('2026-11-22T02:00:00Z');
    }
  });
});
