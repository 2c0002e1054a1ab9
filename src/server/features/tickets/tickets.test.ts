import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';
import { buildApp, buildJobHandlers } from '../../main.js';
import { runDueJobs } from '../../jobs/queue.js';
import type { NotificationChannel } from '../notifications/channels.js';
import type { TicketDetail } from '../../../contracts/tickets.js';

let h: Harness;
let f: Factories;
let admin: Awaited<ReturnType<Harness['login']>>;
const form = {
  kind: 'complaint',
  title: '保养后车内有异味',
  description: '上周保养后空调有焦味',
  customerName: '赵女士',
  customerPhone: '13912345678',
  customerEmail: '',
  vehicleRef: '沪A12345',
};

beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
  admin = await h.login('admin');
});

describe('public feedback form (no login)', () => {
  it('accepts a submission, gives an unguessable tracking token, and shows only public events', async () => {
    const res = await h.call('POST', '/api/public/tickets', { body: form });
    expect(res.status).toBe(201);
    expect(res.body.number).toMatch(/^TS\d{8}\d{4}$/);
    expect(res.body.trackingToken).toMatch(/^[a-z2-9]{20}$/);
    const list = (await admin.get('/api/tickets?q=赵女士')).body;
    expect(list.items[0]).toMatchObject({ channel: 'web', kind: 'complaint', priority: 'high', status: 'assigned' });
    await admin.call('POST', `/api/tickets/${list.items[0].id}/notes`, { body: { body: '内部:客户情绪激动', isPublic: false } });
    await admin.call('POST', `/api/tickets/${list.items[0].id}/notes`, { body: { body: '您好,我们已安排技师检查空调滤芯', isPublic: true } });
    const status = (await h.call('GET', `/api/public/tickets/${res.body.trackingToken}`)).body;
    expect(status.events.map((e: { body: string }) => e.body)).toContain('您好,我们已安排技师检查空调滤芯');
    expect(JSON.stringify(status)).not.toContain('情绪激动');
    expect((await h.call('GET', '/api/public/tickets/aaaaaaaaaaaaaaaaaaaa')).status).toBe(404);
  });

  it('field errors in Chinese; the honeypot and oversize input are refused', async () => {
    const bad = await h.call('POST', '/api/public/tickets', { body: { ...form, customerPhone: '12', title: '' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['customerPhone', 'title']);
    expect((await h.call('POST', '/api/public/tickets', { body: { ...form, website: 'http://spam' } })).status).toBe(400);
    expect((await h.call('POST', '/api/public/tickets', { body: { ...form, description: 'x'.repeat(3001) } })).status).toBe(400);
  });

  it('keeps script text as inert text (the UI renders it as text), and refuses non-image attachments', async () => {
    const xss = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await h.call('POST', '/api/public/tickets', { body: { ...form, customerPhone: '13912340000', title: xss } });
    expect(res.status).toBe(201);
    const t = (await admin.get('/api/tickets?q=13912340000')).body.items[0];
    expect(t.title).toBe(xss);
    const fd = new FormData();
    for (const [k, v] of Object.entries({ ...form, customerPhone: '13912340001' })) fd.append(k, v);
    fd.append('attachments', new File(['<html><script>x</script></html>'], 'evil.html', { type: 'text/html' }));
    const att = await h.call('POST', '/api/public/tickets', { raw: fd });
    expect(att.status).toBe(400);
    expect(att.body.error.fields[0].path).toBe('attachments.0');
  });

  it('stores image attachments and serves them only as downloads', async () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries({ ...form, customerPhone: '13912340002' })) fd.append(k, v);
    fd.append('attachments', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '照片.png', { type: 'image/png' }));
    expect((await h.call('POST', '/api/public/tickets', { raw: fd })).status).toBe(201);
    const t = (await admin.get('/api/tickets?q=13912340002')).body.items[0];
    const d = (await admin.get<TicketDetail>(`/api/tickets/${t.id}`)).body;
    expect(d.attachments[0]).toMatchObject({ fileName: '照片.png', size: 4 });
    const file = await admin.get(`/api/tickets/${t.id}/attachments/${d.attachments[0].id}`);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('rate-limits submissions per client (429)', async () => {
    await h.db.execute(sql`delete from rate_limits`); // the other tests' submissions counted in this database too
    const app = buildApp({ database: h.database, config: h.config, now: () => new Date(), publicLimits: { submitLimit: 2, windowMs: 60_000 } });
    const post = () => app.request('/api/public/tickets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(form) });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);
    const third = await post();
    expect(third.status).toBe(429);
    expect((await third.json()).error.message).toContain('频繁');
    // Checked before the body is read: an over-limit client gets 429 even for a body that would be a 400.
    expect((await app.request('/api/public/tickets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' })).status).toBe(429);
    // The count is in the database: a second instance on the same database shares it.
    const second = buildApp({ database: h.database, config: h.config, now: () => new Date(), publicLimits: { submitLimit: 2, windowMs: 60_000 } });
    expect(
      (await second.request('/api/public/tickets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(form) })).status,
    ).toBe(429);
  });
});

describe('resolution, customer confirmation and satisfaction', () => {
  it('resolve → the customer confirms → survey → CSI on the dashboard', async () => {
    const sub = (await h.call('POST', '/api/public/tickets', { body: { ...form, customerPhone: '13955550000', title: '等待时间过长' } })).body;
    const t = (await admin.get('/api/tickets?q=13955550000')).body.items[0];
    const resolved = await admin.call<TicketDetail>('POST', `/api/tickets/${t.id}/actions`, {
      body: { version: t.version, action: 'resolve', note: '已致歉并赠送保养券' },
    });
    expect(resolved.status).toBe(200);
    await admin.call('PATCH', `/api/tickets/${t.id}`, { body: { version: resolved.body.version, causeCategory: '等待时间' } });
    const confirmed = await h.call('POST', `/api/public/tickets/${sub.trackingToken}/confirm`, { body: { satisfied: true, comment: '满意' } });
    expect(confirmed.body.status).toBe('closed');
    expect(confirmed.body.surveyToken).toBeTruthy();
    const survey = await h.call('GET', `/api/public/surveys/${confirmed.body.surveyToken}`);
    expect(survey.body.questions).toHaveLength(4);
    const missing = await h.call('POST', `/api/public/surveys/${confirmed.body.surveyToken}`, { body: { answers: { speed: 5 } } });
    expect(missing.status).toBe(400);
    const answered = await h.call('POST', `/api/public/surveys/${confirmed.body.surveyToken}`, {
      body: { answers: { speed: 5, result: 5, attitude: 4, overall: 5 } },
    });
    expect(answered.body.score).toBe(94);
    expect(
      (await h.call('POST', `/api/public/surveys/${confirmed.body.surveyToken}`, { body: { answers: { speed: 1, result: 1, attitude: 1, overall: 1 } } }))
        .status,
    ).toBe(409);
    const dash = (await admin.get('/api/ticket-stats')).body;
    expect(dash.csi.overall).toBe(94);
    expect(dash.causePareto.find((p: { cause: string }) => p.cause === '等待时间').count).toBe(1);
    expect(dash.resolutionCompliance).toBeGreaterThan(0);
  });

  it('a survey answered by many tabs at once counts exactly one answer', async () => {
    const sub = (await h.call('POST', '/api/public/tickets', { body: { ...form, customerPhone: '13955551111', title: '取车等待' } })).body;
    const t = (await admin.get('/api/tickets?q=13955551111')).body.items[0];
    await admin.call('POST', `/api/tickets/${t.id}/actions`, { body: { version: t.version, action: 'resolve', note: '已处理' } });
    const token = (await h.call('POST', `/api/public/tickets/${sub.trackingToken}/confirm`, { body: { satisfied: true } })).body.surveyToken;
    const scores = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
    const results = await Promise.all(
      scores.map((v) => h.call('POST', `/api/public/surveys/${token}`, { body: { answers: { speed: v, result: v, attitude: v, overall: v } } })),
    );
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(scores.length - 1);
    expect((await h.call('GET', `/api/public/surveys/${token}`)).body.score).toBe(won[0].body.score);
  });

  it('a customer who is not satisfied reopens it; a customer may take it straight to the leadership', async () => {
    const sub = (await h.call('POST', '/api/public/tickets', { body: { ...form, customerPhone: '13955551111' } })).body;
    const t = (await admin.get('/api/tickets?q=13955551111')).body.items[0];
    await admin.call('POST', `/api/tickets/${t.id}/actions`, { body: { version: t.version, action: 'resolve', note: '已处理' } });
    const reopened = await h.call('POST', `/api/public/tickets/${sub.trackingToken}/confirm`, { body: { satisfied: false, comment: '异味还在' } });
    expect(reopened.body.status).toBe('in_progress');
    const up = await h.call('POST', `/api/public/tickets/${sub.trackingToken}/escalate`, { body: { reason: '两次都没修好', toLeadership: true } });
    expect(up.status).toBe(200);
    const d = (await admin.get<TicketDetail>(`/api/tickets/${t.id}`)).body;
    expect(d.handlerName).toBe('陈建华'); // 总经理
    expect(d.events.some((e) => e.type === 'escalated' && e.body.includes('客户要求升级'))).toBe(true);
  });
});

describe('compensation within and above authority', () => {
  it('grants within the advisor’s limit, asks for approval above it, and only a big-enough limit approves', async () => {
    const advisor = await h.login('advisor');
    const me = (await advisor.get('/api/auth/me')).body;
    const t = await f.ticket({
      channel: 'walk-in',
      kind: 'complaint',
      title: '漆面划伤',
      customerName: '钱先生',
      customerPhone: '13811112222',
      handlerEmployeeId: me.employeeId,
    });
    expect(t.handlerEmployeeId).toBe(me.employeeId);
    const small = await advisor.call('POST', `/api/tickets/${t.id}/compensations`, { body: { amountFen: 15000, reason: '赠送洗车卡' } });
    expect(small.body.status).toBe('approved');
    const big = await advisor.call('POST', `/api/tickets/${t.id}/compensations`, { body: { amountFen: 80000, reason: '免费补漆' } });
    expect(big.body.status).toBe('pending');
    const pending = (await advisor.get('/api/compensations/pending')).body.items;
    expect(pending.find((p: { id: string }) => p.id === big.body.id)).toBeUndefined(); // above the advisor's own limit
    const supervisor = await h.login('frontdesk');
    const forSupervisor = (await supervisor.get('/api/compensations/pending')).body.items.find((p: { id: string }) => p.id === big.body.id);
    expect(forSupervisor.amountFen).toBe(80000);
    expect((await advisor.call('POST', `/api/compensations/${big.body.id}/decision`, { body: { version: forSupervisor.version, approve: true } })).status).toBe(
      403,
    );
    const inbox = (await supervisor.get('/api/notifications')).body.items;
    expect(inbox.some((n: { title: string }) => n.title.includes('待审批'))).toBe(true);
    const ok = await supervisor.call('POST', `/api/compensations/${big.body.id}/decision`, {
      body: { version: forSupervisor.version, approve: true, note: '同意' },
    });
    expect(ok.body.status).toBe('approved');
    expect(
      (await supervisor.call('POST', `/api/compensations/${big.body.id}/decision`, { body: { version: forSupervisor.version, approve: false } })).status,
    ).toBe(409);
    const tooBig = await supervisor.call('POST', `/api/tickets/${t.id}/compensations`, { body: { amountFen: 0, reason: 'x' } });
    expect(tooBig.status).toBe(400);
  });
});

describe('scope, permissions, settings, notifications', () => {
  it('404 for another point’s ticket; 403 for a role without ticket permissions', async () => {
    const child = await f.servicePoint({ kind: 'franchise', code: 'FR-T1', nameZh: '某特约店' });
    const pos = await f.position({ servicePointId: child.id, titleZh: '店长', permissions: ['tickets.handle', 'tickets.supervise'] });
    const emp = await f.employee({
      servicePointId: child.id,
      name: '孔店长',
      phone: '13512340000',
      assignments: [{ positionId: pos.id, teamId: null, isPrimary: true }],
    });
    const other = await f.session({ username: 'frt1', displayName: '特约店', servicePointId: child.id, employeeId: emp.id });
    const stationTicket = (await admin.get('/api/tickets')).body.items[0];
    expect((await other.get(`/api/tickets/${stationTicket.id}`)).status).toBe(404);
    expect((await other.get('/api/tickets')).body.total).toBe(0);
    const workshop = await h.login('workshop');
    expect((await workshop.get('/api/tickets')).status).toBe(403);
  });

  it('filters breached tickets before paging, so the total is right', async () => {
    h.setNow('2026-12-20T02:00:00Z');
    const page1 = (await admin.get('/api/tickets?breached=true&pageSize=2')).body;
    expect(page1.total).toBeGreaterThan(2);
    expect(page1.items).toHaveLength(2);
    expect(
      page1.items.every(
        (i: { firstResponse: { isBreached: boolean }; resolution: { isBreached: boolean } }) => i.firstResponse.isBreached || i.resolution.isBreached,
      ),
    ).toBe(true);
    const all = (await admin.get('/api/tickets?breached=true&pageSize=200')).body;
    expect(all.items).toHaveLength(page1.total);
    h.setNow('2026-11-22T02:00:00Z');
  });

  it('a 24×7 calendar changes the deadlines of new tickets; bad settings are 400; stale 409', async () => {
    const s = (await admin.get('/api/ticket-settings')).body;
    expect(s.coverage.missingYears).toEqual([2027]);
    const saved = await admin.call('PUT', '/api/ticket-settings/calendar', {
      body: { version: s.calendar.version, mode: '24x7', hours: {}, openOnHolidays: true },
    });
    expect(saved.status).toBe(200);
    expect((await admin.call('PUT', '/api/ticket-settings/calendar', { body: { version: 0, mode: '24x7', hours: {} } })).status).toBe(409);
    h.setNow('2026-11-28T14:00:00Z'); // Saturday night in Shanghai
    const t = (await admin.call<TicketDetail>('POST', '/api/tickets', { body: { channel: 'phone', kind: 'fault', title: '夜间救援', customerName: '孙先生' } }))
      .body;
    expect(new Date(t.firstResponse.dueAt!).toISOString()).toBe('2026-11-28T18:00:00.000Z');
    const bad = await admin.call('PUT', '/api/ticket-settings/policies/high', {
      body: { version: 0, firstResponseMinutes: 600, resolutionMinutes: 60, escalationMinutes: 30 },
    });
    expect(bad.status).toBe(400);
    const badYear = await admin.call('POST', '/api/holiday-years', {
      body: { year: 2027, holidays: [{ name: '春节', from: '2027-02-30', to: '2027-02-01' }], workdays: [] },
    });
    expect(badYear.status).toBe(400);
  });

  it('delivers notifications at least once with retries and shows each once', async () => {
    let calls = 0;
    const flaky: NotificationChannel = {
      name: 'inbox',
      deliver: async () => {
        calls++;
        if (calls === 1) throw new Error('gateway down');
      },
    };
    const handlers = buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(Date.now() + 10 * 86400_000), channels: { inbox: flaky } });
    await admin.call('POST', '/api/tickets', { body: { channel: 'email', kind: 'consultation', title: '保养周期咨询', customerName: '周先生' } });
    const later = () => new Date(Date.now() + 10 * 86400_000);
    for (let i = 0; i < 5; i++) await runDueJobs(h.db, 'wx', handlers, later);
    const cs = await h.login('crm');
    const inbox = (await cs.get('/api/notifications')).body;
    const mine = inbox.items.filter((n: { title: string }) => n.title.includes('保养周期咨询'));
    expect(mine.length).toBeLessThanOrEqual(1);
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});
