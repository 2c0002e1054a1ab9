/**
 * Demo purchasing at the demo dealership: two vendors, planning figures, an order sent to the manufacturer's parts
 * centre and one partly received from a local supplier; the suggestion then shows reorders and the body panels'
 * backorders.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { partPlanning, parts, purchaseOrderLines, purchaseOrders, purchaseReceipts, stockItems, stockMovements, vendors } from '../../db/schema.js';
import { orderTotalFen } from '../../../domain/parts/reorder.js';
import type { PartsApi } from '../parts/index.js';
import { findPoint } from '../service-points/index.js';
import { nextDocumentNumber } from '../numbering/index.js';

const DAY_MS = 86_400_000;

export async function seedDemoPurchasing(db: Db, pointId: string, now: Date, _parts: PartsApi) {
  const point = (await findPoint(db, pointId))!;
  await db.transaction(async (tx) => {
    const [oem, local] = await tx
      .insert(vendors)
      .values([
        { servicePointId: pointId, code: 'OEM-PC', name: '主机厂华东配件中心', kind: 'oem', leadTimeDays: 5, contact: '配件订单组', phone: '021-69550000' },
        { servicePointId: pointId, code: 'LOCAL-01', name: '沪西汽配城 鑫达汽配', kind: 'local', leadTimeDays: 2, contact: '王经理', phone: '13801230001' },
      ])
      .onConflictDoNothing()
      .returning();
    if (!oem || !local) return; // already seeded
    const byNo = new Map(
      (
        await tx
          .select()
          .from(parts)
          .where(
            and(
              eq(parts.servicePointId, pointId),
              inArray(parts.partNo, ['06L115562', 'G052195M4', '5Q0698151D', '5Q0615301G', '5G0807221', '5G0821021', '000915105']),
            ),
          )
      ).map((p) => [p.partNo, p]),
    );
    const planning: [string, string, number | null][] = [
      ['06L115562', oem.id, null],
      ['G052195M4', oem.id, null],
      ['5G0807221', oem.id, null],
      ['5G0821021', oem.id, null],
      ['5Q0698151D', local.id, null],
      ['5Q0615301G', local.id, 4000], // 2 on hand, planner's reorder point 4 → suggested
      ['000915105', local.id, 5000], // the battery: 3 on hand, reorder point 5 → suggested
    ];
    const rows = planning
      .filter(([no]) => byNo.has(no))
      .map(([no, vendorId, rop]) => ({ partId: byNo.get(no)!.id, servicePointId: pointId, vendorId, reorderPointMilli: rop }));
    if (rows.length) await tx.insert(partPlanning).values(rows).onConflictDoNothing();

    async function order(vendorId: string, lines: [string, number][], sentDaysAgo: number, note: string) {
      const ls = lines
        .filter(([no]) => byNo.has(no))
        .map(([no, qty], i) => ({ partId: byNo.get(no)!.id, orderedMilli: qty * 1000, unitCostFen: byNo.get(no)!.costPriceFen, sortOrder: i }));
      if (!ls.length) return null;
      const sentAt = new Date(now.getTime() - sentDaysAgo * DAY_MS);
      const [po] = await tx
        .insert(purchaseOrders)
        .values({
          servicePointId: pointId,
          number: await nextDocumentNumber(tx, point, 'purchaseOrder', sentAt),
          vendorId,
          status: 'sent',
          totalFen: orderTotalFen(ls),
          note,
          createdByName: '配件计划员',
          sentAt,
          createdAt: sentAt,
          updatedAt: sentAt,
        })
        .returning();
      const inserted = await tx
        .insert(purchaseOrderLines)
        .values(ls.map((l) => ({ ...l, purchaseOrderId: po.id, servicePointId: pointId })))
        .returning();
      return { po, lines: inserted };
    }
    await order(
      oem.id,
      [
        ['06L115562', 20],
        ['G052195M4', 12],
      ],
      2,
      '月度常规订单',
    );
    const partly = await order(
      local.id,
      [
        ['5Q0698151D', 6],
        ['5Q0615301G', 4],
      ],
      3,
      '制动件补货',
    );
    if (!partly) return;
    // The first line came in part (2 of 6), booked as a receipt into its usual location at the order's cost.
    const line = partly.lines[0];
    const [stock] = await tx.select().from(stockItems).where(eq(stockItems.partId, line.partId)).limit(1);
    if (!stock) return;
    const at = new Date(now.getTime() - 1 * DAY_MS);
    await tx
      .update(stockItems)
      .set({ onHandMilli: sql`${stockItems.onHandMilli} + 2000` })
      .where(eq(stockItems.id, stock.id));
    await tx.insert(stockMovements).values({
      servicePointId: pointId,
      partId: line.partId,
      locationId: stock.locationId,
      kind: 'receive',
      qtyMilli: 2000,
      unitCostFen: line.unitCostFen,
      actorName: '仓库管理员',
      note: partly.po.number,
      at,
    });
    await tx.insert(purchaseReceipts).values({
      servicePointId: pointId,
      purchaseOrderId: partly.po.id,
      lineId: line.id,
      partId: line.partId,
      locationId: stock.locationId,
      qtyMilli: 2000,
      unitCostFen: line.unitCostFen,
      actorName: '仓库管理员',
      at,
    });
    await tx.update(purchaseOrderLines).set({ receivedMilli: 2000 }).where(eq(purchaseOrderLines.id, line.id));
    await tx.update(purchaseOrders).set({ status: 'partly_received' }).where(eq(purchaseOrders.id, partly.po.id));
  });
}
