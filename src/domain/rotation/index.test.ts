import { describe, expect, it } from 'vitest';
import { handoverStatus, nextRotationStatus, quarterOf, quarterRange, validateRotation, type RotationFacts } from './index.js';

describe('quarters', () => {
  it.each([
    ['2026-Q1', { from: '2026-01-01', to: '2026-03-31' }],
    ['2026-Q4', { from: '2026-10-01', to: '2026-12-31' }],
    ['2024-Q1', { from: '2024-01-01', to: '2024-03-31' }],
    ['2026-Q5', null],
    ['2026-4', null],
  ])('%s', (q, r) => expect(quarterRange(q)).toEqual(r));
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-11-22', '2026-Q4'],
  ])('%s is in %s', (d, q) => expect(quarterOf(d)).toBe(q));
});

describe('status', () => {
  it.each([
    ['draft', 'approve', 'approved'],
    ['draft', 'edit', 'draft'],
    ['approved', 'edit', null],
    ['approved', 'apply', 'applied'],
    ['draft', 'apply', null],
    ['approved', 'cancel', 'cancelled'],
    ['applied', 'cancel', null],
    ['applied', 'apply', null],
  ] as const)('%s + %s → %s', (from, a, to) => expect(nextRotationStatus(from, a)).toBe(to));
});

const facts = (over: Partial<RotationFacts> = {}): RotationFacts => ({
  quarter: '2026-Q4',
  effectiveDate: '2026-12-01',
  today: '2026-11-22',
  moves: [{ employeeId: 'e1', toPointId: 'south', toPositionId: 'p-south' }],
  pointOfEmployee: new Map([
    ['e1', 'east'],
    ['e2', 'east'],
    ['s1', 'south'],
  ]),
  points: new Map([
    ['east', '华东'],
    ['south', '华南'],
  ]),
  pointOfPosition: new Map([
    ['p-south', 'south'],
    ['p-east', 'east'],
  ]),
  ...over,
});

describe('validateRotation', () => {
  it.each<[string, Partial<RotationFacts>, { path: string; message: RegExp }[]]>([
    ['a good plan', {}, []],
    [
      'a swap',
      {
        moves: [
          { employeeId: 'e1', toPointId: 'south', toPositionId: 'p-south' },
          { employeeId: 's1', toPointId: 'east', toPositionId: 'p-east' },
        ],
      },
      [],
    ],
    [
      'the last person of the south leaves',
      { moves: [{ employeeId: 's1', toPointId: 'east', toPositionId: 'p-east' }] },
      [{ path: 'moves.0.employeeId', message: /华南将没有人员/ }],
    ],
    [
      'both of the east leave',
      {
        moves: [
          { employeeId: 'e1', toPointId: 'south', toPositionId: 'p-south' },
          { employeeId: 'e2', toPointId: 'south', toPositionId: 'p-south' },
        ],
      },
      [{ path: 'moves.1.employeeId', message: /华东将没有人员/ }],
    ],
    ['bad quarter', { quarter: '2026Q4' }, [{ path: 'quarter', message: /季度格式/ }]],
    ['outside the quarter', { effectiveDate: '2027-01-01' }, [{ path: 'effectiveDate', message: /2026-10-01 至 2026-12-31/ }]],
    ['in the past', { effectiveDate: '2026-11-21' }, [{ path: 'effectiveDate', message: /早于今天/ }]],
    ['no move', { moves: [] }, [{ path: 'moves', message: /至少/ }]],
    ['unknown employee', { moves: [{ employeeId: 'x', toPointId: 'south', toPositionId: 'p-south' }] }, [{ path: 'moves.0.employeeId', message: /不存在/ }]],
    ['same point', { moves: [{ employeeId: 'e1', toPointId: 'east', toPositionId: 'p-east' }] }, [{ path: 'moves.0.toPointId', message: /相同/ }]],
    [
      'position elsewhere',
      { moves: [{ employeeId: 'e1', toPointId: 'south', toPositionId: 'p-east' }] },
      [{ path: 'moves.0.toPositionId', message: /不属于/ }],
    ],
    [
      'twice',
      {
        moves: [
          { employeeId: 'e1', toPointId: 'south', toPositionId: 'p-south' },
          { employeeId: 'e1', toPointId: 'south', toPositionId: 'p-south' },
        ],
      },
      [{ path: 'moves.1.employeeId', message: /两次/ }],
    ],
  ])('%s', (_, over, expected) => {
    const got = validateRotation(facts(over));
    expect(got.map((g) => g.path)).toEqual(expected.map((e) => e.path));
    got.forEach((g, i) => expect(g.message).toMatch(expected[i].message));
  });
});

describe('hand-over', () => {
  const at = new Date('2026-11-30T02:00:00Z');
  it.each([
    [null, null, 'open'],
    [at, null, 'partly_signed'],
    [null, at, 'partly_signed'],
    [at, at, 'complete'],
  ] as const)('%s / %s → %s', (o, i, s) => expect(handoverStatus({ items: 1, outgoingSignedAt: o, incomingSignedAt: i })).toBe(s));
});
