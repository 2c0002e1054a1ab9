/** Vehicle identification number (车架号 / VIN) per ISO 3779 and GB 16735: format and check digit. */

/** Values of letters in the check-digit sum (I, O, Q never occur). */
const TRANSLITERATION: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;

export type VinErrorCode = 'VIN_FORMAT' | 'VIN_CHECK_DIGIT';
export type VinResult = { ok: true; vin: string; checkDigitValid: boolean } | { ok: false; code: VinErrorCode; message: string };

/** Trimmed, upper-cased, full-width characters folded to ASCII (input from Chinese IMEs). */
export function normalizeVin(raw: string): string {
  return raw.normalize('NFKC').trim().toUpperCase();
}

/** The check digit ('0'–'9' or 'X') a well-formed 17-character VIN should carry at position 9. */
export function vinCheckDigit(vin: string): string {
  const v = normalizeVin(vin);
  if (!VIN_PATTERN.test(v)) throw new RangeError('车架号须为 17 位字母或数字,且不含 I、O、Q');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = v[i];
    const value = c >= '0' && c <= '9' ? Number(c) : TRANSLITERATION[c];
    sum += value * WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/**
 * Validate a VIN. Some imported (e.g. European or Japanese-market) vehicles carry no valid
 * check digit, so the reception clerk may confirm and continue: `allowCheckDigitMismatch`.
 */
export function validateVin(raw: string, options: { allowCheckDigitMismatch?: boolean } = {}): VinResult {
  const vin = normalizeVin(raw);
  if (!VIN_PATTERN.test(vin)) {
    return { ok: false, code: 'VIN_FORMAT', message: '车架号须为 17 位字母或数字,且不含 I、O、Q' };
  }
  const expected = vinCheckDigit(vin);
  const checkDigitValid = vin[8] === expected;
  if (!checkDigitValid && !options.allowCheckDigitMismatch) {
    return { ok: false, code: 'VIN_CHECK_DIGIT', message: `车架号校验位不符(应为 ${expected}),如为进口车请确认后继续` };
  }
  return { ok: true, vin, checkDigitValid };
}
