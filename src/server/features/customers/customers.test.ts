import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { vin } from '../../test/factories.js';
import { usccCheckChar } from '../../../domain/identifiers/index.js';
import type { Customer, Vehicle } from '../../../contracts/customers.js';

let h: Harness;
let advisor: Awaited<ReturnType<Harness['login']>>;
const VALID_VIN = vin('LSVAU218N2183294');
const wrongCheck = (v: string) => `${v.slice(0, 8)}${v[8] === '1' ? '2' : '1'}${v.slice(9)}`;

beforeAll(async () => {
  h = await createHarness();
  advisor = await h.login('advisor');
});

describe('customers and vehicles', () => {
  let person: Customer;

  it('creates a person with a mobile number and a vehicle with a valid VIN and a new-energy plate', async () => {
    const c = await advisor.call<Customer>('POST', '/api/customers', { body: { kind: 'person', name: '李明', phone: '+86 138-0013-8000' } });
    expect(c.status).toBe(201);
    expect(c.body.phone).toBe('13800138000');
    person = c.body;
    expect(VALID_VIN).toHaveLength(17);
    const v = await advisor.call<Vehicle>('POST', '/api/vehicles', {
      body: {
        customerId: person.id,
        vin: VALID_VIN.toLowerCase(),
        plate: '沪A·D12345',
        brand: '上汽大众',
        model: 'ID.4',
        mileageKm: 12000,
        warrantyUntil: '2028-01-01',
        warrantyKm: 100000,
      },
    });
    expect(v.status).toBe(201);
    expect(v.body).toMatchObject({ vin: VALID_VIN, plate: '沪AD12345', plateKind: 'new-energy', isVinCheckValid: true, isUnderWarranty: true });
  });

  it('VIN rules: 400 for format (I/O/Q, length), 422 VIN_CHECK_DIGIT for a wrong check digit unless confirmed', async () => {
    for (const bad of ['LSVAU2180N218329', 'LSVAU2180N21832IO', 'Q'.repeat(17)]) {
      const r = await advisor.call('POST', '/api/vehicles', { body: { customerId: person.id, vin: bad } });
      expect(r.status, bad).toBe(400);
      expect(r.body.error.fields[0].path).toBe('vin');
    }
    const imported = wrongCheck(vin('WDD20504F7654321'));
    const refused = await advisor.call('POST', '/api/vehicles', { body: { customerId: person.id, vin: imported } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('VIN_CHECK_DIGIT');
    const confirmed = await advisor.call<Vehicle>('POST', '/api/vehicles', { body: { customerId: person.id, vin: imported, vinCheckOverride: true } });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.isVinCheckValid).toBe(false);
    // Editing that car without touching the VIN does not ask about the check digit again.
    const again = await advisor.call('PATCH', `/api/vehicles/${confirmed.body.id}`, {
      body: { version: confirmed.body.version, vin: imported, brand: '奔驰' },
    });
    expect(again.status).toBe(200);
    const dup = await advisor.call('POST', '/api/vehicles', { body: { customerId: person.id, vin: VALID_VIN } });
    expect(dup.status).toBe(409);
  });

  it('companies need a valid Unified Social Credit Code (GB 32100 check character)', async () => {
    const body17 = '91310000MA1FL4TN2';
    const good = `${body17}${usccCheckChar(body17)}`;
    const bad = `${body17}${usccCheckChar(body17) === '0' ? '1' : '0'}`;
    expect((await advisor.call('POST', '/api/customers', { body: { kind: 'company', name: '某物流公司' } })).body.error.fields[0].path).toBe('uscc');
    const wrong = await advisor.call('POST', '/api/customers', { body: { kind: 'company', name: '某物流公司', uscc: bad } });
    expect(wrong.status).toBe(400);
    const ok = await advisor.call<Customer>('POST', '/api/customers', {
      body: { kind: 'company', name: '某物流公司', uscc: good.toLowerCase(), contacts: [{ name: '车队长王', phone: '13900000000', role: '车队' }] },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.uscc).toBe(good);
  });

  it.each(['1381234567a', '12812345678', '1381234567'])('a contact phone %s is refused field by field, like the customer phone', async (phone) => {
    const res = await advisor.call('POST', '/api/customers', {
      body: { kind: 'person', name: '周先生', phone: '13800138001', contacts: [{ name: '周太太', phone }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['contacts.0.phone']);
  });

  it('finds a car by plate, by the last 6 of its VIN, by phone and by name', async () => {
    for (const q of ['沪AD12345', 'd12345', VALID_VIN.slice(-6), VALID_VIN.slice(-8).toLowerCase(), '13800138000', '李明']) {
      const r = await advisor.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
      expect(
        r.body.items.some((i: { customerId: string }) => i.customerId === person.id),
        q,
      ).toBe(true);
    }
    expect((await advisor.get('/api/search?q=x')).status).toBe(400);
  });

  it('mileage never goes down; stale versions are 409; the workshop role may not edit customers', async () => {
    const c = (await advisor.get<Customer>(`/api/customers/${person.id}`)).body;
    const v = c.vehicles.find((x) => x.vin === VALID_VIN)!;
    const down = await advisor.call('PATCH', `/api/vehicles/${v.id}`, { body: { version: v.version, mileageKm: 100 } });
    expect(down.status).toBe(422);
    expect(down.body.error.code).toBe('MILEAGE_DECREASE');
    expect((await advisor.call('PATCH', `/api/vehicles/${v.id}`, { body: { version: v.version, mileageKm: 15000 } })).status).toBe(200);
    expect((await advisor.call('PATCH', `/api/vehicles/${v.id}`, { body: { version: v.version, mileageKm: 16000 } })).status).toBe(409);
    const workshop = await h.login('workshop');
    expect((await workshop.call('PATCH', `/api/customers/${person.id}`, { body: { version: c.version, name: 'x' } })).status).toBe(403);
  });
});
