import { describe, expect, it } from 'vitest';
import { usccCheckChar, validateUscc } from './uscc.js';

// Published codes; each check character was recomputed by the GB 32100-2015 algorithm.
const VALID = [
  '91350100M000100Y43',
  '914403001922038216',
  '9144030071526726XG',
  '91330100799655058B',
  '91440300192317458F',
  '91110000802100433B',
  '91110108551385082Q',
  '91110000710935732K',
  '91440300708461136T',
];

describe('usccCheckChar', () => {
  it.each(VALID.map((c) => [c.slice(0, 17), c[17]]))('%s → %s', (body, check) => expect(usccCheckChar(body)).toBe(check));
  it('maps 31 − 0 to 0', () => {
    // weights·values ≡ 0 (mod 31) for an all-zero body
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });
  it('throws on characters outside the set', () => expect(() => usccCheckChar('9135010OM00010OY4')).toThrow(RangeError));
});

describe('validateUscc', () => {
  it.each(VALID)('accepts %s', (code) => expect(validateUscc(code)).toEqual({ ok: true, uscc: code }));

  it.each([
    [' 91350100m000100y43 ', '91350100M000100Y43'],
    ['9135 0100 M000 100Y 43', '91350100M000100Y43'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
  ])('normalizes %j', (raw, uscc) => expect(validateUscc(raw)).toEqual({ ok: true, uscc }));

  it.each([
    [''],
    ['91350100M000100Y4'], // 17
    ['91350100M000100Y433'], // 19
    ['91350100M000100I43'], // I
    ['91350100M000100O43'], // O
    ['91350100M000100S43'], // S
    ['91350100M000100V43'], // V
    ['91350100M000100Z43'], // Z
    ['91350100-M000100Y4'],
  ])('refuses %j as USCC_FORMAT', (raw) => expect(validateUscc(raw)).toMatchObject({ ok: false, code: 'USCC_FORMAT' }));

  it.each([
    ['91350100M000100Y44', '3'],
    ['914403001922038217', '6'],
    ['9144030071526726XH', 'G'],
    ['91310000607200337E', 'A'],
    ['91110000100000000X', 'R'],
    ['91350100M000100Y34', '0'], // last two characters swapped
  ])('refuses %s as USCC_CHECK (should be %s)', (raw, expected) => {
    expect(validateUscc(raw)).toEqual({ ok: false, code: 'USCC_CHECK', message: `统一社会信用代码校验位不符(应为 ${expected}),请核对营业执照` });
  });
});
