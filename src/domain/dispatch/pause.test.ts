import { describe, expect, it } from 'vitest';
import { countPauses, refusePause, type PauseReason } from './pause.js';

describe('refusePause', () => {
  it.each<[PauseReason, string, string | null]>([
    ['waiting_parts', '', null],
    ['customer_confirmation', '', null],
    ['end_of_shift', '', null],
    ['other', '吃饭', null],
    ['other', '', 'note'],
    ['other', '   ', 'note'],
  ])('%s with note %j → %s', (reason, note, path) => {
    expect(refusePause(reason, note)?.path ?? null).toBe(path);
  });
});

describe('countPauses', () => {
  it('counts every reason, zero included, ignoring clocks without a reason', () => {
    expect(countPauses([{ reason: 'waiting_parts' }, { reason: 'waiting_parts' }, { reason: 'other' }, { reason: null }])).toEqual([
      { reason: 'waiting_parts', count: 2 },
      { reason: 'customer_confirmation', count: 0 },
      { reason: 'end_of_shift', count: 0 },
      { reason: 'other', count: 1 },
    ]);
  });
});
