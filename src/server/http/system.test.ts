import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.js';
import { inject } from 'vitest';
import { createFactories } from '../test/factories.js';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});

describe('system endpoints', () => {
  it('/api/health names the database', async () => {
    const res = await h.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', db: inject('testDb') });
  });

  it('/api/openapi.json is OpenAPI 3.1 covering every endpoint; /api/docs serves Swagger UI locally', async () => {
    const doc = (await h.call('GET', '/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/api/auth/login',
      '/api/org/chart',
      '/api/positions/{id}',
      '/api/employees/import',
      '/api/staffing/export',
      '/api/service-points',
      '/api/users',
      '/api/audit-entries',
      '/api/api-tokens',
      '/api/health',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(doc.paths['/api/positions/{id}'].patch.responses).toHaveProperty('409');
    const docs = await h.call('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger-ui-bundle.js');
    expect((await h.call('GET', '/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('unknown API paths are 404 in the envelope; malformed JSON is 400, never 500', async () => {
    const nf = await h.call('GET', '/api/nothing-here');
    expect(nf.status).toBe(404);
    expect(nf.body.error.code).toBe('NOT_FOUND');
    const admin = await h.login('admin');
    const bad = await admin.call('POST', '/api/positions', { raw: '{"titleZh":', headers: { 'content-type': 'application/json' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('JSON');
    const notUuid = await admin.get('/api/positions/not-a-uuid');
    expect(notUuid.status).toBe(400);
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await h.call('POST', '/api/auth/login', {
      raw: 'x'.repeat(21 * 1024 * 1024),
      headers: { 'content-type': 'application/json', 'content-length': String(21 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
  });
});

describe('security headers', () => {
  it('a strict CSP without inline script on the API docs and API answers; no-store on personal data', async () => {
    const docs = await h.call('GET', '/api/docs');
    const csp = docs.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(docs.body).not.toMatch(/<script>[^<]/);
    expect(String((await h.call('GET', '/api/docs/assets/init.js')).body)).toContain('SwaggerUIBundle');
    const admin = await h.login('admin');
    const me = await admin.call('GET', '/api/auth/me');
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.headers.get('x-request-id')).toBeTruthy();
    expect((await h.call('GET', '/api/docs/assets/swagger-ui.css')).headers.get('cache-control')).toContain('max-age');
  });
});

describe('control characters', () => {
  it('a NUL byte anywhere — body, nested key, query, path — is a 400 naming the field, never a 500', async () => {
    const admin = await h.login('admin');
    const body = await admin.call('POST', '/api/customers', {
      body: { kind: 'person', name: '张\u0000三', phone: '13800138000', contacts: [{ name: 'x\u0007' }] },
    });
    expect(body.status).toBe(400);
    expect(body.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['name', 'contacts.0.name']);
    expect((await admin.get('/api/customers?q=%00')).status).toBe(400);
    expect((await admin.get('/api/customers/%00')).status).toBe(400);
    expect((await h.call('POST', '/api/auth/login', { body: { username: 'ad\u0000min', password: 'x' } })).status).toBe(400);
    expect(
      (
        await h.call('POST', '/api/public/tickets', {
          body: { kind: 'complaint', title: 'a\u0000', description: 'b', customerName: 'c', customerPhone: '13800138000' },
        })
      ).status,
    ).toBe(400);
    // Line breaks and tabs are text, not control characters to refuse.
    expect((await admin.get('/api/customers?q=%0A')).status).toBe(200);
  });
});

describe('contact numbers by role (PIPL)', () => {
  it('the technician and the keeper see customers’ numbers masked; the advisor sees them in full', async () => {
    const advisor = await h.login('advisor');
    const c = (
      await advisor.call('POST', '/api/customers', {
        body: { kind: 'person', name: '吴先生', phone: '13912347514', contacts: [{ name: '吴太太', phone: '13800138000' }] },
      })
    ).body;
    expect((await advisor.get(`/api/customers/${c.id}`)).body.phone).toBe('13912347514');
    for (const who of ['tech', 'keeper']) {
      const s = await h.login(who);
      const seen = await s.get(`/api/customers/${c.id}`);
      if (seen.status !== 200) continue; // a role that may not open customers at all sees nothing anyway
      expect(seen.body.phone).toBe('139****7514');
      expect(seen.body.contacts[0].phone).toBe('138****8000');
      expect(JSON.stringify(seen.body)).not.toContain('13912347514');
    }
    await createFactories(h).workOrder({ status: 'confirmed', customer: c });
    const tech = await h.login('tech');
    const list = await tech.get('/api/work-orders');
    expect(list.status).toBe(200);
    expect(list.body.items.some((w: { customerPhone: string }) => w.customerPhone === '139****7514')).toBe(true);
    expect(JSON.stringify(list.body)).not.toMatch(/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/);
    expect((await advisor.get('/api/work-orders')).body.items.some((w: { customerPhone: string }) => w.customerPhone === '13912347514')).toBe(true);
  });
});

describe('numbers and messages', () => {
  it('an integer beyond its column is a 400 on that field, with the message in Chinese', async () => {
    const admin = await h.login('admin');
    const res = await admin.call('POST', '/api/routing-rules', { body: { name: '溢出', sortOrder: -2147483649, when: {}, then: {} } });
    expect(res.status).toBe(400);
    const field = res.body.error.fields.find((f: { path: string }) => f.path === 'sortOrder');
    expect(field.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
