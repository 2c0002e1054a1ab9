/**
 * The on-site response deadline of a service request (seed 003: "on site within 8 hours"). The time allowed is
 * chosen from the most specific rule that applies — the unit's contract, then the product, then the site's region,
 * then the point's default — and counts on a 24×7 clock or on the point's working calendar.
 */

export type ClockKind = '24x7' | 'working';

export interface ResponseRule {
  minutes: number;
  clock: ClockKind;
}

export const DEFAULT_RESPONSE: ResponseRule = { minutes: 8 * 60, clock: '24x7' };

export interface RuleSources {
  contract?: Partial<ResponseRule> | null;
  product?: Partial<ResponseRule> | null;
  /** Rules per region code ('310000' province, '310100' city, '310115' district); the longest matching prefix wins. */
  regions?: { regionCode: string; minutes: number; clock?: ClockKind }[];
  regionCode?: string | null;
  pointDefault?: Partial<ResponseRule> | null;
}

/** Where the rule came from (shown beside the deadline). */
export type RuleSource = 'contract' | 'product' | 'region' | 'point' | 'default';

/** A region rule applies when the site's code starts with the rule's code with its trailing zero pairs removed. */
export function regionMatches(ruleCode: string, siteCode: string): boolean {
  const stem = ruleCode.replace(/(00)+$/, '');
  return stem.length > 0 && siteCode.startsWith(stem);
}

/** The response rule that applies and its source; the first source with minutes wins, its clock or the default clock. */
export function responseRule(s: RuleSources): ResponseRule & { source: RuleSource } {
  const pick = (r: Partial<ResponseRule> | null | undefined) => (r && typeof r.minutes === 'number' ? r : null);
  const contract = pick(s.contract);
  if (contract) return { minutes: contract.minutes!, clock: contract.clock ?? DEFAULT_RESPONSE.clock, source: 'contract' };
  const product = pick(s.product);
  if (product) return { minutes: product.minutes!, clock: product.clock ?? DEFAULT_RESPONSE.clock, source: 'product' };
  if (s.regionCode) {
    const matches = (s.regions ?? []).filter((r) => regionMatches(r.regionCode, s.regionCode!));
    matches.sort((a, b) => b.regionCode.replace(/(00)+$/, '').length - a.regionCode.replace(/(00)+$/, '').length);
    if (matches[0]) return { minutes: matches[0].minutes, clock: matches[0].clock ?? DEFAULT_RESPONSE.clock, source: 'region' };
  }
  const point = pick(s.pointDefault);
  if (point) return { minutes: point.minutes!, clock: point.clock ?? DEFAULT_RESPONSE.clock, source: 'point' };
  return { ...DEFAULT_RESPONSE, source: 'default' };
}
