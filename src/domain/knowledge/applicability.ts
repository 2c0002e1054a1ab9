/**
 * Which cars and products an article applies to, and how well it matches what is in front of the technician.
 * Every list is "any" when empty. Brands, model families, VIN ranges and products are hard limits (a bulletin for
 * 帕萨特 does not show on a 迈腾) when the car or product is known; fault codes and symptoms only rank.
 */
import { normalizeCode } from './tokens.js';

export interface VinRange {
  from: string;
  to: string;
}
export interface Applicability {
  brands: string[];
  /** Model families (帕萨特) or models (帕萨特 330TSI): a car's model matches a family it starts with. */
  models: string[];
  vinRanges: VinRange[];
  /** Products of equipment makers (model numbers or names). */
  products: string[];
  faultCodes: string[];
  symptoms: string[];
}
/** What the technician has: the car (or product), the fault codes read, the words of the complaint. */
export interface Situation {
  brand?: string | null;
  model?: string | null;
  modelFamily?: string | null;
  vin?: string | null;
  product?: string | null;
  faultCodes?: string[];
  /** Tokens of the symptom / query text (see tokenize). */
  words?: string[];
}

const VIN_RE = /^[A-HJ-NPR-Z0-9]{17}$/;
/**
 * A VIN's sort key: the check digit (position 9) is left out, since it changes with every serial number and would
 * break the order of a production batch; what remains compares as the maker, the descriptor, the year, the plant
 * and the serial.
 */
export const vinKey = (vin: string) => {
  const v = vin.trim().toUpperCase();
  return v.slice(0, 8) + v.slice(9);
};

/** Field errors of a list of VIN ranges: each end a 17-character VIN, from ≤ to (an inverted range is refused). */
export function vinRangeProblems(ranges: VinRange[], path = 'vinRanges'): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  ranges.forEach((r, i) => {
    const from = r.from.trim().toUpperCase();
    const to = r.to.trim().toUpperCase();
    if (!VIN_RE.test(from)) out.push({ path: `${path}.${i}.from`, message: 'VIN 应为 17 位(不含 I、O、Q)' });
    if (!VIN_RE.test(to)) out.push({ path: `${path}.${i}.to`, message: 'VIN 应为 17 位(不含 I、O、Q)' });
    else if (VIN_RE.test(from) && vinKey(from) > vinKey(to)) out.push({ path: `${path}.${i}.to`, message: 'VIN 范围的结束不能小于开始(范围颠倒)' });
  });
  return out;
}

export const vinInRanges = (vin: string, ranges: VinRange[]) => {
  const k = vinKey(vin);
  return ranges.some((r) => vinKey(r.from) <= k && k <= vinKey(r.to));
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** A car's model matches an article's model (family) when equal or when it starts with it (帕萨特 ⊂ 帕萨特 330TSI). */
export function modelMatches(articleModel: string, car: { model?: string | null; modelFamily?: string | null }) {
  const m = articleModel.trim().toLowerCase();
  if (!m) return false;
  const family = car.modelFamily?.trim().toLowerCase() ?? '';
  const model = car.model?.trim().toLowerCase() ?? '';
  return family === m || model === m || (model !== '' && model.startsWith(m)) || (family !== '' && family.startsWith(m));
}

export interface Match {
  /** False when a hard limit (brand, model, VIN range, product) excludes the car. */
  applies: boolean;
  /** 0–1: how specifically the article fits (limits met count more than "any"). */
  applicability: number;
  /** Fault codes in common. */
  codes: string[];
  /** Query words found in the article. */
  words: number;
}

/** Match an article's applicability (and its tokens) against the situation. Pure; see ranking.ts for the order. */
export function matchArticle(a: Applicability & { tokens?: string[] }, s: Situation): Match {
  let applies = true;
  let specific = 0;
  let limits = 0;
  const check = (listed: boolean, known: boolean, ok: () => boolean) => {
    if (!listed) return;
    limits += 1;
    if (!known) return;
    if (ok()) specific += 1;
    else applies = false;
  };
  check(a.brands.length > 0, !!s.brand, () => a.brands.some((b) => same(b, s.brand!)));
  check(a.models.length > 0, !!(s.model || s.modelFamily), () => a.models.some((m) => modelMatches(m, s)));
  check(a.vinRanges.length > 0, !!s.vin && VIN_RE.test(s.vin.trim().toUpperCase()), () => vinInRanges(s.vin!, a.vinRanges));
  check(a.products.length > 0, !!s.product, () => a.products.some((p) => same(p, s.product!)));
  const have = new Set((s.faultCodes ?? []).map(normalizeCode));
  const codes = a.faultCodes.map(normalizeCode).filter((c) => have.has(c));
  const tokens = new Set(a.tokens ?? []);
  const words = (s.words ?? []).filter((w) => tokens.has(w)).length;
  return { applies, applicability: limits ? specific / limits : 0, codes, words };
}
