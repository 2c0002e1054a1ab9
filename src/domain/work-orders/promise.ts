/** The promised completion time (预计完工) from the board's load and parts availability. Pure. */
import { addWorkingTime, type WorkCalendar } from '../sla/index.js';

export interface PromiseInput {
  now: Date;
  /** Standard minutes of this work order's jobs. */
  ownMinutes: number;
  /** Standard minutes of open jobs already on the board for the same trades. */
  queueMinutes: number;
  /** Technicians of those trades. */
  technicians: number;
  /** Parts lines that could not be reserved (backorders): they add the parts lead time. */
  partsShort: boolean;
  /** Working minutes to wait for backordered parts (default one working day). */
  partsLeadMinutes?: number;
  /** QC, wash and hand-over (default 45 minutes). */
  bufferMinutes?: number;
}

/**
 * The queue is shared by the technicians of the trade; this order's own jobs follow it; QC and the wash
 * come after; backordered parts push everything by their lead time. Counted in the workshop's hours.
 */
export function promisedCompletion(cal: WorkCalendar, p: PromiseInput): { at: Date; workingMinutes: number } {
  const techs = Math.max(1, p.technicians);
  const queue = Math.ceil(p.queueMinutes / techs);
  const parts = p.partsShort ? (p.partsLeadMinutes ?? 600) : 0;
  const workingMinutes = Math.max(queue, parts) + p.ownMinutes + (p.bufferMinutes ?? 45);
  const at = addWorkingTime(cal, p.now, workingMinutes);
  // Round up to the next quarter hour: customers are promised times like 16:15, not 16:07.
  const q = 15 * 60_000;
  return { at: new Date(Math.ceil(at.getTime() / q) * q), workingMinutes };
}
