import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_WEIGHTS, gradeOf, INDICATORS, weightProblems, type Judgement } from './index.js';

const all = (j: Judgement) => Object.fromEntries(INDICATORS.map((i) => [i.key, j]));
const pass: Judgement = { kind: 'pass' };

describe('GB/T 27922 indicators', () => {
  it('has the 15 second-level indicators in three groups (7 + 6 + 2)', () => {
    expect(INDICATORS).toHaveLength(15);
    expect(INDICATORS.filter((i) => i.group === 'system')).toHaveLength(7);
    expect(INDICATORS.filter((i) => i.group === 'goods')).toHaveLength(6);
    expect(INDICATORS.filter((i) => i.group === 'customer').map((i) => i.nameZh)).toEqual(['顾客关系', '投诉处理']);
  });
});

describe('grades', () => {
  it.each([
    [100, 'five'],
    [95, 'five'],
    [94.99, 'four'],
    [90, 'four'],
    [89.99, 'three'],
    [80, 'three'],
    [79.99, 'pass'],
    [70, 'pass'],
    [69.99, 'none'],
    [0, 'none'],
  ])('%s → %s', (score, key) => {
    expect(gradeOf(score).key).toBe(key);
  });
});

describe('scoring', () => {
  it('all passed = 100, ★★★★★, no next grade', () => {
    const a = assess(all(pass));
    expect(a.score).toBe(100);
    expect(a.grade.key).toBe('five');
    expect(a.next).toBeNull();
  });

  it('a failed qualitative indicator loses its full weight', () => {
    const a = assess({ ...all(pass), organization: { kind: 'fail', reason: '部门负责人空缺' } });
    expect(a.score).toBeCloseTo((14 / 15) * 100, 2);
    expect(a.indicators.find((i) => i.key === 'organization')).toMatchObject({ earned: 0, applicable: true });
    expect(a.grade.key).toBe('four'); // 93.33
  });

  it('sampled indicators lose in proportion to failed samples', () => {
    const a = assess({ ...all(pass), complaints: { kind: 'sampled', sampled: 20, passed: 15 } });
    expect(a.score).toBeCloseTo(((14 + 0.75) / 15) * 100, 2);
  });

  it('excluded indicators leave the total (earned ÷ applicable), and so does a sampled one with no samples', () => {
    const a = assess({ ...all(pass), recycling: { kind: 'excluded', reason: '不涉及' }, organization: { kind: 'fail', reason: 'x' } });
    expect(a.applicable).toBeCloseTo(100 - 100 / 15, 6);
    expect(a.score).toBeCloseTo((13 / 14) * 100, 2);
    const b = assess({ ...all(pass), delivery: { kind: 'sampled', sampled: 0, passed: 0 }, organization: { kind: 'fail', reason: 'x' } });
    expect(b.score).toBeCloseTo((13 / 14) * 100, 2);
  });

  it.each([
    [0, false, 100],
    [1, false, 99],
    [3, false, 97],
    [0, true, 100], // capped at 100
    [2, true, 99],
  ])('special: %s deductions, bonus %s → %s', (deductions, bonus, score) => {
    expect(assess(all(pass), { deductions, bonus }).score).toBe(score);
  });

  it('weights are a setting: a heavier failed indicator costs more', () => {
    const weights = { ...DEFAULT_WEIGHTS };
    const shift = 5;
    weights.complaints += shift;
    weights.culture -= shift;
    expect(weightProblems(weights)).toEqual([]);
    const heavy = assess({ ...all(pass), complaints: { kind: 'fail', reason: 'x' } }, { weights });
    const light = assess({ ...all(pass), complaints: { kind: 'fail', reason: 'x' } });
    expect(heavy.score).toBeLessThan(light.score);
  });

  it('the gap list for the next grade: points short and the indicators losing most, largest first', () => {
    const a = assess({
      ...all(pass),
      organization: { kind: 'fail', reason: 'x' },
      complaints: { kind: 'sampled', sampled: 10, passed: 5 },
      delivery: { kind: 'sampled', sampled: 10, passed: 9 },
    });
    // 100 − (1 + 0.5 + 0.1) / 15 × 100 = 89.33 → ★★★, next ★★★★ at 90
    expect(a.grade.key).toBe('three');
    expect(a.next).toMatchObject({ labelZh: '★★★★', min: 90 });
    expect(a.next!.pointsShort).toBeCloseTo(0.67, 2);
    expect(a.next!.gaps.map((g) => g.key)).toEqual(['organization', 'complaints', 'delivery']);
    expect(a.next!.gaps[0].lost).toBeCloseTo(6.67, 2);
  });

  it('an indicator not judged counts as failed', () => {
    const { organization: _, ...rest } = all(pass);
    expect(assess(rest).score).toBeCloseTo((14 / 15) * 100, 2);
  });
});

describe('weights setting', () => {
  it.each([
    ['defaults', DEFAULT_WEIGHTS, []],
    ['not 100', { ...DEFAULT_WEIGHTS, organization: DEFAULT_WEIGHTS.organization + 5 }, ['weights']],
    ['negative', { ...DEFAULT_WEIGHTS, organization: -1, staffing: DEFAULT_WEIGHTS.staffing + DEFAULT_WEIGHTS.organization + 1 }, ['weights.organization']],
    ['zero', { ...DEFAULT_WEIGHTS, organization: 0, staffing: DEFAULT_WEIGHTS.staffing + DEFAULT_WEIGHTS.organization }, ['weights.organization']],
    ['not a number', { ...DEFAULT_WEIGHTS, organization: Number.NaN }, ['weights.organization']],
    ['rounded to two decimals (15 × 6.67 = 100.05 is not 100)', Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 6.67])), ['weights']],
    ['two-decimal entries adding up to 100', { ...Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 6.67])), organization: 6.62 }, []],
    ['missing', Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).slice(1)), ['weights.organization']],
    ['unknown', { ...DEFAULT_WEIGHTS, nope: 0 }, ['weights.nope']],
  ])('%s → %j', (_, weights, paths) => {
    expect(weightProblems(weights as Record<string, number>).map((p) => p.path)).toEqual(paths);
  });
});
