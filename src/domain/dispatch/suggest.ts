/** Dispatch suggestions (派工建议): a greedy, load-spreading assignment of jobs to technicians. Pure. */
import { eligible, type EligibilityJob, type EligibilityTechnician } from './eligibility.js';

export interface SuggestJob extends EligibilityJob {
  id: string;
  standardMinutes: number;
  /** The work order's promised completion (预计完工); earlier promises are planned first. */
  promisedAt: Date | null;
}
export interface SuggestTechnician extends EligibilityTechnician {
  id: string;
  /** When the technician is free of already planned work (defaults to now). */
  availableAt?: Date | null;
}
/** One planned job: who, and when (back to back on that technician). */
export interface Suggestion {
  jobId: string;
  technicianId: string;
  plannedStartAt: Date;
  plannedEndAt: Date;
  /** Minutes past the promised time (0 when on time or no promise). */
  lateMinutes: number;
  /** Ends after the end of the working day. */
  isPastDayEnd: boolean;
}
export interface SuggestResult {
  assignments: Suggestion[];
  /** Jobs nobody may take, with the reason. */
  unassigned: { jobId: string; reason: string }[];
  /** From now to the last planned end, minutes. */
  makespanMinutes: number;
  totalLatenessMinutes: number;
  maxLatenessMinutes: number;
}

const MIN = 60_000;
const due = (j: SuggestJob) => j.promisedAt?.getTime() ?? Number.POSITIVE_INFINITY;
/** Earliest promise first, then the longest job first (LPT), then id for determinism. */
const byPriority = (a: SuggestJob, b: SuggestJob) => due(a) - due(b) || b.standardMinutes - a.standardMinutes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A technician's jobs in priority order from `start`: ends and the lateness they cause. */
function sequence(start: number, jobs: SuggestJob[]) {
  let t = start;
  let lateness = 0;
  const slots = [...jobs].sort(byPriority).map((j) => {
    const s = t;
    t += j.standardMinutes * MIN;
    const late = Math.max(0, (t - due(j)) / MIN);
    lateness += Number.isFinite(late) ? late : 0;
    return { job: j, start: s, end: t, late: Number.isFinite(late) ? late : 0 };
  });
  return { slots, end: t, lateness };
}

/**
 * Greedy list scheduling: jobs by earliest promise then longest first, each to the eligible technician
 * who finishes it earliest; then moves and swaps off the busiest technician while they shorten the day
 * without adding lateness. Each technician works their jobs back to back in priority order.
 */
export function suggestAssignments(
  jobs: SuggestJob[],
  technicians: SuggestTechnician[],
  o: { now: Date; dayEnd: Date /** the point's local date of `now` (certificates are valid per local date) */; today: string },
): SuggestResult {
  const { today } = o;
  const now = o.now.getTime();
  const start = technicians.map((t) => Math.max(now, t.availableAt?.getTime() ?? now));
  const load: SuggestJob[][] = technicians.map(() => []);
  const finish = [...start];
  const ok = (j: SuggestJob, k: number) => eligible(j, technicians[k], today).ok;
  const unassigned: SuggestResult['unassigned'] = [];
  for (const j of [...jobs].sort(byPriority)) {
    let best = -1;
    for (let k = 0; k < technicians.length; k++) if (ok(j, k) && (best < 0 || finish[k] < finish[best])) best = k;
    if (best < 0) {
      const reasons = [...new Set(technicians.map((t) => eligible(j, t, today)).flatMap((e) => (e.ok ? [] : [e.reason])))];
      unassigned.push({ jobId: j.id, reason: reasons.length ? `没有可派的技师:${reasons.join(';')}` : '没有可派的技师' });
      continue;
    }
    load[best].push(j);
    finish[best] += j.standardMinutes * MIN;
  }
  improve(load, finish, start, ok);
  const assignments: Suggestion[] = [];
  load.forEach((js, k) => {
    for (const s of sequence(start[k], js).slots) {
      assignments.push({
        jobId: s.job.id,
        technicianId: technicians[k].id,
        plannedStartAt: new Date(s.start),
        plannedEndAt: new Date(s.end),
        lateMinutes: s.late,
        isPastDayEnd: s.end > o.dayEnd.getTime(),
      });
    }
  });
  const lastEnd = Math.max(now, ...assignments.map((a) => a.plannedEndAt.getTime()));
  return {
    assignments,
    unassigned,
    makespanMinutes: (lastEnd - now) / MIN,
    totalLatenessMinutes: assignments.reduce((s, a) => s + a.lateMinutes, 0),
    maxLatenessMinutes: Math.max(0, ...assignments.map((a) => a.lateMinutes)),
  };
}

/** Local search on the busiest technician: accept a move or swap that lowers the pair's later finish and adds no lateness. */
function improve(load: SuggestJob[][], finish: number[], start: number[], ok: (j: SuggestJob, k: number) => boolean) {
  const lateOf = (k: number, js: SuggestJob[]) => sequence(start[k], js).lateness;
  for (let round = 0; round < 1000; round++) {
    let a = -1;
    load.forEach((js, k) => {
      if (js.length && (a < 0 || finish[k] > finish[a])) a = k;
    });
    if (a < 0) return;
    const tryPair = (b: number, nextA: SuggestJob[], nextB: SuggestJob[], fa: number, fb: number) => {
      if (Math.max(fa, fb) >= finish[a]) return false;
      if (lateOf(a, nextA) + lateOf(b, nextB) > lateOf(a, load[a]) + lateOf(b, load[b]) + 1e-9) return false;
      load[a] = nextA;
      load[b] = nextB;
      finish[a] = fa;
      finish[b] = fb;
      return true;
    };
    let moved = false;
    for (let b = 0; b < load.length && !moved; b++) {
      if (b === a) continue;
      for (const j of load[a]) {
        const p = j.standardMinutes * MIN;
        if (
          ok(j, b) &&
          tryPair(
            b,
            load[a].filter((x) => x !== j),
            [...load[b], j],
            finish[a] - p,
            finish[b] + p,
          )
        ) {
          moved = true;
          break;
        }
        for (const k of load[b]) {
          const q = k.standardMinutes * MIN;
          if (p <= q || !ok(j, b) || !ok(k, a)) continue;
          if (tryPair(b, [...load[a].filter((x) => x !== j), k], [...load[b].filter((x) => x !== k), j], finish[a] - p + q, finish[b] - q + p)) {
            moved = true;
            break;
          }
        }
        if (moved) break;
      }
    }
    if (!moved) return;
  }
}
