/**
 * The same part added twice to an order raises the quantity of the line already there (one line per part, payer,
 * discount and package) instead of making a second line. Quantities are summed in thousandths (no float drift).
 */
export interface MergeableLine {
  kind: 'labor' | 'parts';
  partId?: string;
  qty?: number;
  payer?: string;
  discountPct: number;
  /** A package's part stays in its package (priced with it); only the same part outside it, or in the same package, merges. */
  packageId?: string | null;
}

const keyOf = (l: MergeableLine) => `${l.partId}|${l.payer ?? ''}|${l.discountPct}|${l.packageId ?? ''}`;

/** The lines with repeated parts folded into their first occurrence (quantity default 1), order kept. */
export function mergeSameParts<L extends MergeableLine>(lines: readonly L[]): L[] {
  const out: L[] = [];
  const firstOf = new Map<string, number>();
  for (const l of lines) {
    if (l.kind !== 'parts' || !l.partId) {
      out.push(l);
      continue;
    }
    const at = firstOf.get(keyOf(l));
    if (at === undefined) {
      firstOf.set(keyOf(l), out.length);
      out.push(l);
      continue;
    }
    const milli = Math.round((out[at].qty ?? 1) * 1000) + Math.round((l.qty ?? 1) * 1000);
    out[at] = { ...out[at], qty: milli / 1000 };
  }
  return out;
}
