import { describe, expect, it } from 'vitest';
import { certificationStatus, headcountStatus, isAbove, validateOrg, type PositionNode } from './rules.js';

const P = (id: string, superiorId: string | null, headOf: string | null = null): PositionNode => ({ id, superiorId, titleZh: id, headOf });
const codes = (positions: PositionNode[], holdings: { employeeId: string; positionId: string }[] = []) =>
  validateOrg(positions, holdings)
    .map((v) => v.code)
    .sort();

describe('validateOrg', () => {
  const cases: [string, PositionNode[], { employeeId: string; positionId: string }[], string[]][] = [
    ['empty tree is fine', [], [], []],
    ['single top', [P('gm', null)], [], []],
    ['a proper tree', [P('gm', null), P('sm', 'gm'), P('fd', 'sm'), P('sa', 'fd')], [], []],
    ['two tops', [P('gm', null), P('x', null)], [], ['MULTIPLE_TOPS']],
    ['no top at all (everything in a loop)', [P('a', 'b'), P('b', 'a')], [], ['CYCLE', 'NO_TOP']],
    ['cycle under a top', [P('gm', null), P('a', 'c'), P('b', 'a'), P('c', 'b')], [], ['CYCLE']],
    ['self as superior', [P('gm', null), P('a', 'a')], [], ['CYCLE']],
    ['unknown superior', [P('gm', null), P('a', 'ghost')], [], ['UNKNOWN_SUPERIOR']],
    ['sales and CS heads as peers', [P('gm', null), P('sales', 'gm', 'sales'), P('sm', 'gm'), P('cs', 'sm', 'customer-service')], [], []],
    ['CS head under sales head', [P('gm', null), P('sales', 'gm', 'sales'), P('cs', 'sales', 'customer-service')], [], ['SALES_CS_REPORTING_LINE']],
    [
      'sales head two levels under CS head',
      [P('gm', null), P('cs', 'gm', 'customer-service'), P('m', 'cs'), P('sales', 'm', 'sales')],
      [],
      ['SALES_CS_REPORTING_LINE'],
    ],
    [
      'same person holds both heads',
      [P('gm', null), P('sales', 'gm', 'sales'), P('cs', 'gm', 'customer-service')],
      [
        { employeeId: 'e1', positionId: 'sales' },
        { employeeId: 'e1', positionId: 'cs' },
      ],
      ['SALES_CS_SAME_PERSON'],
    ],
    [
      'different people hold the heads',
      [P('gm', null), P('sales', 'gm', 'sales'), P('cs', 'gm', 'customer-service')],
      [
        { employeeId: 'e1', positionId: 'sales' },
        { employeeId: 'e2', positionId: 'cs' },
      ],
      [],
    ],
  ];
  it.each(cases)('%s', (_name, positions, holdings, expected) => {
    expect(codes(positions, holdings)).toEqual(expected);
  });

  it('names the positions of a cycle in order', () => {
    const v = validateOrg([P('gm', null), P('a', 'b'), P('b', 'a')], []);
    expect(v[0].message).toContain('a → b → a');
  });
});

describe('isAbove', () => {
  const byId = new Map([P('gm', null), P('sm', 'gm'), P('fd', 'sm')].map((p) => [p.id, p]));
  it.each([
    ['gm', 'fd', true],
    ['sm', 'fd', true],
    ['fd', 'gm', false],
    ['fd', 'fd', false],
    ['gm', 'gm', false],
  ])('%s above %s = %s', (a, b, want) => expect(isAbove(byId, a, b)).toBe(want));
});

describe('headcountStatus', () => {
  it.each([
    [1, 1, 'ok'],
    [3, 2, 'under'],
    [2, 0, 'vacant'],
    [1, 2, 'over'],
    [0, 0, 'ok'],
    [0, 1, 'over'],
  ] as const)('planned %i actual %i → %s', (planned, actual, want) => expect(headcountStatus(planned, actual)).toBe(want));
});

describe('certificationStatus', () => {
  it.each([
    [null, 'no-expiry'],
    ['2026-11-21', 'expired'],
    ['2026-11-22', 'expiring'],
    ['2027-01-21', 'expiring'],
    ['2027-01-22', 'valid'],
    ['2029-01-01', 'valid'],
  ] as const)('%s → %s', (exp, want) => expect(certificationStatus(exp, '2026-11-22')).toBe(want));
});
