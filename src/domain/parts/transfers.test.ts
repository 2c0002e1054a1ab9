import { describe, expect, it } from 'vitest';
import {
  approveAction,
  overTransferReceiptMilli,
  statusAfterTransferReceipt,
  TRANSFER_ACTIONS,
  TRANSFER_STATUSES,
  transferTransition,
  transferValueFen,
  visibleStations,
  type NetPoint,
  type SharingMode,
  type TransferAction,
  type TransferStatus,
} from './transfers.js';

describe('transfer status table', () => {
  const allowed: [TransferStatus, TransferAction, TransferStatus][] = [
    ['requested', 'approve', 'approved'],
    ['requested', 'escalate', 'pending_approval'],
    ['requested', 'reject', 'rejected'],
    ['requested', 'cancel', 'cancelled'],
    ['pending_approval', 'decide_approve', 'approved'],
    ['pending_approval', 'reject', 'rejected'],
    ['pending_approval', 'cancel', 'cancelled'],
    ['approved', 'ship', 'in_transit'],
    ['approved', 'cancel', 'cancelled'],
    ['in_transit', 'receive', 'partly_received'],
    ['partly_received', 'receive', 'partly_received'],
  ];
  it.each(allowed)('%s --%s--> %s', (from, action, to) => expect(transferTransition(from, action)).toBe(to));
  it('every other pair is refused (e.g. shipping unapproved, cancelling in transit, anything after the end)', () => {
    const ok = new Set(allowed.map(([s, a]) => `${s}:${a}`));
    for (const s of TRANSFER_STATUSES) for (const a of TRANSFER_ACTIONS) if (!ok.has(`${s}:${a}`)) expect(transferTransition(s, a), `${s}:${a}`).toBeNull();
    expect(transferTransition('requested', 'ship')).toBeNull();
    expect(transferTransition('in_transit', 'cancel')).toBeNull();
  });
  it.each([
    [true, 'approve'],
    [false, 'escalate'],
  ] as const)('within authority %s → %s', (w, a) => expect(approveAction(w)).toBe(a));
});

describe('receipts against what was shipped', () => {
  it.each([
    [[{ shippedMilli: 3000, receivedMilli: 3000 }], 'received'],
    [[{ shippedMilli: 3000, receivedMilli: 1000 }], 'partly_received'],
    [
      [
        { shippedMilli: 3000, receivedMilli: 3000 },
        { shippedMilli: 1000, receivedMilli: 0 },
      ],
      'partly_received',
    ],
  ] as const)('%j → %s', (lines, s) => expect(statusAfterTransferReceipt(lines)).toBe(s));
  it.each([
    [3000, 0, 3000, 0],
    [3000, 1000, 2000, 0],
    [3000, 1000, 2500, 500],
    [3000, 3000, 1, 1],
  ])('shipped %i, received %i, now %i → over %i', (shippedMilli, receivedMilli, q, over) =>
    expect(overTransferReceiptMilli({ shippedMilli, receivedMilli }, q)).toBe(over),
  );
  it('value: each line rounded', () =>
    expect(
      transferValueFen([
        { qtyMilli: 1500, unitCostFen: 333 },
        { qtyMilli: 2000, unitCostFen: 1000 },
      ]),
    ).toBe(500 + 2000));
});

describe('who sees whose stock', () => {
  const p = (id: string, parent: NetPoint | null, kind = 'station'): NetPoint => ({
    id,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    kind,
  });
  const hq = p('hq', null, 'hq');
  const east = p('east', hq, 'regional');
  const south = p('south', hq, 'regional');
  const s1 = p('s1', east);
  const s2 = p('s2', east);
  const s3 = p('s3', south);
  const s4 = p('s4', hq); // a station directly under HQ
  const all = [hq, east, south, s1, s2, s3, s4];
  const ids = (st: NetPoint, settings: [string, SharingMode][]) =>
    visibleStations(st, all, new Map(settings))
      .map((x) => x.id)
      .sort();
  it.each([
    ['default: siblings under the same region', s1, [], ['s2']],
    ['default for the lone station in a region: nobody', s3, [], []],
    ['the region says none', s1, [['east', 'none']], []],
    ['HQ shares its whole tree', s1, [['hq', 'subtree']], ['s2', 's3', 's4']],
    [
      'the nearest setting wins: region none under HQ subtree',
      s1,
      [
        ['hq', 'subtree'],
        ['east', 'none'],
      ],
      [],
    ],
    [
      'the nearest setting wins: south unset, HQ subtree',
      s3,
      [
        ['hq', 'subtree'],
        ['east', 'none'],
      ],
      ['s1', 's2', 's4'],
    ],
    ['siblings at HQ for a station directly under it', s4, [['hq', 'siblings']], []],
  ] as [string, NetPoint, [string, SharingMode][], string[]][])('%s', (_n, st, settings, want) => expect(ids(st, settings)).toEqual(want));
});
