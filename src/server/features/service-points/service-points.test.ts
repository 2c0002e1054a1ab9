import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createHarness, type Harness } from '../../test/harness.js';
import type { ServicePoint } from '../../../contracts/org.js';

let h: Harness;
let admin: Awaited<ReturnType<Harness['login']>>;
let station: ServicePoint;
let child: ServicePoint;

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  station = (await admin.get('/api/service-points')).body.items[0];
  child = (
    await admin.call('POST', '/api/service-points', {
      body: { parentId: station.id, kind: 'franchise', code: 'FR-01', nameZh: '闵行特约服务商', regionCodes: ['310112'] },
    })
  ).body;
});

describe('service points', () => {
  it('creates a child point under a visible parent, with covered regions', () => {
    expect(child).toMatchObject({ parentId: station.id, depth: 1, kind: 'franchise', regionCodes: ['310112'] });
  });

  it('400 for unknown division codes and bad codes; 409 for a duplicate code', async () => {
    const bad = await admin.call('POST', '/api/service-points', {
      body: { parentId: station.id, kind: 'station', code: 'X 1', nameZh: '', regionCodes: ['999999'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['code', 'nameZh']);
    const region = await admin.call('POST', '/api/service-points', {
      body: { parentId: station.id, kind: 'station', code: 'ST-9', nameZh: '某站', regionCodes: ['999999'] },
    });
    expect(region.status).toBe(400);
    expect(region.body.error.fields[0].path).toBe('regionCodes.0');
    const dup = await admin.call('POST', '/api/service-points', { body: { parentId: station.id, kind: 'station', code: 'FR-01', nameZh: '重复' } });
    expect(dup.status).toBe(409);
  });

  it('updates with a version and 409s when stale', async () => {
    const ok = await admin.call('PATCH', `/api/service-points/${child.id}`, { body: { version: child.version, contactName: '王经理' } });
    expect(ok.status).toBe(200);
    expect(ok.body.nameZh).toBe('闵行特约服务商');
    expect((await admin.call('PATCH', `/api/service-points/${child.id}`, { body: { version: child.version, contactName: 'x' } })).status).toBe(409);
  });

  it('serves the administrative divisions from the npm data package', async () => {
    const res = await admin.get('/api/regions');
    const sh = res.body.items.find((p: { name: string }) => p.name === '上海市');
    expect(sh.code).toBe('310000');
    expect(JSON.stringify(sh)).toContain('"310112"');
  });
});

describe('data scope', () => {
  let childAdmin: Awaited<ReturnType<Harness['login']>>;
  let stationPositionId: string;

  beforeAll(async () => {
    await admin.call('POST', '/api/users', {
      body: { username: 'fr01', displayName: '服务商管理员', password: 'fr01-password', servicePointId: child.id, isSuperuser: false },
    });
    childAdmin = await h.login('fr01', 'fr01-password');
    stationPositionId = (await admin.get('/api/positions')).body.items[0].id;
  });

  it('a user of a lower point sees only their point', async () => {
    const points = (await childAdmin.get('/api/service-points')).body.items as ServicePoint[];
    expect(points.map((p) => p.id)).toEqual([child.id]);
  });

  it('404 (not 403) for anything of a point above or beside theirs', async () => {
    expect((await childAdmin.get(`/api/service-points/${station.id}`)).status).toBe(404);
    // No positions of their own means no org.read either; grant it by a superuser-made position at their point.
    const pos = await admin.call('POST', '/api/positions', {
      body: { servicePointId: child.id, titleZh: '服务商经理', superiorId: null, permissions: ['org.read', 'org.manage', 'employees.manage'] },
    });
    expect(pos.status).toBe(201);
    const emp = await admin.call('POST', '/api/employees', {
      body: { servicePointId: child.id, name: '钱多多', phone: '13512345678', assignments: [{ positionId: pos.body.id }] },
    });
    expect(emp.status).toBe(201);
    const users = (await admin.get('/api/users')).body.items;
    const fr = users.find((u: { username: string }) => u.username === 'fr01');
    expect((await admin.call('PATCH', `/api/users/${fr.id}`, { body: { version: fr.version, employeeId: emp.body.id } })).status).toBe(200);

    expect((await childAdmin.get('/api/org/chart')).body.positions.map((p: { titleZh: string }) => p.titleZh)).toEqual(['服务商经理']);
    expect((await childAdmin.get(`/api/positions/${stationPositionId}`)).status).toBe(404);
    expect((await childAdmin.get(`/api/org/chart?servicePointId=${station.id}`)).status).toBe(404);
    expect((await childAdmin.get(`/api/employees?servicePointId=${station.id}`)).status).toBe(404);
    const p = (await admin.get(`/api/positions/${stationPositionId}`)).body;
    expect((await childAdmin.call('PATCH', `/api/positions/${stationPositionId}`, { body: { version: p.version, grade: 'hack' } })).status).toBe(404);
  });

  it('the station sees the child point’s organization', async () => {
    const res = await admin.get(`/api/org/chart?servicePointId=${child.id}`);
    expect(res.status).toBe(200);
    expect(res.body.servicePointName).toBe('闵行特约服务商');
  });
});

describe('departments and teams', () => {
  it('create, rename with version, refuse deleting a department in use', async () => {
    const d = await admin.call('POST', '/api/departments', { body: { nameZh: '精品部', nameEn: 'Accessories' } });
    expect(d.status).toBe(201);
    const t = await admin.call('POST', '/api/teams', { body: { nameZh: '美容班', trade: 'other', departmentId: d.body.id } });
    expect(t.status).toBe(201);
    expect((await admin.call('PATCH', `/api/teams/${t.body.id}`, { body: { version: t.body.version, nameZh: '美容一班' } })).body.nameZh).toBe('美容一班');
    const del = await admin.call('DELETE', `/api/departments/${d.body.id}?version=${d.body.version}`);
    expect(del.status).toBe(422);
    expect(del.body.error.code).toBe('DEPARTMENT_IN_USE');
    const bad = await admin.call('POST', '/api/teams', { body: { nameZh: '', trade: 'cooking' } });
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['nameZh', 'trade']);
  });
});

describe('time zone of a point', () => {
  it('an invalid zone is refused on input; a bad stored one never breaks the views of the point or the tree above it', async () => {
    const h2 = await createHarness();
    const admin = await h2.login('admin');
    const point = (await admin.get('/api/service-points')).body.items.find((p: { kind: string }) => p.kind === 'station');
    const bad = await admin.call('PATCH', `/api/service-points/${point.id}`, { body: { version: point.version, timeZone: 'Not/AZone' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('timeZone');
    await h2.db.execute(sql`update service_points set time_zone = 'Not/AZone' where id = ${point.id}`);
    for (const path of [
      '/api/tickets',
      '/api/ticket-stats',
      `/api/workshop/board?servicePointId=${point.id}`,
      `/api/home/today?servicePointId=${point.id}`,
      `/api/employees?servicePointId=${point.id}`,
    ]) {
      expect([path, (await admin.get(path)).status]).toEqual([path, 200]);
    }
  });
});
