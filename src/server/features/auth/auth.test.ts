import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, ADMIN_PASSWORD } from '../../test/harness.js';
import { buildApp } from '../../main.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});

describe('login / logout', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and /me answers with the user', async () => {
    const res = await h.call('POST', '/api/auth/login', { body: { username: 'admin', password: ADMIN_PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/as_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await h.call('GET', '/api/auth/me', { cookie: cookie.split(';')[0] });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'admin', isSuperuser: true, servicePointName: expect.stringContaining('4S') });
  });

  it('401 with a Chinese message for a wrong password, and for no session', async () => {
    const bad = await h.call('POST', '/api/auth/login', { body: { username: 'advisor', password: 'nope-nope' } });
    expect(bad.status).toBe(401);
    expect(bad.body.error.message).toBe('用户名或密码错误');
    expect((await h.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await h.call('GET', '/api/org/chart')).status).toBe(401);
  });

  it('400 lists every missing field', async () => {
    const res = await h.call('POST', '/api/auth/login', { body: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['password', 'username']);
  });

  it('logout ends the session in the database', async () => {
    const s = await h.login('manager');
    expect((await s.get('/api/auth/me')).status).toBe(200);
    expect((await s.call('POST', '/api/auth/logout')).status).toBe(200);
    expect((await s.get('/api/auth/me')).status).toBe(401);
  });

  it('a session made by one app instance works on another sharing the database', async () => {
    const s = await h.login('manager');
    const second = buildApp({ database: h.database, config: h.config, now: () => new Date() });
    const res = await second.request('/api/auth/me', { headers: { cookie: s.cookie } });
    expect(res.status).toBe(200);
    expect((await res.json()).username).toBe('manager');
  });

  it('rate-limits repeated failures for a username (429) even with the right password afterwards', async () => {
    for (let i = 0; i < h.config.LOGIN_MAX_FAILURES; i++) {
      expect((await h.call('POST', '/api/auth/login', { body: { username: 'crm', password: 'wrong-pass' } })).status).toBe(401);
    }
    const blocked = await h.call('POST', '/api/auth/login', { body: { username: 'crm', password: 'demo1234' } });
    expect(blocked.status).toBe(429);
    h.advance((h.config.LOGIN_WINDOW_MINUTES + 1) * 60_000);
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'crm', password: 'demo1234' } })).status).toBe(200);
  });

  it('counts failures per account and address: a stranger cannot lock someone out everywhere; admins unlock', async () => {
    const behindProxy = buildApp({ database: h.database, config: { ...h.config, TRUST_PROXY: true }, now: h.now });
    const from = (ip: string, password: string) =>
      behindProxy.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `${ip}, 10.0.0.1` },
        body: JSON.stringify({ username: 'cashier', password }),
      });
    for (let i = 0; i < h.config.LOGIN_MAX_FAILURES; i++) expect((await from('203.0.113.9', 'wrong-pass')).status).toBe(401);
    expect((await from('203.0.113.9', 'demo1234')).status).toBe(429);
    expect((await from('198.51.100.7', 'demo1234')).status).toBe(200);
    // Without TRUST_PROXY the header is ignored: a client cannot choose a fresh address per attempt.
    for (let i = 0; i < h.config.LOGIN_MAX_FAILURES; i++) {
      await h.call('POST', '/api/auth/login', { body: { username: 'keeper', password: 'wrong-pass' }, headers: { 'x-forwarded-for': `192.0.2.${i}` } });
    }
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'keeper', password: 'demo1234' } })).status).toBe(429);
    const admin = await h.login('admin');
    const keeper = (await admin.get('/api/users')).body.items.find((u: { username: string }) => u.username === 'keeper');
    expect((await admin.call('POST', `/api/users/${keeper.id}/unlock-login`)).status).toBe(200);
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'keeper', password: 'demo1234' } })).status).toBe(200);
  });
});

describe('permissions derive from positions', () => {
  it('the advisor holds the 服务顾问 position with its permissions and authority limits', async () => {
    const me = (await (await h.login('advisor')).get('/api/auth/me')).body;
    expect(me.positionTitles.some((t: string) => t.startsWith('服务顾问'))).toBe(true);
    expect(me.permissions).toContain('work-orders.manage');
    expect(me.permissions).not.toContain('org.manage');
    expect(me.limits).toEqual({
      discountPct: 5,
      goodwillFen: 50000,
      compensationFen: 20000,
      insuranceWriteOffFen: 0,
      purchaseFen: 0,
      claimApproveFen: 0,
      subsidyApproveFen: 0,
      stockFen: 0,
    });
  });
});

describe('API tokens', () => {
  it('create → use as Bearer → revoke → 401', async () => {
    const admin = await h.login('admin');
    const created = await admin.call('POST', '/api/api-tokens', { body: { name: 'DMS 对接' } });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    expect(token).toMatch(/^as_/);
    expect((await h.call('GET', '/api/auth/me', { token })).body.username).toBe('admin');
    const list = await admin.get('/api/api-tokens');
    expect(list.body.items.map((t: { name: string }) => t.name)).toContain('DMS 对接');
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect((await admin.call('DELETE', `/api/api-tokens/${created.body.item.id}`)).status).toBe(204);
    expect((await h.call('GET', '/api/auth/me', { token })).status).toBe(401);
  });

  it('403 for a user whose positions lack tokens.manage; 400 for a bad expiry', async () => {
    const advisor = await h.login('advisor');
    expect((await advisor.call('POST', '/api/api-tokens', { body: { name: 'x' } })).status).toBe(403);
    const admin = await h.login('admin');
    const bad = await admin.call('POST', '/api/api-tokens', { body: { name: 'x', expiresAt: 'tomorrow' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('expiresAt');
  });
});

describe('locale and password', () => {
  it('remembers the chosen language', async () => {
    const s = await h.login('workshop');
    expect((await s.call('PUT', '/api/auth/me/locale', { body: { locale: 'en-US' } })).status).toBe(200);
    expect((await s.get('/api/auth/me')).body.locale).toBe('en-US');
    expect((await s.call('PUT', '/api/auth/me/locale', { body: { locale: 'fr' } })).status).toBe(400);
  });

  it('changes the password only with the current one', async () => {
    const s = await h.login('frontdesk');
    const wrong = await s.call('POST', '/api/auth/password', { body: { currentPassword: 'x', newPassword: 'new-password-1' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe('currentPassword');
    expect((await s.call('POST', '/api/auth/password', { body: { currentPassword: 'demo1234', newPassword: 'new-password-1' } })).status).toBe(200);
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'frontdesk', password: 'new-password-1' } })).status).toBe(200);
  });
});
