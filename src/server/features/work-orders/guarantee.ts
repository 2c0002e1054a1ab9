import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { workOrders, workshopSettings } from '../../db/schema.js';
import { guaranteeFor, isComeback, type GuaranteeSettings, type RepairCategory } from '../../../domain/work-orders/guarantee.js';
import type { WorkOrderRow } from './work-orders.repo.js';

type Q = Db | Tx;

/** The point's promised guarantee periods (absent values fall back to the legal minimum). */
export async function guaranteeSettingsOf(q: Q, pointId: string): Promise<GuaranteeSettings> {
  const [row] = await q.select({ guarantee: workshopSettings.guarantee }).from(workshopSettings).where(eq(workshopSettings.servicePointId, pointId));
  return (row?.guarantee ?? {}) as GuaranteeSettings;
}

/** The repair quality-guarantee period a delivered work order carries (质量保证期): until a date or a mileage. */
export function guaranteeOf(w: Pick<WorkOrderRow, 'repairCategory' | 'deliveredAt' | 'mileageIn'>, settings: GuaranteeSettings) {
  const terms = guaranteeFor(w.repairCategory as RepairCategory, settings);
  const until = w.deliveredAt ? new Date(w.deliveredAt.getTime() + terms.days * 86400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }) : null;
  return { km: terms.km, days: terms.days, untilDate: until, untilKm: w.deliveredAt ? w.mileageIn + terms.km : null };
}

/** The most recent delivered work order of the car this visit is a comeback of (返修), if any. */
export async function findComeback(q: Q, vehicleId: string, visit: { category: string; openedAt: Date; mileage: number }, settings: GuaranteeSettings) {
  const previous = await q.select().from(workOrders)
    .where(and(eq(workOrders.vehicleId, vehicleId), isNotNull(workOrders.deliveredAt), inArray(workOrders.status, ['delivered', 'settled', 'closed'])))
    .orderBy(desc(workOrders.deliveredAt)).limit(5);
  return previous.find((p) => isComeback(
    { vehicleId, deliveredAt: p.deliveredAt!, deliveredMileage: p.mileageIn, category: p.repairCategory as RepairCategory },
    { vehicleId, category: visit.category as RepairCategory, openedAt: visit.openedAt, mileage: visit.mileage },
    settings,
  ));
}
