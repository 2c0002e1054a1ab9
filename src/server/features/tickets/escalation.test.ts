import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import { buildJobHandlers } from '../../main.js';
import { enqueue, runDueJobs } from '../../jobs/queue.js';
import type { TicketDetail } from '../../../contracts/tickets.js';
import type { Employee } from '../../../contracts/org.js';

let h: Harness;
let f: Factories;
let admin: Awaited<ReturnType<Harness['login']>>;
let advisor: Awaited<ReturnType<Harness['login']>>;
let advisorEmployee: Employee;
const handlers = () => buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(clock) });
let clock = '2025-09-26T09:00:00Z';
const runJobs = (worker = 'w1') => runDueJobs(h.db, worker, handlers(), () => new Date(clock));
const get = async (id: string) => (await admin.get<TicketDetail>(`/api/tickets/${id}`)).body;

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  admin = await h.login('admin');
  advisor = await h.login('advisor');
  const me = (await advisor.get('/api/auth/me')).body;
  advisorEmployee = (await admin.get(`/api/employees/${me.employeeId}`)).body;
});

/** A complaint phoned in at `receivedAt` (the clocks set to it) and assigned to the advisor. */
async function newTicketForAdvisor(receivedAt: string, title = '保养后异响') {
  h.setNow(receivedAt);
  clock = receivedAt;
  return f.ticket({
    channel: 'phone',
    kind: 'complaint',
    title,
    customerName: '刘先生',
    customerPhone: '13700001234',
    receivedAt,
    handlerEmployeeId: advisorEmployee.id,
  });
}

describe('SLA deadlines on the working calendar (Mon–Fri 09:00–18:00, Asia/Shanghai)', () => {
  it('a complaint phoned in Friday 2025-09-26 17:00 is due on the make-up Sunday 2025-09-28', async () => {
    h.setNow('2025-09-29T10:00:00+08:00');
    const res = await admin.call<TicketDetail>('POST', '/api/tickets', {
      body: {
        channel: 'phone',
        kind: 'fault',
        title: '仪表盘故障灯亮',
        customerName: '王女士',
        customerPhone: '13600001111',
        receivedAt: '2025-09-26T17:00:00+08:00',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.priority).toBe('normal');
    // 240 working minutes: 1 h on Friday, 3 h on Sunday 2025-09-28 (调休上班).
    expect(new Date(res.body.firstResponse.dueAt!).toISOString()).toBe('2025-09-28T04:00:00.000Z');
    // 1440 minutes = 24 h: Fri 1 h, Sun 9 h, Mon 9 h, Tue 5 h → 2025-09-30 14:00 +08:00; nothing runs 10-01..10-08.
    expect(new Date(res.body.resolution.dueAt!).toISOString()).toBe('2025-09-30T06:00:00.000Z');
    expect(res.body.firstResponse.isBreached).toBe(true);
  });

  it('refuses a receivedAt in the future', async () => {
    h.setNow('2026-11-22T02:00:00Z');
    const res = await admin.call('POST', '/api/tickets', {
      body: { channel: 'phone', kind: 'fault', title: 'x', customerName: 'y', receivedAt: '2026-11-23T10:00:00+08:00' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('receivedAt');
  });
});

describe('breach → escalation up the reporting line → resolution', () => {
  it('climbs advisor → front-desk supervisor → service manager, notifying each level, then resolves', async () => {
    const t = await newTicketForAdvisor('2026-11-23T01:00:00Z'); // Monday 09:00 +08:00
    expect(t.handlerName).toBe(advisorEmployee.name);
    expect(t.escalationChain.map((s) => s.title).slice(0, 3)).toEqual(['前台主管', '服务经理/维修站站长', '总经理']);
    await runJobs(); // delivers the notifications; no deadline is due yet
    expect((await get(t.id)).escalationLevel).toBe(0);
    // complaint → high → first response 120 working minutes → due 11:00; at 11:05 the deadline job escalates.
    clock = '2026-11-23T03:05:00Z';
    h.setNow(clock);
    await runJobs();
    let now = await get(t.id);
    expect(now.escalationLevel).toBe(1);
    expect(now.handlerName).toBe('孙伟');
    expect(now.events.some((e) => e.type === 'escalated' && e.body.includes('前台主管'))).toBe(true);
    const supervisor = await h.login('frontdesk');
    const inbox = (await supervisor.get('/api/notifications')).body;
    expect(inbox.items.some((n: { title: string }) => n.title.includes('升级') && n.title.includes(t.number))).toBe(true);
    // level time limit for high = 240 working minutes from 11:05 → 15:05; at 15:10 it climbs again.
    clock = '2026-11-23T07:10:00Z';
    h.setNow(clock);
    await runJobs();
    now = await get(t.id);
    expect(now.escalationLevel).toBe(2);
    expect(now.handlerName).toBe('周立新');
    // The service manager responds and resolves; no further escalation after that.
    const manager = await h.login('manager');
    const responded = await manager.call<TicketDetail>('POST', `/api/tickets/${t.id}/actions`, {
      body: { version: now.version, action: 'respond', note: '已致电客户' },
    });
    expect(responded.status).toBe(200);
    const resolved = await manager.call<TicketDetail>('POST', `/api/tickets/${t.id}/actions`, {
      body: { version: responded.body.version, action: 'resolve', note: '更换减震器衬套,免费返修' },
    });
    expect(resolved.body.status).toBe('resolved');
    clock = '2026-11-25T07:10:00Z';
    h.setNow(clock);
    await runJobs();
    expect((await get(t.id)).escalationLevel).toBe(2);
  });

  it('two workers racing on the same due deadline escalate exactly once', async () => {
    const t = await newTicketForAdvisor('2026-11-24T01:00:00Z', '两个实例');
    // A second copy of the deadline job, as if two instances had scheduled it.
    await enqueue(h.db, { queue: 'ticket-deadline', payload: { ticketId: t.id, level: 0 }, runAt: new Date('2026-11-24T03:00:00Z') });
    clock = '2026-11-24T03:30:00Z';
    h.setNow(clock);
    await Promise.all([runJobs('w1'), runJobs('w2'), runJobs('w3')]);
    const now = await get(t.id);
    expect(now.escalationLevel).toBe(1);
    expect(now.events.filter((e) => e.type === 'escalated')).toHaveLength(1);
    const audits = await h.db.execute(sql`select count(*)::int as n from audit_entries where entity_id = ${t.id} and action = 'ticket.escalate'`);
    expect((audits as unknown as { rows: { n: number }[] }).rows[0].n).toBe(1);
  });

  it('waiting for the customer stops the clock; resuming moves the deadlines by the paused working time', async () => {
    const t = await newTicketForAdvisor('2026-11-25T01:00:00Z', '等待客户');
    const before = new Date(t.resolution.dueAt!).getTime();
    h.setNow('2026-11-25T01:30:00Z');
    const responded = await advisor.call<TicketDetail>('POST', `/api/tickets/${t.id}/actions`, { body: { version: t.version, action: 'respond' } });
    h.setNow('2026-11-25T02:00:00Z'); // the pause starts after the first response was met (a 500 once)
    const waiting = await advisor.call<TicketDetail>('POST', `/api/tickets/${t.id}/actions`, {
      body: { version: responded.body.version, action: 'wait_customer', note: '等客户提供行车记录' },
    });
    expect(waiting.body.resolution.isPaused).toBe(true);
    h.setNow('2026-11-25T04:00:00Z'); // two working hours later
    const resumed = await advisor.call<TicketDetail>('POST', `/api/tickets/${t.id}/actions`, { body: { version: waiting.body.version, action: 'resume' } });
    expect(new Date(resumed.body.resolution.dueAt!).getTime() - before).toBe(2 * 3600_000);
  });

  it('staff escalate by hand; illegal transitions are 409 with a clear message; stale versions are 409', async () => {
    const t = await newTicketForAdvisor('2026-11-26T01:00:00Z', '手动升级');
    const up = await advisor.call<TicketDetail>('POST', `/api/tickets/${t.id}/escalate`, { body: { version: t.version, reason: '客户要求主管处理' } });
    expect(up.body.escalationLevel).toBe(1);
    const stale = await admin.call('POST', `/api/tickets/${t.id}/actions`, { body: { version: t.version, action: 'respond' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
    const illegal = await admin.call('POST', `/api/tickets/${t.id}/actions`, { body: { version: up.body.version, action: 'confirm' } });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.code).toBe('ILLEGAL_TRANSITION');
    expect(illegal.body.error.message).toContain('不能执行');
    // The advisor is no longer the handler and is not a supervisor.
    expect((await advisor.call('POST', `/api/tickets/${t.id}/actions`, { body: { version: up.body.version, action: 'respond' } })).status).toBe(403);
  });
});
