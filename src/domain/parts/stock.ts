/** Parts stock (配件库存): pure rules for cost, allocation over locations and the parts KPIs. Quantities ×1000, money in fen. */

/** transfer_out / transfer_in: a transfer between stations (调拨) leaving the supplier and arriving at the receiver. */
export const STOCK_MOVEMENT_KINDS = ['receive', 'issue', 'return', 'adjust', 'transfer_out', 'transfer_in'] as const;
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number];

/** The parts side of a work-order line: reserved in full, short (a backorder, 待料), fully issued, or released (order cancelled / delivered). */
export const PART_LINE_STATUSES = ['reserved', 'short', 'issued', 'released'] as const;
export type PartLineStatus = (typeof PART_LINE_STATUSES)[number];

/** Quantity ×1000 from a decimal quantity, and back. */
export const toMilli = (qty: number): number => Math.round(qty * 1000);
export const fromMilli = (milli: number): number => milli / 1000;

/** Value in fen of `qtyMilli` at `unitFen`, rounded half up (away from zero). */
export function valueFen(qtyMilli: number, unitFen: number): number {
  const v = (BigInt(qtyMilli) * BigInt(unitFen) * 2n + (qtyMilli < 0 ? -1000n : 1000n)) / 2000n;
  return Number(v);
}

/**
 * Moving-average cost (移动加权平均) after a receipt: round((onHand×cost + qty×unitCost) / (onHand+qty)).
 * Nothing on hand → the receipt's cost; nothing received → the old cost. BigInt: no float drift on large stocks.
 */
export function movingAverageCost(stock: { onHandMilli: number; costFen: number }, receipt: { qtyMilli: number; unitCostFen: number }): number {
  const onHand = Math.max(0, stock.onHandMilli);
  const qty = Math.max(0, receipt.qtyMilli);
  if (qty === 0) return stock.costFen;
  if (onHand === 0) return receipt.unitCostFen;
  const num = BigInt(onHand) * BigInt(stock.costFen) + BigInt(qty) * BigInt(receipt.unitCostFen);
  const den = BigInt(onHand + qty);
  return Number((num * 2n + den) / (den * 2n));
}

export interface Allocation {
  takes: { id: string; qtyMilli: number }[];
  /** What could be taken (≤ the request). */
  takenMilli: number;
  /** What is missing (request − taken). */
  shortMilli: number;
}

/**
 * Spread a request over locations, the largest available first (fewest picks), ties by id (a stable order).
 * Used to reserve (available = on hand − reserved), to release and to issue (available = reserved).
 */
export function allocate(requestMilli: number, locations: readonly { id: string; availableMilli: number }[]): Allocation {
  const sorted = locations.filter((l) => l.availableMilli > 0).sort((a, b) => b.availableMilli - a.availableMilli || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const takes: Allocation['takes'] = [];
  let left = Math.max(0, requestMilli);
  for (const l of sorted) {
    if (left === 0) break;
    const q = Math.min(left, l.availableMilli);
    takes.push({ id: l.id, qtyMilli: q });
    left -= q;
  }
  return { takes, takenMilli: Math.max(0, requestMilli) - left, shortMilli: left };
}

/** What a line still misses: requested − issued − reserved (returns do not re-open a need). */
export const shortOf = (l: { requestedMilli: number; reservedMilli: number; issuedMilli: number }): number =>
  Math.max(0, l.requestedMilli - l.issuedMilli - l.reservedMilli);

/** Status of a line that is still open (not released). */
export function lineStatus(l: { requestedMilli: number; reservedMilli: number; issuedMilli: number }): PartLineStatus {
  if (shortOf(l) > 0) return 'short';
  if (l.reservedMilli > 0) return 'reserved';
  return 'issued';
}

/** Parts fill rate (配件满足率): lines served in full from stock at their first pick ÷ lines picked; null without picks. */
export function fillRate(picked: readonly { isFilledAtPick: boolean | null }[]): { pickedLines: number; filledLines: number; rate: number | null } {
  const done = picked.filter((l) => l.isFilledAtPick !== null);
  const filled = done.filter((l) => l.isFilledAtPick).length;
  return { pickedLines: done.length, filledLines: filled, rate: done.length ? filled / done.length : null };
}

/**
 * Stock turnover (库存周转率) of a period: cost of what was issued ÷ average stock value, the average taken as
 * (value at start + value at end) / 2. Null when there was no stock value; `days` scales it to a year.
 */
export function turnover(f: { issueCostFen: number; openingValueFen: number; closingValueFen: number; days: number }) {
  const averageValueFen = Math.round((f.openingValueFen + f.closingValueFen) / 2);
  const rate = averageValueFen > 0 ? f.issueCostFen / averageValueFen : null;
  return { averageValueFen, turnover: rate, annualizedTurnover: rate !== null && f.days > 0 ? (rate * 365) / f.days : null };
}
