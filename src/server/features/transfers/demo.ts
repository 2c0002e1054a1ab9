/**
 * Demo transfer: the Suzhou station (ST-0002) ships two parts to the demo station (ST-0001) — a wing the demo
 * station's body shop waits for and oil filters — and they are in transit (在途) when the demo opens.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { parts, stockItems, stockMovements, stockTransferLines, stockTransfers, warehouseLocations } from '../../db/schema.js';
import { transferValueFen } from '../../../domain/parts/transfers.js';
import { findPoint, findPointByCode } from '../service-points/index.js';
import { nextDocumentNumber } from '../numbering/index.js';

const HOUR_MS = 3_600_000;
const LINES: [string, number, number][] = [
  ['5G0821021', 1, 2], // [part number, shipped, also left on the supplier's shelf]
  ['06L115562', 5, 20],
];

export async function seedDemoTransfer(db: Db, pointId: string, now: Date) {
  const to = await findPoint(db, pointId);
  const from = await findPointByCode(db, 'ST-0002');
  if (!to || !from) return; // the demo network is not installed
  await db.transaction(async (tx) => {
    if ((await tx.select({ id: stockTransfers.id }).from(stockTransfers).where(eq(stockTransfers.toPointId, to.id)).limit(1)).length) return;
    const source = await tx
      .select()
      .from(parts)
      .where(
        and(
          eq(parts.servicePointId, to.id),
          inArray(
            parts.partNo,
            LINES.map((l) => l[0]),
          ),
        ),
      );
    if (source.length !== LINES.length) return;
    // The Suzhou station carries the same parts (its own catalog rows) on one shelf.
    const supplierParts = await tx
      .insert(parts)
      .values(source.map(({ id: _id, servicePointId: _p, version: _v, createdAt: _c, updatedAt: _u, ...p }) => ({ ...p, servicePointId: from.id })))
      .onConflictDoNothing()
      .returning();
    const [loc] = await tx
      .insert(warehouseLocations)
      .values({ servicePointId: from.id, code: 'A-01-01', name: '快修件货架' })
      .onConflictDoNothing()
      .returning();
    if (!loc || supplierParts.length !== LINES.length) return;
    const byNo = new Map(supplierParts.map((p) => [p.partNo, p]));
    const toByNo = new Map(source.map((p) => [p.partNo, p]));
    const receivedAt = new Date(now.getTime() - 30 * 24 * HOUR_MS);
    const shippedAt = new Date(now.getTime() - 20 * HOUR_MS);
    for (const [no, shipped, left] of LINES) {
      const p = byNo.get(no)!;
      await tx.insert(stockItems).values({ servicePointId: from.id, partId: p.id, locationId: loc.id, onHandMilli: left * 1000 });
      await tx.insert(stockMovements).values([
        {
          servicePointId: from.id,
          partId: p.id,
          locationId: loc.id,
          kind: 'receive',
          qtyMilli: (left + shipped) * 1000,
          unitCostFen: p.costPriceFen,
          actorName: '系统',
          note: '期初库存',
          at: receivedAt,
        },
        {
          servicePointId: from.id,
          partId: p.id,
          locationId: loc.id,
          kind: 'transfer_out',
          qtyMilli: -shipped * 1000,
          unitCostFen: p.costPriceFen,
          actorName: '系统',
          note: '调拨',
          at: shippedAt,
        },
      ]);
    }
    const lines = LINES.map(([no, qty], i) => ({
      fromPartId: byNo.get(no)!.id,
      toPartId: toByNo.get(no)!.id,
      qtyMilli: qty * 1000,
      shippedMilli: qty * 1000,
      unitCostFen: byNo.get(no)!.costPriceFen,
      sortOrder: i,
    }));
    const [t] = await tx
      .insert(stockTransfers)
      .values({
        number: await nextDocumentNumber(tx, to, 'stockTransfer', shippedAt),
        fromPointId: from.id,
        toPointId: to.id,
        origin: 'request',
        status: 'in_transit',
        totalFen: transferValueFen(lines),
        note: '钣金车间待料:左前翼子板;机滤补货',
        createdByName: '配件计划员',
        approvedByName: '苏州站配件主管',
        shippedByName: '苏州站仓库管理员',
        shippedAt,
        createdAt: new Date(shippedAt.getTime() - 3 * HOUR_MS),
        updatedAt: shippedAt,
      })
      .returning();
    await tx.insert(stockTransferLines).values(lines.map((l) => ({ ...l, transferId: t.id })));
  });
}
