/** Shared by the workshop services: job cards, local days of a point, the end of the working day. */
import type { JobCard } from '../../../contracts/workshop.js';
import { OPEN_JOB_STATUSES, type JobStatus } from '../../../domain/dispatch/job-status.js';
import type { PauseReason } from '../../../domain/dispatch/pause.js';
import type { WorkOrderStatus } from '../../../domain/work-orders/status.js';
import { eligible, type EligibilityTechnician } from '../../../domain/dispatch/eligibility.js';
import { atLocalTime, weekdayOf } from '../../../domain/time/index.js';
import type { JobCardRow } from './workshop.repo.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A board card: the job, its work order and vehicle; late when finished, planned to end, or still open past the promised time. */
export function toCard(r: JobCardRow, now: Date): JobCard {
  const j = r.job;
  const promised = r.promisedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  const isOpen = OPEN_JOB_STATUSES.includes(j.status as JobStatus);
  const isLate = j.finishedAt ? j.finishedAt.getTime() > promised : isOpen && Math.max(now.getTime(), j.plannedEndAt?.getTime() ?? 0) > promised;
  return {
    id: j.id,
    servicePointId: j.servicePointId,
    workOrderId: j.workOrderId,
    workOrderNumber: r.number,
    workOrderStatus: r.orderStatus as WorkOrderStatus,
    plate: r.plate,
    model: r.model,
    lineName: r.lineName,
    lineCode: r.lineCode,
    trade: j.trade,
    requiredCertificate: r.requiredCertificate ?? null,
    repairCategory: r.repairCategory,
    standardMinutes: j.standardMinutes,
    status: j.status as JobStatus,
    technicianEmployeeId: j.technicianEmployeeId,
    technicianName: r.technicianName,
    teamId: j.teamId,
    plannedStartAt: iso(j.plannedStartAt),
    plannedEndAt: iso(j.plannedEndAt),
    startedAt: iso(j.startedAt),
    finishedAt: iso(j.finishedAt),
    promisedAt: iso(r.promisedAt),
    isWaitingParts: r.orderStatus === 'waiting_parts',
    isLate,
    pauseReason: j.status === 'paused' ? ((j.pauseReason as PauseReason | null) ?? null) : null,
    pauseNote: j.status === 'paused' ? (j.pauseNote ?? null) : null,
    version: j.version,
  };
}

/**
 * Who may not take a waiting job and why, for the dispatch dialog. Eligibility reads only the job's trade, repair
 * category and required certificate, so each such profile is judged once: `keyOf` gives a job its profile's key and
 * `lists` holds each profile's list once (the board sends it once, not on every card).
 */
export function ineligibleTechnicians(techs: readonly (EligibilityTechnician & { id: string })[], today: string) {
  const keys = new Map<string, string>();
  const lists: Record<string, { employeeId: string; reason: string }[]> = {};
  const keyOf = (r: Pick<JobCardRow, 'repairCategory' | 'requiredCertificate'> & { job: Pick<JobCardRow['job'], 'trade'> }) => {
    const job = { trade: r.job.trade, repairCategory: r.repairCategory, requiredCertificate: r.requiredCertificate };
    const profile = JSON.stringify(job);
    let key = keys.get(profile);
    if (key === undefined) {
      key = `p${keys.size}`;
      keys.set(profile, key);
      lists[key] = techs.flatMap((t) => {
        const e = eligible(job, t, today);
        return e.ok ? [] : [{ employeeId: t.id, reason: e.reason }];
      });
    }
    return key;
  };
  return { keyOf, lists };
}

/** The end of the working day: the last opening interval of the weekday (workshop settings), else 18:00. */
export function workdayEnd(timeZone: string, date: string, hours: Record<string, { from: string; to: string }[]> | null) {
  const last =
    (hours?.[String(weekdayOf(date))] ?? [])
      .map((iv) => iv.to)
      .sort()
      .at(-1) ?? '18:00';
  return atLocalTime(timeZone, date, last);
}

/** The start of the working day (the shift): the first opening interval of the weekday; null on a closed day. */
export function workdayStart(timeZone: string, date: string, hours: Record<string, { from: string; to: string }[]> | null) {
  const first = (hours?.[String(weekdayOf(date))] ?? [])
    .map((iv) => iv.from)
    .sort()
    .at(0);
  return first ? atLocalTime(timeZone, date, first) : null;
}

/** Minutes of [a, b) inside [from, to). */
export function overlapMinutes(a: Date, b: Date, from: Date, to: Date) {
  return Math.max(0, Math.min(b.getTime(), to.getTime()) - Math.max(a.getTime(), from.getTime())) / 60_000;
}
