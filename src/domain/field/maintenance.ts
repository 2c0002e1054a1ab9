/**
 * Preventive maintenance (seed 003: every two months while in warranty). The next due date follows the last
 * maintenance visit (or the warranty start) by the interval; nothing after the warranty end; a visit is generated
 * once the due date is within `aheadDays` of today (an overdue one at once).
 */
import { daysBetween } from '../time/index.js';
import { addMonths } from './units.js';

export function nextMaintenanceDue(o: {
  warrantyStart: string | null;
  warrantyEnd: string | null;
  intervalMonths: number;
  lastMaintenance: string | null;
}): string | null {
  if (!o.warrantyStart || !o.warrantyEnd || o.intervalMonths <= 0) return null;
  const due = addMonths(o.lastMaintenance ?? o.warrantyStart, o.intervalMonths);
  return daysBetween(due, o.warrantyEnd) >= 0 ? due : null;
}

/** The planned date of the visit to generate today, or null when it is not yet time (or nothing is due). */
export function maintenanceToGenerate(due: string | null, today: string, aheadDays: number): string | null {
  if (!due) return null;
  if (daysBetween(today, due) > aheadDays) return null;
  return daysBetween(today, due) < 0 ? today : due;
}

/** Whether a planned maintenance visit not done by its date is overdue. */
export const maintenanceOverdue = (plannedDate: string, status: string, today: string) =>
  ['open', 'assigned'].includes(status) && daysBetween(plannedDate, today) > 0;

export const DEFAULT_AHEAD_DAYS = 14;
