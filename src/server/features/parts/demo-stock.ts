import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { parts, stockItems, stockMovements, warehouseLocations } from '../../db/schema.js';

/** Demo stock per part number (see demo-customers.ts): [location, quantity]. Body panels stay at 0 so backorders show. */
const DEMO_STOCK: Record<string, [string, number]> = {
  '06L115562': ['A-01-01', 40],
  G052195M4: ['A-01-02', 24],
  '5Q0129620D': ['A-01-03', 15],
  '5Q0819653': ['A-02-01', 18],
  '04E905612C': ['A-02-02', 32],
  B000750M3: ['A-02-03', 12],
  '5Q0698151D': ['B-01-01', 6],
  '5Q0698451': ['B-01-02', 4],
  '5Q0615301G': ['B-01-03', 2],
  '000915105': ['B-02-01', 3],
  'LSM-100': ['C-01-01', 10],
  'LSM-200': ['C-01-02', 8],
  N10583601: ['A-03-01', 20],
  '5G0807221': ['D-01-01', 0],
  '5G0821021': ['D-01-02', 0],
};
/** Slow movers received eight months before the rest and never used since: the KPI pack's dead stock (呆滞库存). */
const SLOW_MOVING = new Set(['LSM-200', 'B000750M3']);
const SLOW_AGE_MS = 240 * 86_400_000;
const NAMES: Record<string, string> = { A: '快修件货架', B: '制动/电气件货架', C: '油漆间', D: '钣金大件区' };

/**
 * Locations A-01-01… for every demo part and plausible opening stock (期初库存) at its cost price, as ledger receipts
 * dated `at` (the slow movers eight months earlier).
 */
export async function seedDemoStock(db: Db, pointId: string, at = new Date()) {
  await db.transaction(async (tx) => {
    const codes = [...new Set(Object.values(DEMO_STOCK).map(([code]) => code))].sort();
    await tx
      .insert(warehouseLocations)
      .values(codes.map((code) => ({ servicePointId: pointId, code, name: NAMES[code[0]] ?? '' })))
      .onConflictDoNothing();
    const locations = new Map((await tx.select().from(warehouseLocations).where(eq(warehouseLocations.servicePointId, pointId))).map((l) => [l.code, l.id]));
    const demoParts = await tx
      .select()
      .from(parts)
      .where(and(eq(parts.servicePointId, pointId), inArray(parts.partNo, Object.keys(DEMO_STOCK))));
    for (const p of demoParts) {
      const [code, qty] = DEMO_STOCK[p.partNo];
      const locationId = locations.get(code)!;
      const [row] = await tx
        .insert(stockItems)
        .values({ servicePointId: pointId, partId: p.id, locationId, onHandMilli: qty * 1000 })
        .onConflictDoNothing()
        .returning();
      if (!row || qty === 0) continue;
      await tx.insert(stockMovements).values({
        servicePointId: pointId,
        partId: p.id,
        locationId,
        kind: 'receive',
        qtyMilli: qty * 1000,
        unitCostFen: p.costPriceFen,
        actorName: '系统',
        note: SLOW_MOVING.has(p.partNo) ? '期初库存(慢动件)' : '期初库存',
        at: SLOW_MOVING.has(p.partNo) ? new Date(at.getTime() - SLOW_AGE_MS) : at,
      });
    }
  });
}
