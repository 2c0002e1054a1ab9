import { describe, expect, it } from 'vitest';
import { formatYuan, roundHalfUpDiv, toScaled, vatIncluded } from './money.js';

describe('roundHalfUpDiv', () => {
  it.each([
    [0, 7, 0],
    [1, 2, 1],
    [3, 2, 2],
    [5, 2, 3],
    [124_995, 10, 12_500],
    [124_994, 10, 12_499],
    [2, 3, 1],
    [1, 3, 0],
    [100, 1, 100],
  ])('%i / %i → %i', (num, den, q) => expect(roundHalfUpDiv(num, den)).toBe(q));
  it.each([
    [-1, 2],
    [1, 0],
    [1.5, 2],
    [Number.MAX_SAFE_INTEGER, 2],
  ])('refuses %d / %d', (num, den) => {
    expect(() => roundHalfUpDiv(num, den)).toThrow(RangeError);
  });
});

describe('toScaled', () => {
  it.each([
    [1.005, 1000, 1005], // 1.005 × 100 is 100.49999… in floating point; scaled it is exact
    [0.1, 1000, 100],
    [2.35, 1000, 2350],
    [12.5, 100, 1250],
    [8.88, 100, 888],
    [0, 100, 0],
    [-1.5, 10, -15],
    [1.0001, 1000, null],
    [Number.NaN, 100, null],
    [Number.POSITIVE_INFINITY, 100, null],
  ])('%d at %i → %s', (value, scale, scaled) => expect(toScaled(value, scale)).toBe(scaled));
});

describe('vatIncluded', () => {
  it.each([
    [11_300, 13, 1_300],
    [113, 13, 13],
    [100, 13, 12],
    [99, 13, 11],
    [0, 13, 0],
    [10_600, 6, 600],
    [10_900, 9, 900],
    [1, 100, 1],
    [3, 100, 2],
    [5_000, 0, 0],
  ])('%i fen at %d%% holds %i fen', (amount, rate, tax) => expect(vatIncluded(amount, rate)).toBe(tax));
  it.each([[-1], [101], [13.001]])('refuses a rate of %d%%', (rate) => expect(() => vatIncluded(100, rate)).toThrow(RangeError));
});

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [12_345, '123.45'],
    [100, '1.00'],
    [-250, '-2.50'],
  ])('%i → %s', (fen, s) => expect(formatYuan(fen)).toBe(s));
});
