/**
 * The order of search results and suggestions: applicability first (an article that fits this car's model and VIN
 * range beats a general one), then the fault codes in common, the words of the query found, the article's
 * effectiveness ("this solved it" against "not helpful") and recency.
 */
import { type Applicability, matchArticle, type Situation } from './applicability.js';

export type ArticleKind = 'fault_case' | 'bulletin' | 'manual';

export interface Rankable extends Applicability {
  id: string;
  kind: ArticleKind;
  tokens: string[];
  solvedCount: number;
  unhelpfulCount: number;
  publishedAt: Date | null;
}

/**
 * Effectiveness in [0,1]: the share of uses that solved it, smoothed towards 0.5 with two imaginary uses (Laplace),
 * so one vote does not make an article perfect; null before anyone answered.
 */
export function effectiveness(solved: number, unhelpful: number): number | null {
  if (solved + unhelpful === 0) return null;
  return (solved + 1) / (solved + unhelpful + 2);
}

export const WEIGHTS = { applicability: 40, code: 30, words: 20, effectiveness: 15, recency: 5, bulletin: 3 } as const;
/** Recency halves every year. */
const HALF_LIFE_DAYS = 365;

export interface Scored<T> {
  item: T;
  score: number;
  codes: string[];
  words: number;
}

export function scoreArticle(a: Rankable, s: Situation, now: Date): Scored<Rankable> | null {
  const m = matchArticle(a, s);
  if (!m.applies) return null;
  const queryWords = s.words?.length ?? 0;
  const codesAsked = s.faultCodes?.length ?? 0;
  // Asked for something (words or codes) and nothing of it is in the article: not a result.
  if ((queryWords || codesAsked) && m.words === 0 && m.codes.length === 0) return null;
  const eff = effectiveness(a.solvedCount, a.unhelpfulCount) ?? 0.5;
  const ageDays = a.publishedAt ? Math.max(0, (now.getTime() - a.publishedAt.getTime()) / 86_400_000) : HALF_LIFE_DAYS * 4;
  const score =
    WEIGHTS.applicability * m.applicability +
    WEIGHTS.code * (codesAsked ? m.codes.length / codesAsked : 0) +
    WEIGHTS.words * (queryWords ? m.words / queryWords : 0) +
    WEIGHTS.effectiveness * eff +
    WEIGHTS.recency * 0.5 ** (ageDays / HALF_LIFE_DAYS) +
    (a.kind === 'bulletin' ? WEIGHTS.bulletin : 0);
  return { item: a, score: Math.round(score * 1000) / 1000, codes: m.codes, words: m.words };
}

/** Score, drop what does not apply, best first (ties: newer first, then id for a stable order). */
export function rankArticles<T extends Rankable>(items: T[], s: Situation, now: Date, limit = 20): Scored<T>[] {
  const out: Scored<T>[] = [];
  for (const a of items) {
    const r = scoreArticle(a, s, now);
    if (r) out.push(r as Scored<T>);
  }
  out.sort((x, y) => y.score - x.score || (y.item.publishedAt?.getTime() ?? 0) - (x.item.publishedAt?.getTime() ?? 0) || (x.item.id < y.item.id ? -1 : 1));
  return out.slice(0, limit);
}
