import { describe, expect, it } from 'vitest';
import { createHarness } from '../../test/harness.js';
import { seedDemoCustomersAndCatalogs } from '../customers/demo-customers.js';
import { insuranceDemo } from './demo.js';
import { INSURANCE_CASE_STATUSES } from '../../../domain/insurance/status.js';
import type { InsuranceCase, InsuranceCaseDetail, Receivables } from '../../../contracts/insurance.js';
import type { Loaner, LoanerBooking } from '../../../contracts/loaners.js';

describe('insurance and loaner demo data', () => {
  it('cases in every status, receivables of every age, loaners out and in; the insurance and accident accounts see them', async () => {
    const h = await createHarness();
    const now = new Date('2026-11-22T02:00:00Z');
    await seedDemoCustomersAndCatalogs(h.db, h.installed.orgPointId, now);
    await insuranceDemo({ db: h.db, pointId: h.installed.orgPointId, templateKey: 'auto-dealership', now });
    const insurance = await h.login('insurance');
    const cases = (await insurance.get<{ items: InsuranceCase[] }>('/api/insurance-cases')).body.items;
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(INSURANCE_CASE_STATUSES));
    const supplement = cases.find((c) => c.status === 'supplement')!;
    const detail = (await insurance.get<InsuranceCaseDetail>(`/api/insurance-cases/${supplement.id}`)).body;
    expect(detail.assessments.map((a) => [a.kind, a.status])).toEqual([
      ['initial', 'decided'],
      ['supplement', 'submitted'],
    ]);
    const rec = (await insurance.get<Receivables>('/api/insurance/receivables')).body;
    expect(new Set(rec.items.map((i) => i.bucket))).toEqual(new Set(['0-30', '31-60', '61-90', '90+']));
    expect(rec.byInsurer.length).toBeGreaterThanOrEqual(2);

    const accident = await h.login('accident');
    const fleet = (await accident.get<{ items: Loaner[] }>('/api/loaners')).body.items;
    expect(fleet.map((l) => l.state).sort()).toEqual(['available', 'available', 'maintenance', 'out']);
    const bookings = (await accident.get<{ items: LoanerBooking[] }>('/api/loaner-bookings')).body.items;
    expect(bookings.map((b) => b.status).sort()).toEqual(['booked', 'out', 'returned']);
  }, 90_000);
});
