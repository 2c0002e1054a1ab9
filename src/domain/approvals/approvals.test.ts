import { describe, expect, it } from 'vitest';
import { isWithinAuthority, pickApprover, refuseApproval, refusalMessage } from './index.js';

const actor = (
  userId: string,
  limits: Partial<{ discountPct: number; compensationFen: number; goodwillFen: number; claimApproveFen: number }>,
  isSuperuser = false,
) => ({
  userId,
  isSuperuser,
  limits: {
    discountPct: 0,
    compensationFen: 0,
    goodwillFen: 0,
    insuranceWriteOffFen: 0,
    purchaseFen: 0,
    claimApproveFen: 0,
    subsidyApproveFen: 0,
    stockFen: 0,
    ...limits,
  },
});

describe('isWithinAuthority', () => {
  it.each([
    [actor('a', { discountPct: 5 }), 'discountPct', 5, true],
    [actor('a', { discountPct: 5 }), 'discountPct', 5.01, false],
    [actor('a', { compensationFen: 0 }), 'compensationFen', 0, true],
    [actor('a', {}, true), 'compensationFen', 10_000_000, true],
  ] as const)('%# %s %s %s → %s', (a, key, amount, expected) => expect(isWithinAuthority(a, key, amount)).toBe(expected));
});

describe('refuseApproval', () => {
  it.each([
    ['within limit, someone else asked', actor('boss', { discountPct: 20 }), { key: 'discountPct', amount: 15, requestedBy: 'clerk' }, null],
    ['over the limit', actor('boss', { discountPct: 10 }), { key: 'discountPct', amount: 15, requestedBy: 'clerk' }, { code: 'OVER_LIMIT', limit: 10 }],
    ['own request', actor('boss', { discountPct: 20 }), { key: 'discountPct', amount: 15, requestedBy: 'boss' }, { code: 'SELF_APPROVAL' }],
    ['superuser, own request', actor('root', {}, true), { key: 'compensationFen', amount: 1, requestedBy: 'root' }, { code: 'SELF_APPROVAL' }],
    ['superuser, any amount', actor('root', {}, true), { key: 'compensationFen', amount: 9e9, requestedBy: 'x' }, null],
    ['a claim within the reviewer’s limit', actor('hq', { claimApproveFen: 500_000 }), { key: 'claimApproveFen', amount: 500_000, requestedBy: 'st' }, null],
    [
      'a claim 1 fen above',
      actor('hq', { claimApproveFen: 500_000 }),
      { key: 'claimApproveFen', amount: 500_001, requestedBy: 'st' },
      { code: 'OVER_LIMIT', limit: 500_000 },
    ],
    ['unknown requester', actor('boss', { compensationFen: 100 }), { key: 'compensationFen', amount: 100, requestedBy: null }, null],
  ] as const)('%s', (_name, a, request, expected) => expect(refuseApproval(a, request)).toEqual(expected));

  it('says why in the user language', () => {
    expect(refusalMessage({ code: 'SELF_APPROVAL' }, '补偿', String, 1)).toBe('不能审批自己提出的补偿');
    expect(refusalMessage({ code: 'OVER_LIMIT', limit: 10 }, '优惠', (n) => `${n}%`, 15)).toBe('优惠 15% 超出您的审批权限(10%)');
  });
});

describe('pickApprover', () => {
  const chain = [
    { id: 'advisor', limits: { discountPct: 5 } },
    { id: 'desk', limits: { discountPct: 10 } },
    { id: 'manager', limits: { discountPct: 20 } },
  ];
  it.each([
    [3, 'advisor'],
    [5, 'advisor'],
    [7, 'desk'],
    [10, 'desk'],
    [15, 'manager'],
    [20, 'manager'],
    [25, undefined],
  ] as const)('%s %% → %s', (pct, expected) => expect(pickApprover(chain, 'discountPct', pct)?.id).toBe(expected));
  it('a position without that limit never approves', () => expect(pickApprover([{ id: 'x', limits: {} }], 'compensationFen', 1)).toBeUndefined());
});
