/** Demo stocktaking: a count of the quick-service shelf A-01 in progress, two of its three lines counted (one short). */
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { parts, stockCountLines, stockCounts, stockItems, warehouseLocations } from '../../db/schema.js';
import { findPoint } from '../service-points/index.js';
import { nextDocumentNumber } from '../numbering/index.js';

const HOUR_MS = 3_600_000;

export async function seedDemoCount(db: Db, pointId: string, now: Date) {
  const point = await findPoint(db, pointId);
  if (!point) return;
  await db.transaction(async (tx) => {
    if ((await tx.select({ id: stockCounts.id }).from(stockCounts).where(eq(stockCounts.servicePointId, pointId)).limit(1)).length) return;
    const rows = await tx
      .select({ item: stockItems, cost: parts.costPriceFen, code: warehouseLocations.code })
      .from(stockItems)
      .innerJoin(parts, eq(parts.id, stockItems.partId))
      .innerJoin(warehouseLocations, eq(warehouseLocations.id, stockItems.locationId))
      .where(and(eq(stockItems.servicePointId, pointId), like(warehouseLocations.code, 'A-01-%')));
    if (!rows.length) return;
    const at = new Date(now.getTime() - 2 * HOUR_MS);
    const [c] = await tx
      .insert(stockCounts)
      .values({
        servicePointId: pointId,
        number: await nextDocumentNumber(tx, point, 'stockCount', at),
        note: '月度盘点:快修件货架 A-01',
        createdByName: '仓库管理员',
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    rows.sort((a, b) => a.code.localeCompare(b.code));
    await tx.insert(stockCountLines).values(
      rows.map((r, i) => ({
        countId: c.id,
        locationId: r.item.locationId,
        partId: r.item.partId,
        bookMilli: r.item.onHandMilli,
        unitCostFen: r.cost,
        // The first two lines are counted: the first one short by one.
        ...(i < 2
          ? {
              countedMilli: r.item.onHandMilli - (i === 0 ? 1000 : 0),
              bookAtEntryMilli: r.item.onHandMilli,
              countedAt: new Date(at.getTime() + HOUR_MS),
              countedByName: '仓库管理员',
            }
          : {}),
      })),
    );
  });
}
