import { describe, expect, it } from 'vitest';
import { addLine, patchLine, refKey, removeLine, toEditLines, toLineInputs, unresolved, type EditLine } from './lines';
import type { WorkOrderLine } from './types';

const line = (o: Partial<WorkOrderLine>): WorkOrderLine => ({
  id: 'l1',
  kind: 'labor',
  laborOperationId: null,
  partId: null,
  code: 'A01',
  name: '更换机油机滤',
  trade: 'mechanical',
  hours: 0.5,
  rateFen: 12000,
  qty: null,
  unitPriceFen: null,
  payer: 'customer',
  discountPct: 0,
  amountFen: 6000,
  grossFen: 6000,
  packageId: null,
  packageName: null,
  visitCardId: null,
  ...o,
});

describe('work-order lines', () => {
  it('turns the server lines into editable ones, keeping catalog ids when present', () => {
    const [a, b] = toEditLines([line({}), { ...line({ kind: 'parts', code: 'P-9', hours: null, qty: 4.5 }), partId: 'p9' } as WorkOrderLine]);
    expect(a).toEqual({ kind: 'labor', refId: undefined, code: 'A01', name: '更换机油机滤', hours: 0.5, qty: undefined, payer: 'customer', discountPct: 0 });
    expect(b).toMatchObject({ kind: 'parts', refId: 'p9', qty: 4.5, hours: undefined });
  });

  it('finds lines without a known catalog item', () => {
    const lines: EditLine[] = [
      { kind: 'labor', code: 'A01', name: 'x', payer: 'customer', discountPct: 0 },
      { kind: 'parts', code: 'P-9', name: 'y', refId: 'p9', payer: 'customer', discountPct: 0 },
      { kind: 'parts', code: 'A01', name: 'z', payer: 'customer', discountPct: 0 },
    ];
    expect(unresolved(lines, new Map([[refKey('labor', 'A01'), 'op1']])).map((l) => l.name)).toEqual(['z']);
  });

  it.each([
    [
      'labor with hours',
      { kind: 'labor', code: 'A01', hours: 1.2, payer: 'warranty', discountPct: 5 },
      { kind: 'labor', laborOperationId: 'op1', hours: 1.2, payer: 'warranty', discountPct: 5 },
    ],
    [
      'labor at catalog hours',
      { kind: 'labor', code: 'A01', payer: 'customer', discountPct: 0 },
      { kind: 'labor', laborOperationId: 'op1', payer: 'customer', discountPct: 0 },
    ],
    [
      'parts',
      { kind: 'parts', code: 'P-9', qty: 2, payer: 'insurance', discountPct: 0 },
      { kind: 'parts', partId: 'p9', qty: 2, payer: 'insurance', discountPct: 0 },
    ],
    [
      'parts without qty',
      { kind: 'parts', code: 'P-9', payer: 'customer', discountPct: 0 },
      { kind: 'parts', partId: 'p9', qty: 1, payer: 'customer', discountPct: 0 },
    ],
  ] as const)('builds the PUT body: %s', (_name, l, body) => {
    const refs = new Map([
      [refKey('labor', 'A01'), 'op1'],
      [refKey('parts', 'P-9'), 'p9'],
    ]);
    expect(toLineInputs([{ name: 'n', ...l } as EditLine], refs)).toEqual([body]);
  });

  it('refuses a line whose catalog item is unknown', () => {
    expect(() => toLineInputs([{ kind: 'labor', code: 'X', name: '无', payer: 'customer', discountPct: 0 }], new Map())).toThrow('X 无');
  });

  it('patches one line', () => {
    const lines: EditLine[] = [
      { kind: 'labor', code: 'A', name: 'a', payer: 'customer', discountPct: 0 },
      { kind: 'labor', code: 'B', name: 'b', payer: 'customer', discountPct: 0 },
    ];
    expect(patchLine(lines, 1, { discountPct: 10 })[1].discountPct).toBe(10);
    expect(patchLine(lines, 1, { discountPct: 10 })[0]).toBe(lines[0]);
  });

  it('adding a part already on the order raises its quantity; another payer or labor makes a new line', () => {
    const oil: EditLine = { kind: 'parts', refId: 'p1', code: 'OIL', name: '机油', qty: 4, payer: 'customer', discountPct: 0 };
    const op: EditLine = { kind: 'labor', refId: 'o1', code: 'BY-001', name: '更换机油', payer: 'customer', discountPct: 0 };
    expect(addLine([op, oil], { ...oil, qty: 1 })).toEqual([op, { ...oil, qty: 5 }]);
    expect(addLine([oil], { ...oil, qty: 0.1 })[0].qty).toBe(4.1);
    expect(addLine([oil], { ...oil, payer: 'warranty', qty: 1 })).toHaveLength(2);
    expect(addLine([op], op)).toHaveLength(2);
  });
});

describe('package lines', () => {
  const pkgLines: EditLine[] = [
    { kind: 'labor', code: 'A01', name: '换机油', refId: 'op1', payer: 'customer', discountPct: 0, packageId: 'pk1' },
    { kind: 'parts', code: 'P-1', name: '机滤', refId: 'p1', qty: 1, payer: 'customer', discountPct: 0, packageId: 'pk1' },
    { kind: 'parts', code: 'P-2', name: '雨刮', refId: 'p2', qty: 1, payer: 'customer', discountPct: 0 },
  ];
  it('keeps the package on the line sent to the server', () => {
    expect(toLineInputs(pkgLines, new Map()).map((l) => l.packageId)).toEqual(['pk1', 'pk1', undefined]);
    expect(toEditLines([line({ packageId: 'pk1' })])[0].packageId).toBe('pk1');
  });
  it.each([
    [0, ['雨刮']],
    [1, ['雨刮']],
    [2, ['换机油', '机滤']],
  ])('removing line %s removes its whole package', (i, left) => expect(removeLine(pkgLines, i).map((l) => l.name)).toEqual(left));
});
