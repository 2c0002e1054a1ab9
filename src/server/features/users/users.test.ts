import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';

let h: Harness;
let admin: Awaited<ReturnType<Harness['login']>>;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
});

describe('users', () => {
  it('a new user linked to an employee gets that employee’s positions as authority', async () => {
    const qc = (await admin.get('/api/employees?q=')).body.items.find((e: { assignments: { positionTitle: string }[] }) =>
      e.assignments.some((a) => a.positionTitle === '质量检验员'),
    );
    const res = await admin.call('POST', '/api/users', { body: { username: 'qc1', displayName: qc.name, password: 'qc1-password', employeeId: qc.id } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ employeeName: qc.name, isSuperuser: false, isActive: true });
    const me = (await (await h.login('qc1', 'qc1-password')).get('/api/auth/me')).body;
    expect(me.positionTitles).toEqual(['质量检验员']);
    expect(me.permissions).toContain('qc.inspect');
  });

  it('400 field errors, 409 duplicate username (case-insensitive), 403 without users.manage', async () => {
    const bad = await admin.call('POST', '/api/users', { body: { username: 'a b', displayName: '', password: 'short' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['displayName', 'password', 'username']);
    expect((await admin.call('POST', '/api/users', { body: { username: 'QC1', displayName: 'x', password: 'password-1' } })).status).toBe(409);
    const advisor = await h.login('advisor');
    expect((await advisor.get('/api/users')).status).toBe(403);
  });

  it('deactivating a user ends their sessions; a stale version is 409', async () => {
    const s = await h.login('qc1', 'qc1-password');
    const u = (await admin.get('/api/users')).body.items.find((x: { username: string }) => x.username === 'qc1');
    expect((await admin.call('PATCH', `/api/users/${u.id}`, { body: { version: u.version, isActive: false } })).status).toBe(200);
    expect((await s.get('/api/auth/me')).status).toBe(401);
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'qc1', password: 'qc1-password' } })).status).toBe(401);
    expect((await admin.call('PATCH', `/api/users/${u.id}`, { body: { version: u.version, isActive: true } })).status).toBe(409);
  });

  it('an admin cannot deactivate themselves', async () => {
    const me = (await admin.get('/api/users')).body.items.find((x: { username: string }) => x.username === 'admin');
    const res = await admin.call('PATCH', `/api/users/${me.id}`, { body: { version: me.version, isActive: false } });
    expect(res.status).toBe(422);
  });
});
