/** Factories of the insurance and loaner features: insurers, cases (in a given status), loaners. Built through the API. */
import type { InsuranceCaseDetail, Insurer } from '../../contracts/insurance.js';
import type { Loaner } from '../../contracts/loaners.js';
import { type Factories, ok, type Session } from './factories.js';

export function createInsuranceFactories(f: Factories) {
  let n = 0;
  const staff = () => f.login('insurance');
  async function insurer(o: { name?: string; assessor?: string } = {}): Promise<Insurer> {
    const as = await staff();
    const i = ++n;
    const created = ok<Insurer>(await as.call('POST', '/api/insurers', { body: { name: o.name ?? `测试保险${i}`, paymentTermDays: 30 } }), 'insurer');
    return ok<Insurer>(
      await as.call('POST', `/api/insurers/${created.id}/assessors`, { body: { name: o.assessor ?? `定损员${i}`, phone: '13800001111' } }),
      'assessor',
    );
  }
  /** A registered case of a new car (or the given one); directPay by default. */
  async function insuranceCase(
    o: { insurer?: Insurer; vehicleId?: string; directPay?: boolean; deductibleFen?: number; as?: Session } = {},
  ): Promise<InsuranceCaseDetail> {
    const as = o.as ?? (await staff());
    const ins = o.insurer ?? (await insurer());
    const vehicleId = o.vehicleId ?? (await f.vehicle()).id;
    const i = ++n;
    const body = {
      insurerId: ins.id,
      assessorId: ins.assessors[0]?.id ?? null,
      vehicleId,
      policyNo: `PDAA2026${String(i).padStart(6, '0')}`,
      reportNo: `RDAA2026${String(i).padStart(6, '0')}`,
      accidentAt: '2026-11-21T09:30:00+08:00',
      accidentPlace: '苏州工业园区星湖街',
      partyKind: 'two',
      directPay: o.directPay ?? true,
      deductibleFen: o.deductibleFen ?? 0,
    };
    return ok(await as.call('POST', '/api/insurance-cases', { body }), 'insuranceCase');
  }
  async function caseAction(c: Pick<InsuranceCaseDetail, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) {
    return (await staff()).call<InsuranceCaseDetail>('POST', `/api/insurance-cases/${c.id}/actions`, { body: { version: c.version, action, ...extra } });
  }
  async function loaner(o: { plate?: string; dailyRateFen?: number } = {}): Promise<Loaner> {
    const i = ++n;
    return ok(
      await (await f.login('accident')).call('POST', '/api/loaners', {
        body: {
          plate: o.plate ?? `苏E D${String(i).padStart(4, '0')}`.replace(' ', ''),
          model: '朗逸 1.5L',
          dailyRateFen: o.dailyRateFen ?? 20_000,
          mileageKm: 10_000,
        },
      }),
      'loaner',
    );
  }
  return { insurer, insuranceCase, caseAction, loaner };
}
