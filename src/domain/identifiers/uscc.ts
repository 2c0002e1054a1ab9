/** Unified Social Credit Code (统一社会信用代码, GB 32100-2015) of companies and other organisations. */

/** The 31 code characters; the index of a character is its value (no I, O, Z, S, V). */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export type UsccErrorCode = 'USCC_FORMAT' | 'USCC_CHECK';
export type UsccResult = { ok: true; uscc: string } | { ok: false; code: UsccErrorCode; message: string };

/** Trimmed, upper-cased, with full-width characters and inner spaces removed. */
export function normalizeUscc(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters of a code (throws on characters outside the set). */
export function usccCheckChar(first17: string): string {
  const s = normalizeUscc(first17).slice(0, 17);
  if (s.length !== 17) throw new RangeError('统一社会信用代码本体须为 17 位');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(s[i]);
    if (value < 0) throw new RangeError(`统一社会信用代码含非法字符「${s[i]}」`);
    sum += value * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return CHARSET[c === 31 ? 0 : c];
}

/** Validate an 18-character unified social credit code: character set, then the check character. */
export function validateUscc(raw: string): UsccResult {
  const uscc = normalizeUscc(raw);
  if (!USCC_PATTERN.test(uscc)) {
    return { ok: false, code: 'USCC_FORMAT', message: '统一社会信用代码须为 18 位数字或大写字母(不含 I、O、Z、S、V)' };
  }
  const expected = usccCheckChar(uscc);
  if (uscc[17] !== expected) {
    return { ok: false, code: 'USCC_CHECK', message: `统一社会信用代码校验位不符(应为 ${expected}),请核对营业执照` };
  }
  return { ok: true, uscc };
}
