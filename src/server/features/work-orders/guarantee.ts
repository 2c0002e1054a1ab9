import type { Db, Tx } from '../../db/client.js';
import { guaranteeFor, isComeback, type GuaranteeSettings, type RepairCategory } from '../../../domain/work-orders/guarantee.js';
import { addDays, DEFAULT_TIME_ZONE, localDate, usableTimeZone } from '../../../domain/time/index.js';
import { listPointsByIds } from '../service-points/index.js';
import { findGuaranteeSettings } from './guarantee.repo.js';
import { lastDeliveredOf, type WorkOrderRow } from './work-orders.repo.js';

type Q = Db | Tx;

/** The point's promised guarantee periods (absent values fall back to the legal minimum). */
export async function guaranteeSettingsOf(q: Q, pointId: string): Promise<GuaranteeSettings> {
  return (await findGuaranteeSettings(q, pointId)) ?? {};
}

/**
 * The repair quality-guarantee period a delivered work order carries (质量保证期): until a date or a mileage.
 * The last day is a local date in `timeZone`, the work order's point's zone.
 */
export function guaranteeOf(
  w: Pick<WorkOrderRow, 'repairCategory' | 'deliveredAt' | 'mileageIn'>,
  settings: GuaranteeSettings,
  timeZone: string = DEFAULT_TIME_ZONE,
) {
  const terms = guaranteeFor(w.repairCategory as RepairCategory, settings);
  const until = w.deliveredAt ? addDays(localDate(usableTimeZone(timeZone), w.deliveredAt), terms.days) : null;
  return { km: terms.km, days: terms.days, untilDate: until, untilKm: w.deliveredAt ? w.mileageIn + terms.km : null };
}

/**
 * The most recent delivered work order of the car this visit is a comeback of (返修), if any (days counted in its point's
 * zone). `known`: zones the caller has read already (the reception point's) — only other points' zones are read.
 */
export async function findComeback(
  q: Q,
  vehicleId: string,
  visit: { category: string; openedAt: Date; mileage: number },
  settings: GuaranteeSettings,
  known: { id: string; timeZone: string }[] = [],
) {
  const previous = await lastDeliveredOf(q, vehicleId, 5);
  const zoneOf = new Map(known.map((p) => [p.id, usableTimeZone(p.timeZone)]));
  const missing = [...new Set(previous.map((p) => p.servicePointId))].filter((id) => !zoneOf.has(id));
  if (missing.length) for (const p of await listPointsByIds(q, missing)) zoneOf.set(p.id, usableTimeZone(p.timeZone));
  return previous.find((p) =>
    isComeback(
      { vehicleId, deliveredAt: p.deliveredAt!, deliveredMileage: p.mileageIn, category: p.repairCategory as RepairCategory },
      { vehicleId, category: visit.category as RepairCategory, openedAt: visit.openedAt, mileage: visit.mileage },
      settings,
      zoneOf.get(p.servicePointId),
    ),
  );
}
