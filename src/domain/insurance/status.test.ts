import { describe, expect, it } from 'vitest';
import {
  allowedCaseEvents,
  INSURANCE_CASE_EVENTS,
  INSURANCE_CASE_STATUSES,
  type InsuranceCaseEvent,
  type InsuranceCaseStatus,
  missingDocuments,
  nextInsuranceCaseStatus,
  requiredDocuments,
} from './status.js';

describe('insurance case status table', () => {
  it.each([
    ['registered', 'request_assessment', 'awaiting_assessment'],
    ['awaiting_assessment', 'assess', 'assessed'],
    ['assessed', 'assess', 'assessed'],
    ['assessed', 'start_repair', 'in_repair'],
    ['in_repair', 'supplement', 'supplement'],
    ['supplement', 'decide_supplement', 'in_repair'],
    ['in_repair', 'complete', 'completed'],
    ['completed', 'submit_documents', 'documents_submitted'],
    ['documents_submitted', 'pay_in_full', 'paid'],
    ['paid', 'close', 'closed'],
    ['documents_submitted', 'close', 'closed'],
    ['registered', 'cancel', 'cancelled'],
    ['awaiting_assessment', 'cancel', 'cancelled'],
    ['assessed', 'cancel', 'cancelled'],
  ] as [InsuranceCaseStatus, InsuranceCaseEvent, InsuranceCaseStatus][])('%s --%s--> %s', (from, event, to) =>
    expect(nextInsuranceCaseStatus(from, event)).toEqual({ ok: true, to }),
  );

  it.each([
    ['registered', 'assess'],
    ['in_repair', 'cancel'],
    ['supplement', 'complete'],
    ['supplement', 'supplement'],
    ['completed', 'supplement'],
    ['closed', 'cancel'],
    ['cancelled', 'request_assessment'],
    ['paid', 'submit_documents'],
  ] as [InsuranceCaseStatus, InsuranceCaseEvent][])('%s refuses %s with the status named', (from, event) => {
    const r = nextInsuranceCaseStatus(from, event);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^案件状态为「.+」,不能/);
  });

  it('a direct-pay case closes only after the insurer paid', () => {
    expect(nextInsuranceCaseStatus('documents_submitted', 'close', { directPay: true }).ok).toBe(false);
    expect(nextInsuranceCaseStatus('paid', 'close', { directPay: true }).ok).toBe(true);
  });

  it('closed and cancelled accept nothing; every status but those has a way on', () => {
    for (const s of INSURANCE_CASE_STATUSES) {
      const n = INSURANCE_CASE_EVENTS.filter((e) => nextInsuranceCaseStatus(s, e).ok).length;
      if (s === 'closed' || s === 'cancelled') expect(n).toBe(0);
      else expect(n).toBeGreaterThan(0);
    }
    expect(allowedCaseEvents('documents_submitted', { directPay: true })).toEqual([]);
    expect(allowedCaseEvents('documents_submitted', { directPay: false })).toEqual(['close']);
  });

  it.each([
    [true, [], 8],
    [false, [], 7],
    [true, ['invoice', 'settlement_list', 'assessment', 'accident_finding', 'owner_id', 'driving_licence', 'vehicle_licence'], 1],
    [false, ['invoice', 'settlement_list', 'assessment', 'accident_finding', 'owner_id', 'driving_licence', 'vehicle_licence'], 0],
  ] as [boolean, string[], number][])('direct pay %s with %j checked misses %i', (direct, checked, n) => {
    expect(missingDocuments(direct, checked)).toHaveLength(n);
    expect(requiredDocuments(direct).includes('direct_pay_authorization')).toBe(direct);
  });
});
