import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../../test/harness.js';
import { createFactories, type Factories } from '../../test/factories.js';

let h: Harness;
let f: Factories;
beforeAll(async () => {
  h = await createHarness();
  f = createFactories(h);
});

describe('a customer’s personal data (PIPL)', () => {
  it('records marketing consent and when it changed', async () => {
    const advisor = await h.login('advisor');
    const c = (await advisor.call('POST', '/api/customers', { body: { kind: 'person', name: '郑女士', phone: '13712345670', marketingConsent: true } })).body;
    expect(c).toMatchObject({ marketingConsent: true, consentAt: h.now().toISOString() });
    h.advance(3_600_000);
    const off = (await advisor.call('PATCH', `/api/customers/${c.id}`, { body: { version: c.version, marketingConsent: false } })).body;
    expect(off).toMatchObject({ marketingConsent: false, consentAt: h.now().toISOString() });
  });

  it('exports what is held (JSON and .xlsx, audited); erasure anonymizes contact data and keeps the repair record', async () => {
    const advisor = await h.login('advisor');
    const customer = await f.customer({ name: '冯先生', phone: '13712345671', contacts: [{ name: '冯太太', phone: '13712345672', role: '家属' }] });
    const order = await f.workOrder({ status: 'delivered', customer });
    await h.call('POST', '/api/public/tickets', {
      body: { kind: 'complaint', title: '交车晚了', description: '说好下午五点', customerName: '冯先生', customerPhone: '13712345671', customerEmail: '' },
    });

    const json = await advisor.get(`/api/customers/${customer.id}/export`);
    expect(json.status).toBe(200);
    expect(json.body.customer).toMatchObject({ name: '冯先生', phone: '13712345671' });
    expect(json.body.workOrders.map((w: { number: string }) => w.number)).toEqual([order.number]);
    expect(json.body.tickets).toHaveLength(1);
    const xlsx = await advisor.get(`/api/customers/${customer.id}/export?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['客户', '车辆', '维修记录', '投诉与反馈']);

    const current = (await advisor.get(`/api/customers/${customer.id}`)).body;
    expect(
      (await (await h.login('tech')).call('POST', `/api/customers/${customer.id}/erase`, { body: { version: current.version, reason: '客户来电要求' } }))
        .status,
    ).toBe(403);
    const erased = await advisor.call('POST', `/api/customers/${customer.id}/erase`, { body: { version: current.version, reason: '客户来电要求' } });
    expect(erased.status).toBe(200);
    expect(erased.body.anonymizedTickets).toBe(1);
    const after = (await advisor.get(`/api/customers/${customer.id}`)).body;
    expect(after).toMatchObject({ phone: '', contacts: [], address: '', marketingConsent: false });
    expect(after.name).toMatch(/^已注销客户/);
    expect(after.erasedAt).toBeTruthy();
    // The repair record stays, under the anonymous name.
    const kept = (await advisor.get(`/api/work-orders/${order.id}`)).body;
    expect(kept).toMatchObject({ number: order.number, status: 'delivered', customerName: after.name, customerPhone: '' });
    expect(JSON.stringify((await advisor.get('/api/tickets?q=交车晚了')).body)).not.toContain('13712345671');
    const admin = await h.login('admin');
    const audit = (await admin.get(`/api/audit-entries?entityType=customer&entityId=${customer.id}`)).body;
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['customer.export', 'customer.erase']));
    expect(JSON.stringify(audit)).not.toContain('13712345671');
    expect((await advisor.call('PATCH', `/api/customers/${customer.id}`, { body: { version: after.version, name: '冯先生' } })).status).toBe(422);
  });
});
