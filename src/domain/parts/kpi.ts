/**
 * Parts KPIs (RULES.md, station KPIs): fill rate (一次满足率) and turnover (周转) live in stock.ts and are re-exported;
 * days of stock, dead stock (呆滞), ABC classes and purchase lead times by supplier are here. Pure, no clock: pass `now`.
 */
export { fillRate, turnover } from './stock.js';

const DAY_MS = 86_400_000;

/** Days of stock (库存天数): stock value ÷ average daily cost of issues; null without issues in the period. */
export function daysOfStock(f: { stockValueFen: number; issueCostFen: number; days: number }): number | null {
  if (f.days <= 0 || f.issueCostFen <= 0) return null;
  return f.stockValueFen / (f.issueCostFen / f.days);
}

/** The first instant a part counts as dead stock: `months` calendar months before now (same day-of-month, clamped). */
export function deadStockCutoff(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * Dead stock (呆滞库存): parts on hand whose last movement (receipt, issue, return, count) is before the cutoff,
 * i.e. no movement for more than `months` (7 by default, configurable). Share = their value ÷ all stock value.
 */
export function deadStock<T extends { valueFen: number; onHandMilli: number; lastMovementAt: Date | null }>(items: readonly T[], now: Date, months = 7) {
  const cutoff = deadStockCutoff(now, months);
  const dead = items.filter((i) => i.onHandMilli > 0 && (i.lastMovementAt === null || i.lastMovementAt.getTime() < cutoff.getTime()));
  const totalFen = items.reduce((s, i) => s + Math.max(0, i.valueFen), 0);
  const deadFen = dead.reduce((s, i) => s + Math.max(0, i.valueFen), 0);
  return { cutoff, items: dead, deadFen, totalFen, share: totalFen > 0 ? deadFen / totalFen : null };
}

export type AbcClass = 'A' | 'B' | 'C';
/**
 * ABC classes by annual usage value (Pareto): sorted by value descending (ties by id), a part is A while the
 * cumulative share before it is < `a` (80 %), B while < `b` (95 %), C after; parts without usage are C.
 */
export function abcClasses<T extends { id: string; usageFen: number }>(items: readonly T[], a = 0.8, b = 0.95): Map<string, AbcClass> {
  const sorted = [...items].sort((x, y) => y.usageFen - x.usageFen || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const total = sorted.reduce((s, i) => s + Math.max(0, i.usageFen), 0);
  const out = new Map<string, AbcClass>();
  let before = 0;
  for (const i of sorted) {
    const share = total > 0 ? before / total : 1;
    out.set(i.id, i.usageFen <= 0 ? 'C' : share < a ? 'A' : share < b ? 'B' : 'C');
    before += Math.max(0, i.usageFen);
  }
  return out;
}

/** Count per ABC class and the value each class carries. */
export function abcSummary(classes: Map<string, AbcClass>, usage: ReadonlyMap<string, number>) {
  const out = { A: { parts: 0, usageFen: 0 }, B: { parts: 0, usageFen: 0 }, C: { parts: 0, usageFen: 0 } };
  for (const [id, c] of classes) {
    out[c].parts += 1;
    out[c].usageFen += usage.get(id) ?? 0;
  }
  return out;
}

/**
 * Purchase lead time by supplier: days from an order sent to its first receipt, per vendor: count, mean, max.
 * Orders not yet received do not count.
 */
export function leadTimesByVendor(orders: readonly { vendorId: string; sentAt: Date | null; firstReceiptAt: Date | null }[]) {
  const by = new Map<string, number[]>();
  for (const o of orders) {
    if (!o.sentAt || !o.firstReceiptAt) continue;
    const days = Math.max(0, (o.firstReceiptAt.getTime() - o.sentAt.getTime()) / DAY_MS);
    by.set(o.vendorId, [...(by.get(o.vendorId) ?? []), days]);
  }
  return [...by.entries()]
    .map(([vendorId, d]) => ({ vendorId, orders: d.length, meanDays: d.reduce((s, x) => s + x, 0) / d.length, maxDays: Math.max(...d) }))
    .sort((x, y) => (x.vendorId < y.vendorId ? -1 : 1));
}
