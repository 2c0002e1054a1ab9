import { beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.js';
import { equipmentManufacturerTemplate } from '../../../domain/org/templates/equipment-manufacturer.js';
import type { FieldInstallOrder, FieldMaintenancePlan, FieldMaintenanceView } from '../../../contracts/field-install.js';
import { seedDemoField } from './demo-field.js';
import { seedDemoInstall } from './demo-install.js';

let h: Harness;
const NOW = new Date('2026-12-01T03:00:00Z'); // Tuesday 11:00 in the point's zone

beforeAll(async () => {
  h = await createHarness({ template: equipmentManufacturerTemplate, demo: true });
  h.setNow(NOW);
  await seedDemoField(h.db, h.installed.orgPointId, 'equipment-manufacturer', NOW);
  await seedDemoInstall(h.db, h.installed.orgPointId, 'equipment-manufacturer', NOW);
});

describe('equipment-manufacturer demo: installation', () => {
  it('an install in progress with a measurement out of range, and one accepted that started the warranty', async () => {
    const engineer = await h.login('engineer');
    const orders = (await engineer.get<{ items: FieldInstallOrder[] }>('/api/field/install-orders')).body.items;
    const accepted = orders.find((o) => o.status === 'accepted')!;
    expect(accepted.hasSignature).toBe(true);
    expect(accepted.warrantyStart).toBe('2026-11-28');
    expect(accepted.warrantyEnd).toBe('2027-11-27');
    const going = orders.find((o) => o.status === 'in_progress')!;
    expect(going.measurements.map((m) => m.result)).toContain('fail');
    // The engineer fixes the temperature, ticks the rest, commissions, and the customer accepts.
    let o = (
      await engineer.call<FieldInstallOrder>('POST', `/api/field/install-orders/${going.id}/record`, {
        body: {
          version: going.version,
          checklist: going.checklist.map(() => ({ done: true })),
          measurements: [{ value: 221 }, { value: 4.2 }, { value: 3.5 }],
        },
      })
    ).body;
    o = (await engineer.call<FieldInstallOrder>('POST', `/api/field/install-orders/${o.id}/commission`, { body: { version: o.version } })).body;
    expect(o.status).toBe('commissioned');
  });
});

describe('equipment-manufacturer demo: preventive maintenance', () => {
  it('the dispatcher sees overdue maintenance visits, a done one, and the contract and unit plans', async () => {
    const dispatcher = await h.login('dispatcher');
    const view = (await dispatcher.get<FieldMaintenanceView>('/api/field/maintenance')).body;
    expect(view.summary.overdue).toBe(2);
    expect(
      view.items
        .filter((v) => v.daysOverdue > 0)
        .map((v) => v.daysOverdue)
        .sort(),
    ).toEqual([3, 8]);
    expect(view.items.some((v) => v.status === 'done')).toBe(true);
    const plans = (await dispatcher.get<{ items: FieldMaintenancePlan[] }>('/api/field/maintenance-plans')).body.items;
    expect(plans.map((p) => p.scope).sort()).toEqual(['contract', 'unit']);
  });
});
