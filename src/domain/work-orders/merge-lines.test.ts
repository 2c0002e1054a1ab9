import { describe, expect, it } from 'vitest';
import { mergeSameParts, type MergeableLine } from './merge-lines.js';

const parts = (partId: string, qty?: number, o: Partial<MergeableLine> = {}): MergeableLine => ({ kind: 'parts', partId, qty, discountPct: 0, ...o });
const labor: MergeableLine = { kind: 'labor', discountPct: 0 };

describe('mergeSameParts', () => {
  it.each([
    ['one line per part', [parts('a', 1), parts('b', 2)], [parts('a', 1), parts('b', 2)]],
    ['the same part twice raises the quantity of the first line', [parts('a', 1), labor, parts('a', 2)], [parts('a', 3), labor]],
    ['a missing quantity counts as 1', [parts('a'), parts('a')], [parts('a', 2)]],
    ['litres add up without float drift', [parts('oil', 0.1), parts('oil', 0.2)], [parts('oil', 0.3)]],
    ['another payer keeps its own line', [parts('a', 1), parts('a', 1, { payer: 'warranty' })], [parts('a', 1), parts('a', 1, { payer: 'warranty' })]],
    ['another discount keeps its own line', [parts('a', 1), parts('a', 1, { discountPct: 10 })], [parts('a', 1), parts('a', 1, { discountPct: 10 })]],
    ['labor lines are never merged', [labor, labor], [labor, labor]],
  ] as const)('%s', (_, input, want) => expect(mergeSameParts(input)).toEqual(want));
});
