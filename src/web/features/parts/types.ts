/** Parts shapes from the API contracts (types only) and quantity / money formatting. */
import type { Backorder, Location, PartsStats, PickingList, StockLevel } from '../../../contracts/parts';

export type { Backorder, Location, PartsStats, PickingList, StockLevel };
export type PickingLine = PickingList['lines'][number];

/** Quantities may carry up to 3 decimals. */
export const qty = (n: number | null | undefined) => (n == null ? '—' : String(Math.round(n * 1000) / 1000));
export const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);
