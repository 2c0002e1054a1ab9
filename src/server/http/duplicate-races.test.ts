/**
 * Eight identical creates at once for every entity with a unique business key: exactly one is created, the others
 * are 409 naming the field — never a 500. Real races on PostgreSQL (PGlite serializes, so there it checks the
 * ordinary duplicate path); the unique index decides, whatever the service checked before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.js';
import { vin } from '../test/factories.js';

let h: Harness;
let admin: Awaited<ReturnType<Harness['login']>>;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
});

const CASES: [string, string, () => Promise<unknown>][] = [
  ['part', '/api/parts', async () => ({ partNo: 'RACE-001', name: '机油滤清器', costPriceFen: 1000, retailPriceFen: 2000 })],
  ['employee', '/api/employees', async () => ({ name: '竞态员工', phone: '13612345678', employeeNo: 'E-RACE' })],
  [
    'service point',
    '/api/service-points',
    async () => ({ parentId: (await admin.get('/api/service-points')).body.items[0].id, kind: 'station', code: 'RACE-SP', nameZh: '竞态网点' }),
  ],
  ['labor operation', '/api/labor-operations', async () => ({ code: 'RACE-OP', name: '竞态工时', trade: 'mechanical', category: 'minor', defaultHours: 1 })],
  ['user', '/api/users', async () => ({ username: 'race-user', displayName: '竞态用户', password: 'race-pass-1234' })],
  ['warehouse location', '/api/warehouse-locations', async () => ({ code: 'RACE-LOC', name: '竞态库位' })],
  [
    'vehicle',
    '/api/vehicles',
    async () => {
      const customer = (await admin.call('POST', '/api/customers', { body: { kind: 'person', name: '竞态客户', phone: '13912340000' } })).body;
      return {
        customerId: customer.id,
        vin: vin('LZWADAGA98765432'),
        plate: '苏E9R9C9',
        brand: '上汽大众',
        model: '朗逸',
        modelFamily: '朗逸',
        mileageKm: 1000,
      };
    },
  ],
];

describe('eight identical creates at once', () => {
  it.each(CASES)('%s: one is created, seven are 409, none is a 5xx', async (_name, path, body) => {
    const payload = await body();
    const results = await Promise.all(Array.from({ length: 8 }, () => admin.call('POST', path, { body: payload })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.fields?.length ?? 0).toBeGreaterThan(0);
  });
});
