import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { ok } from '../../test/factories.js';

const h = await createHarness();
const answers = {
  size: 'medium',
  mechanization: 'high',
  process: 'general',
  outsourcing: 'high',
  production: 'single',
  products: ['数控机床'],
  regions: ['华东', '华南'],
};

describe('organization design advisor', () => {
  it('recommends a structure from the answers (⑥ holds), installs it as a draft at a point without an organization, once', async () => {
    const admin = await h.login('admin');
    const bad = await admin.call('POST', '/api/org/advisor/recommend', { body: { ...answers, size: 'huge' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('size');
    const r = ok(await admin.call('POST', '/api/org/advisor/recommend', { body: answers }), 'recommend');
    expect(r.violations).toEqual([]);
    const byKey = new Map(r.positions.map((p: { key: string }) => [p.key, p]));
    expect(byKey.get('service-head')).toMatchObject({ superiorKey: 'gm', headOf: 'customer-service', collaboratesWith: [] });
    expect(byKey.get('sales-head')).toMatchObject({ superiorKey: 'gm', headOf: 'sales', collaboratesWith: ['service-head'] });
    expect(byKey.get('field-2')).toMatchObject({ titleZh: '华南现场服务工程师', staffMin: 1, staffMax: 2 });
    expect(r.reasons.join('\n')).toContain('③(4) 协作化程度高');

    // The demo station has its organization: refused, nothing changed.
    const me = ok(await admin.get('/api/auth/me'), 'me');
    const station = h.installed.orgPointId;
    const before = ok(await admin.get(`/api/org/chart?servicePointId=${station}`), 'chart').positions.length;
    const taken = await admin.call('POST', '/api/org/advisor/install', { body: { servicePointId: station, answers } });
    expect(taken.status).toBe(409);
    expect(ok(await admin.get(`/api/org/chart?servicePointId=${station}`), 'chart').positions.length).toBe(before);

    // A new company point gets the recommended structure, vacant (a draft to staff), valid by validateOrg.
    const point = ok(
      await admin.call('POST', '/api/service-points', { body: { parentId: me.servicePointId, kind: 'franchise', code: 'NEW-01', nameZh: '新设售后服务部' } }),
      'point',
    );
    const installed = ok(await admin.call('POST', '/api/org/advisor/install', { body: { servicePointId: point.id, answers } }), 'install');
    expect(installed.positions).toBe(r.positions.length);
    const chart = ok(await admin.get(`/api/org/chart?servicePointId=${point.id}`), 'new chart');
    expect(chart.violations).toEqual([]);
    expect(chart.positions.map((p: { titleZh: string }) => p.titleZh)).toEqual(expect.arrayContaining(['售后服务部经理', '销售部经理', '外协管理员']));
    expect(chart.links).toHaveLength(1);
    expect((await admin.call('POST', '/api/org/advisor/install', { body: { servicePointId: point.id, answers } })).status).toBe(409);
    // Someone without org.manage may ask for advice but not install it.
    const advisor = await h.login('advisor');
    expect((await advisor.call('POST', '/api/org/advisor/recommend', { body: answers })).status).toBe(200);
    expect((await advisor.call('POST', '/api/org/advisor/install', { body: { answers } })).status).toBe(403);
  }, 120_000);
});
