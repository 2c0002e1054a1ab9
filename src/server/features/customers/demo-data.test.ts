import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { validatePlate, validateUscc, validateVin } from '../../../domain/identifiers/index.js';
import { seedDemoCustomersAndCatalogs } from './demo-customers.js';
import { seedDemoTickets } from '../tickets/demo-tickets.js';
import type { Customer } from '../../../contracts/customers.js';

describe('demo data of the station', () => {
  it('about 200 customers whose VINs, plates and credit codes all pass our own checks; catalogs; complaint history', async () => {
    const h = await createHarness();
    const today = new Date('2026-11-22T02:00:00Z');
    await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, today);
    await seedDemoTickets(h.db, h.installed.orgPointId, today);
    const admin = await h.login('admin');
    const all = (await admin.get('/api/customers?pageSize=200')).body;
    expect(all.total).toBe(200);
    const items = all.items as Customer[];
    const plates = items.flatMap((c) => c.vehicles.map((v) => v.plate));
    expect(new Set(plates).size).toBe(plates.length);
    for (const c of items) {
      if (c.kind === 'company') expect(validateUscc(c.uscc!).ok, c.uscc!).toBe(true);
      for (const v of c.vehicles) {
        expect(validateVin(v.vin), v.vin).toMatchObject({ ok: true, checkDigitValid: true });
        expect(validatePlate(v.plate).ok, v.plate).toBe(true);
      }
    }
    expect((await admin.get('/api/labor-operations')).body.total).toBeGreaterThan(20);
    expect((await admin.get('/api/parts')).body.total).toBeGreaterThan(10);
    h.setNow(today);
    const stats = (await admin.get('/api/ticket-stats')).body;
    expect(stats.received).toBeGreaterThan(30);
    expect(stats.csi.overall).toBeGreaterThan(0);
    expect(stats.causePareto.length).toBeGreaterThan(3);
  }, 60_000);
});
