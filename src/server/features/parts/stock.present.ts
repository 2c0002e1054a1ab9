import type { Db, Tx } from '../../db/client.js';
import { fromMilli, valueFen } from '../../../domain/parts/stock.js';
import type { Location, StockLevel } from '../../../contracts/parts.js';
import * as repo from './stock.repo.js';

export const presentLocation = (r: repo.LocationRow): Location => ({
  id: r.id,
  servicePointId: r.servicePointId,
  code: r.code,
  name: r.name,
  version: r.version,
});

/** Stock of each part: on hand / reserved / available per location and in total, backorders and value at moving-average cost. */
export async function stockLevels(q: Db | Tx, partRows: repo.PartRow[]): Promise<StockLevel[]> {
  const ids = partRows.map((p) => p.id);
  const [items, backordered] = await Promise.all([repo.stockOfParts(q, ids), repo.backorderedByPart(q, ids)]);
  return partRows.map((p) => {
    const mine = items.filter((i) => i.item.partId === p.id);
    const onHand = mine.reduce((s, i) => s + i.item.onHandMilli, 0);
    const reserved = mine.reduce((s, i) => s + i.item.reservedMilli, 0);
    return {
      partId: p.id,
      partNo: p.partNo,
      name: p.name,
      unit: p.unit,
      isActive: p.isActive,
      costPriceFen: p.costPriceFen,
      onHand: fromMilli(onHand),
      reserved: fromMilli(reserved),
      available: fromMilli(onHand - reserved),
      backordered: fromMilli(backordered.get(p.id) ?? 0),
      valueFen: valueFen(onHand, p.costPriceFen),
      locations: mine.map((i) => ({
        locationId: i.item.locationId,
        code: i.code,
        onHand: fromMilli(i.item.onHandMilli),
        reserved: fromMilli(i.item.reservedMilli),
      })),
    };
  });
}
