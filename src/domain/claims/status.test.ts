import { describe, expect, it } from 'vitest';
import { CLAIM_EVENTS, CLAIM_STATUSES, type ClaimEvent, type ClaimStatus, nextClaimStatus } from './status.js';

const allowed: [ClaimStatus, ClaimEvent, ClaimStatus][] = [
  ['draft', 'edit', 'draft'],
  ['returned', 'edit', 'returned'],
  ['draft', 'submit', 'submitted'],
  ['returned', 'submit', 'submitted'],
  ['submitted', 'startReview', 'reviewing'],
  ['submitted', 'approve', 'approved'],
  ['reviewing', 'approve', 'approved'],
  ['submitted', 'reject', 'rejected'],
  ['reviewing', 'reject', 'rejected'],
  ['submitted', 'return', 'returned'],
  ['reviewing', 'return', 'returned'],
  ['approved', 'settle', 'settled'],
];

describe('claim status machine', () => {
  it.each(allowed)('%s --%s--> %s', (from, event, to) => {
    expect(nextClaimStatus(from, event)).toEqual({ ok: true, to });
  });
  // Every other pair is refused with the status named (409 at the API).
  const refused = CLAIM_STATUSES.flatMap((s) => CLAIM_EVENTS.map((e) => [s, e] as const)).filter(([s, e]) => !allowed.some(([f, ev]) => f === s && ev === e));
  it.each(refused)('%s refuses %s', (from, event) => {
    const r = nextClaimStatus(from, event);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^索赔单状态为「.+」,不能/);
  });
  it('a decided claim cannot be decided again (approved twice, rejected then approved)', () => {
    expect(nextClaimStatus('approved', 'approve').ok).toBe(false);
    expect(nextClaimStatus('rejected', 'approve').ok).toBe(false);
    expect(nextClaimStatus('settled', 'return').ok).toBe(false);
  });
});
