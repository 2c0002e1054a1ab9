import { describe, expect, it } from 'vitest';
import { CODE128_PATTERNS, code128Bars, code128Values } from './code128.js';

const sum = (p: string) => [...p].reduce((t, c) => t + Number(c), 0);

describe('Code 128 B', () => {
  it('has 107 symbols of 11 modules (the stop 13 with its final bar)', () => {
    expect(CODE128_PATTERNS).toHaveLength(107);
    CODE128_PATTERNS.slice(0, 106).forEach((p) => expect(sum(p)).toBe(11));
    expect(sum(CODE128_PATTERNS[106])).toBe(13);
    expect(new Set(CODE128_PATTERNS).size).toBe(107);
  });
  it('adds the weighted check symbol (mod 103)', () => {
    // 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879 ≡ 55 (mod 103)
    expect(code128Values('PJJ123C')).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
  });
  it('is as wide as its symbols: 11 per symbol and 13 for the stop', () => {
    const tag = 'SP202611220001-01';
    expect(code128Bars(tag)!.modules).toBe(11 * (tag.length + 2) + 13);
  });
  it.each(['旧件', 'a\tb'])('refuses characters outside code set B (%s)', (t) => expect(code128Bars(t)).toBeNull());
});
