import { describe, expect, it } from 'vitest';
import { gateCheckRefusal, normalizePlate, onAccountRefusal } from './index.js';

describe('onAccountRefusal', () => {
  it.each([
    ['fleet', 'company', 'repair', null],
    ['fleet', 'person', 'repair', '只有单位客户'],
    ['insurer', 'person', 'accident', null],
    ['insurer', 'company', 'repair', '只有事故车'],
    ['manufacturer', 'person', 'warranty', null],
    ['manufacturer', 'person', 'recall', null],
    ['manufacturer', 'company', 'maintenance', '只有三包索赔或召回'],
  ] as const)('%s for a %s customer, %s order → %s', (payer, customerKind, orderType, want) => {
    const r = onAccountRefusal({ payer, customerKind, orderType });
    if (want === null) expect(r).toBeNull();
    else expect(r).toContain(want);
  });
});

describe('gateCheckRefusal', () => {
  const pass = { status: 'issued' as const, plate: '沪A·12345' };
  it.each([
    ['an issued pass, no plate typed', pass, undefined, null],
    ['the same plate typed differently', pass, ' 沪a12345 ', null],
    ['another plate', pass, '沪B12345', '车牌与出门证不符'],
    ['a used pass', { ...pass, status: 'exited' as const }, undefined, '已使用'],
  ] as const)('%s → %s', (_, p, plate, want) => {
    const r = gateCheckRefusal(p, plate);
    if (want === null) expect(r).toBeNull();
    else expect(r).toContain(want);
  });
  it('normalizes plates', () => expect(normalizePlate('沪a 12-345')).toBe('沪A12345'));
});
