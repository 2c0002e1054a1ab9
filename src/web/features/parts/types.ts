/** Parts shapes from the API contracts (types only) and quantity / money formatting. */
import type { Answer } from '../../api/paths';

export type Backorder = Answer<'/backorders'>['items'][number];
export type Location = Answer<'/warehouse-locations'>['items'][number];
export type PartsStats = Answer<'/parts-stats'>;
export type PickingList = Answer<'/work-orders/{id}/picking-list'>;
export type StockLevel = Answer<'/stock'>['items'][number];
export type PickingLine = PickingList['lines'][number];

/** Quantities may carry up to 3 decimals. */
export const qty = (n: number | null | undefined) => (n == null ? '—' : String(Math.round(n * 1000) / 1000));
export const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);
