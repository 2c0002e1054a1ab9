/** Exact integer arithmetic for money in fen (分): no floating-point sums, rounding half up. */

/** num ÷ den rounded half up, for non-negative safe integers. */
export function roundHalfUpDiv(num: number, den: number): number {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0 || !Number.isSafeInteger(num * 2 + den)) {
    throw new RangeError(`金额计算超出范围:${num} / ${den}`);
  }
  return Math.floor((2 * num + den) / (2 * den));
}

/** A decimal with at most log10(scale) places as an integer count of 1/scale (1.25 h at 1000 → 1250), or null. */
export function toScaled(value: number, scale: number): number | null {
  if (!Number.isFinite(value)) return null;
  const scaled = Math.round(value * scale);
  return Math.abs(value * scale - scaled) < 1e-6 ? scaled : null;
}

/** The VAT contained in a tax-inclusive amount: round(amount × rate / (100 + rate)). */
export function vatIncluded(amountFen: number, vatRatePct: number): number {
  const rate = toScaled(vatRatePct, 100);
  if (rate === null || rate < 0 || rate > 10_000) throw new RangeError('税率须为 0–100 之间、最多两位小数的百分数');
  return roundHalfUpDiv(amountFen * rate, 10_000 + rate);
}

/** Fen shown as yuan with two decimals: 12345 → '123.45'. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
