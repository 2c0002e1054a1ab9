/**
 * Which index probe fetches a query's search candidates (ADR 023). A token's document frequency (how many articles
 * hold it) comes from a count kept at write time. The rarest tokens, up to a budget of articles in all, are probed
 * with "any of" (`tokens && rare`); the remaining, common tokens with "all of" (`tokens @> common`). An article left
 * out holds none of the rare tokens and misses a common one, so it matches fewer query tokens than every article
 * fetched by the "all of" probe — the article that holds the whole query is always a candidate, and the article that
 * holds the one rare word is too. Only the rarest COMMON_PROBE common tokens are intersected. A token without a count is taken as rare (a stale count costs speed, not results).
 */
export const PROBE_BUDGET = 2_000;

export interface Probe {
  /** Probed with "any of": the rarest tokens, their counts adding up to at most the budget (rarest first). */
  rare: string[];
  /** The tokens not rare (rarest first); "all of" is probed with the first COMMON_PROBE of them. */
  common: string[];
}
/**
 * How many common tokens the "all of" probe intersects: the rarest few narrow it as well as all would, while a token
 * held by nearly every article costs a long posting list. Leaving common tokens out only widens the probe, so what
 * it promises (an article holding the whole query is a candidate) still holds.
 */
export const COMMON_PROBE = 2;

export function chooseProbe(tokens: string[], counts: ReadonlyMap<string, number>, budget = PROBE_BUDGET): Probe {
  const sorted = [...new Set(tokens)].map((t) => ({ t, n: counts.get(t) ?? 0 })).sort((a, b) => a.n - b.n || (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
  const rare: string[] = [];
  const common: string[] = [];
  let sum = 0;
  for (const { t, n } of sorted) {
    if (common.length === 0 && sum + n <= budget) {
      rare.push(t);
      sum += n;
    } else common.push(t);
  }
  return { rare, common };
}
