import { describe, expect, it } from 'vitest';
import { clockState, durationParts, formatDuration, overdueMinutes, usedPercent } from './sla';

const clock = (o: Partial<Parameters<typeof clockState>[0] & object> = {}) => ({
  dueAt: '2026-11-23T03:00:00.000Z',
  remainingMinutes: 120,
  isBreached: false,
  isPaused: false,
  metAt: null,
  ...o,
});
const zh = (u: 'd' | 'h' | 'm') => ({ d: '天', h: '小时', m: '分' })[u];

describe('durationParts', () => {
  it.each([
    [135, '2 小时 15 分'],
    [1620, '1 天 3 小时'],
    [1440, '1 天'],
    [45, '45 分'],
    [0, '0 分'],
    [-135, '2 小时 15 分'],
    [2 * 1440 + 5, '2 天'],
  ])('%i minutes → %s', (m, text) => {
    expect(formatDuration(m, zh)).toBe(text);
  });
  it('keeps at most two units', () => {
    expect(durationParts(1440 + 61)).toEqual([
      { unit: 'd', value: 1 },
      { unit: 'h', value: 1 },
    ]);
  });
});

describe('clockState', () => {
  it.each([
    [clock({ metAt: '2026-11-22T08:00:00Z' }), 'met'],
    [clock({ metAt: '2026-11-22T08:00:00Z', isBreached: true }), 'late'],
    [clock({ isPaused: true, dueAt: null }), 'paused'],
    [clock({ isBreached: true, remainingMinutes: -30 }), 'breached'],
    [clock(), 'running'],
    [clock({ dueAt: null, remainingMinutes: null }), 'none'],
  ] as const)('%o → %s', (c, state) => {
    expect(clockState(c)).toBe(state);
  });
  it('is none without a clock', () => expect(clockState(undefined)).toBe('none'));
});

describe('overdue and used share', () => {
  it('measures overdue time on the wall clock from the deadline', () => {
    expect(overdueMinutes(clock({ isBreached: true }), new Date('2026-11-24T06:00:00Z'))).toBe(1620);
    expect(overdueMinutes(clock({ dueAt: null, remainingMinutes: -40 }), new Date())).toBe(40);
  });
  it('gives the used share of the target', () => {
    expect(usedPercent(clock({ remainingMinutes: 60 }), 240)).toBe(75);
    expect(usedPercent(clock({ remainingMinutes: -10, isBreached: true }), 240)).toBe(100);
    expect(usedPercent(clock({ metAt: '2026-11-22T08:00:00Z' }), 240)).toBe(100);
    expect(usedPercent(clock(), undefined)).toBe(0);
  });
});
