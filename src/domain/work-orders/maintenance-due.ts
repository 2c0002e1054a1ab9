/** The next maintenance due (下次保养) printed on the 结算单: a simple interval from the order's work. Pure. */

export interface MaintenanceInterval {
  km: number;
  months: number;
}
/** Until a point sets its own: every 5 000 km or 6 months, whichever comes first. */
export const DEFAULT_MAINTENANCE_INTERVAL: MaintenanceInterval = { km: 5000, months: 6 };
const MAINTENANCE_CATEGORIES = ['level1_maintenance', 'level2_maintenance'];

/** 'YYYY-MM-DD' plus whole months; the day is clamped to the month's last (08-31 + 6 → 02-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Due after a maintenance (保养 order, or 一级/二级维护): the interval from the day the car left and its
 * mileage then; null for other work (the previous due date still stands).
 */
export function nextMaintenanceDue(
  o: { type: string; repairCategory: string; leftOn: string | null; mileageOut: number },
  interval: MaintenanceInterval = DEFAULT_MAINTENANCE_INTERVAL,
): { date: string; km: number } | null {
  if (!o.leftOn) return null;
  if (o.type !== 'maintenance' && !MAINTENANCE_CATEGORIES.includes(o.repairCategory)) return null;
  return { date: addMonths(o.leftOn, interval.months), km: o.mileageOut + interval.km };
}
