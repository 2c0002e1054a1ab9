/**
 * Coverage for the pre-check "outside the warranty period". The warranty feature (w1) provides
 * WarrantyApi.coverageFor; until it is wired in main.ts this reads the car's recorded 保修 end date and km.
 */
import type { Db, Tx } from '../../db/client.js';
import type { Coverage } from '../../../domain/claims/pre-checks.js';
import { localDate } from '../../../domain/time/index.js';
import { vehicleOf } from './claims.repo.js';

export type CoverageLookup = (q: Db | Tx, c: { vehicleId: string; partNo: string; at: Date; mileageKm: number; timeZone: string }) => Promise<Coverage>;

/** The car's recorded warranty end (date and km, whichever first); a car with neither recorded is not covered. */
export const coverageFromVehicle: CoverageLookup = async (q, c) => {
  const v = await vehicleOf(q, c.vehicleId);
  if (!v || (v.warrantyUntil === null && v.warrantyKm === null)) return { covered: false, reasonZh: '车辆未登记保修期' };
  const on = localDate(c.timeZone, c.at);
  if (v.warrantyUntil !== null && on > v.warrantyUntil) return { covered: false, reasonZh: `保修期已于 ${v.warrantyUntil} 结束` };
  if (v.warrantyKm !== null && c.mileageKm > v.warrantyKm) return { covered: false, reasonZh: `里程 ${c.mileageKm} km 超过保修里程 ${v.warrantyKm} km` };
  return { covered: true, reasonZh: '' };
};
