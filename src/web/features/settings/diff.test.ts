import { describe, expect, it } from 'vitest';
import { changedKeys } from './diff';

describe('changedKeys', () => {
  it('lists only changed, added and removed keys, ignoring version', () => {
    expect(changedKeys({ a: 1, b: [1, 2], c: 'x', version: 1 }, { a: 1, b: [1, 3], d: true, version: 2 })).toEqual([
      { key: 'b', before: [1, 2], after: [1, 3] },
      { key: 'c', before: 'x', after: undefined },
      { key: 'd', before: undefined, after: true },
    ]);
  });
  it('handles creations and deletions (one side null)', () => {
    expect(changedKeys(null, { a: 1 })).toEqual([{ key: 'a', before: undefined, after: 1 }]);
    expect(changedKeys({ a: 1 }, null)).toEqual([{ key: 'a', before: 1, after: undefined }]);
  });
});
