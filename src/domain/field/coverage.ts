/**
 * Routing a service request to the service point whose coverage region contains the site: the deepest point
 * (most specific) whose region codes match the site's code; when none matches under the receiving point, the
 * request goes up the tree to the nearest ancestor (the receiving point itself at the least).
 */
import { regionMatches } from './deadline.js';

export interface CoveragePoint {
  id: string;
  parentId: string | null;
  /** '/root/…/own/' */
  path: string;
  regionCodes: string[];
  /** Only stations and franchised providers do field work; HQ and regional centres are fallbacks. */
  kind: string;
}

/** How specific a match is: the length of the matched code's stem (province 2, city 4, district 6). */
const stemLength = (code: string) => code.replace(/(00)+$/, '').length;

/**
 * The point that serves the site: among the candidates (the network visible to the receiving point), the
 * service point with the most specific region code matching the site; ties go to the deeper point. When nothing
 * matches, the receiving point. Returns the point and why.
 */
export function routeToPoint(
  siteRegionCode: string | null | undefined,
  receivingPointId: string,
  points: CoveragePoint[],
): { pointId: string; reason: 'coverage' | 'fallback' } {
  if (siteRegionCode) {
    let best: { p: CoveragePoint; score: number; depth: number } | null = null;
    for (const p of points) {
      for (const code of p.regionCodes) {
        if (!regionMatches(code, siteRegionCode)) continue;
        const score = stemLength(code);
        const depth = p.path.split('/').filter(Boolean).length;
        if (!best || score > best.score || (score === best.score && depth > best.depth)) best = { p, score, depth };
      }
    }
    if (best) return { pointId: best.p.id, reason: 'coverage' };
  }
  return { pointId: receivingPointId, reason: 'fallback' };
}
