import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import type { Session } from '../../test/factories.js';
import { createFieldFactories } from '../../test/factories-field-service.js';
import { buildJobHandlers } from '../../main.js';
import type { FieldMaintenancePlan, FieldMaintenanceView } from '../../../contracts/field-install.js';
import type { FieldUnitHistory, FieldVisit } from '../../../contracts/field-service.js';

let h: Harness;
let admin: Session;
let f: ReturnType<typeof createFieldFactories>;
const NOW = '2026-12-01T01:00:00Z'; // 09:00 on 1 December in Shanghai

beforeAll(async () => {
  h = await createHarness();
  admin = await h.login('admin');
  f = createFieldFactories(admin);
  h.setNow(NOW);
});
const run = (at = NOW) => buildJobHandlers({ database: h.database, config: h.config, now: () => new Date(at) })['field-maintenance'](null as never);
const maintenanceOf = async (unitId: string) =>
  (await admin.get<FieldUnitHistory>(`/api/field/units/${unitId}`)).body.visits.filter((v) => v.kind === 'maintenance').map((v) => v.plannedDate);

describe('maintenance plans: unit > contract > product > the product default in warranty', () => {
  it('a unit plan, a contract plan after the warranty and a product plan each generate their visit, exactly once', async () => {
    const p = await f.product({ maintenanceIntervalMonths: 2, warrantyMonths: 12 });
    const byUnit = await f.unit({ productId: p.id, installedOn: '2026-10-20' }); // product default: due 12-20
    const byDefault = await f.unit({ productId: p.id, installedOn: '2026-10-15' }); // due 12-15: 14 days ahead
    const byContract = await f.unit({ productId: p.id, installedOn: '2024-06-01', contractNo: 'HT-2025-07' }); // warranty ended 2025-05-31
    const outOfWarranty = await f.unit({ productId: p.id, installedOn: '2024-06-01' });
    const plan = (body: object) => admin.call<FieldMaintenancePlan>('POST', '/api/field/maintenance-plans', { body });
    expect((await plan({ scope: 'unit', unitId: byUnit.id, intervalMonths: 1 })).status).toBe(201); // due 11-20: overdue → today
    const contract = await plan({ scope: 'contract', contractNo: 'HT-2025-07', intervalMonths: 3, warrantyOnly: false, endsOn: '2027-12-31' });
    expect(contract.status).toBe(201);
    expect(contract.body.target).toBe('合同 HT-2025-07');

    // Two workers at once, then again the next day: one visit per unit.
    await Promise.all([run(), run()]);
    await run('2026-12-02T01:00:00Z');
    expect(await maintenanceOf(byUnit.id)).toEqual(['2026-12-01']);
    expect(await maintenanceOf(byDefault.id)).toEqual(['2026-12-15']);
    expect(await maintenanceOf(byContract.id)).toEqual(['2026-12-01']);
    expect(await maintenanceOf(outOfWarranty.id)).toEqual([]);

    // A product plan every 6 months replaces the default for units without their own plan.
    const q = await f.product({ maintenanceIntervalMonths: 2, warrantyMonths: 24 });
    const u = await f.unit({ productId: q.id, installedOn: '2026-10-20' });
    expect((await plan({ scope: 'product', productId: q.id, intervalMonths: 6 })).status).toBe(201);
    await run();
    expect(await maintenanceOf(u.id)).toEqual([]); // due 2027-04-20, far ahead
  });

  it('refuses a second active plan for the same target, a zero interval and an open-ended contract plan, field by field', async () => {
    const u = await f.unit();
    const first = await admin.call('POST', '/api/field/maintenance-plans', { body: { scope: 'unit', unitId: u.id, intervalMonths: 2 } });
    expect(first.status).toBe(201);
    const again = await admin.call('POST', '/api/field/maintenance-plans', { body: { scope: 'unit', unitId: u.id, intervalMonths: 3 } });
    expect(again.status).toBe(400);
    expect(again.body.error.fields[0].path).toBe('unitId');
    const zero = await admin.call('POST', '/api/field/maintenance-plans', { body: { scope: 'unit', unitId: u.id, intervalMonths: 0 } });
    expect(zero.status).toBe(400);
    expect(zero.body.error.fields[0].path).toBe('intervalMonths');
    const open = await admin.call('POST', '/api/field/maintenance-plans', {
      body: { scope: 'contract', contractNo: 'HT-X', intervalMonths: 3, warrantyOnly: false },
    });
    expect(open.status).toBe(400);
    expect(open.body.error.fields[0].path).toBe('endsOn');
    // Deactivated, a new plan may take its place.
    const off = await admin.call('PUT', `/api/field/maintenance-plans/${first.body.id}`, {
      body: { version: first.body.version, intervalMonths: 2, warrantyOnly: true, active: false },
    });
    expect(off.status).toBe(200);
    expect((await admin.call('POST', '/api/field/maintenance-plans', { body: { scope: 'unit', unitId: u.id, intervalMonths: 3 } })).status).toBe(201);
  });
});

describe('maintenance view: completion and overdue', () => {
  it('a maintenance visit whose planned date has passed without being done is overdue, in days of the point’s zone', async () => {
    const u = await f.unit();
    const past = (await admin.call<FieldVisit>('POST', '/api/field/visits', { body: { unitId: u.id, kind: 'maintenance', plannedDate: '2026-11-20' } })).body;
    const todayVisit = (await admin.call<FieldVisit>('POST', '/api/field/visits', { body: { unitId: u.id, kind: 'maintenance', plannedDate: '2026-12-01' } }))
      .body;
    const overdue = (await admin.get<FieldMaintenanceView>('/api/field/maintenance?overdueOnly=true')).body;
    expect(overdue.today).toBe('2026-12-01');
    const mine = overdue.items.filter((v) => v.unitId === u.id);
    expect(mine.map((v) => [v.id, v.daysOverdue])).toEqual([[past.id, 11]]);
    const all = (await admin.get<FieldMaintenanceView>('/api/field/maintenance?from=2026-11-01&to=2026-12-31')).body;
    expect(all.items.map((v) => v.id)).toEqual(expect.arrayContaining([past.id, todayVisit.id]));
    expect(all.summary.overdue).toBeGreaterThanOrEqual(1);
    // Cancelled, it is no longer overdue.
    await admin.call('POST', `/api/field/visits/${past.id}/cancel`, { body: { version: past.version } });
    const after = (await admin.get<FieldMaintenanceView>('/api/field/maintenance?overdueOnly=true')).body;
    expect(after.items.map((v) => v.id)).not.toContain(past.id);
    const bad = await admin.get('/api/field/maintenance?from=2026-12-31&to=2026-12-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('to');
  });
});
