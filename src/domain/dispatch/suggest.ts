/** Dispatch suggestions (派工建议): a greedy, load-spreading assignment of jobs to technicians. Pure. */
import { eligible, type EligibilityJob, type EligibilityTechnician } from './eligibility.js';

export interface SuggestJob extends EligibilityJob {
  id: string;
  /** The job's work order: an order's jobs stay with one technician where one may do them all. */
  workOrderId?: string;
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
  /** Whole minutes past the promised time (0 when on time or no promise). */
  lateMinutes: number;
  /** Ends after the end of the working day. */
  isPastDayEnd: boolean;
}
export interface SuggestResult {
  assignments: Suggestion[];
  /** Jobs nobody may take, with the reason. */
  unassigned: { jobId: string; reason: string }[];
  /** From the plan's start (now, or the shift's start) to the last planned end, whole minutes. */
  makespanMinutes: number;
  totalLatenessMinutes: number;
  maxLatenessMinutes: number;
}

const MIN = 60_000;
const due = (j: SuggestJob) => j.promisedAt?.getTime() ?? Number.POSITIVE_INFINITY;
/** Earliest promise first, then the longest job first (LPT), then id for determinism. */
const byPriority = (a: SuggestJob, b: SuggestJob) => due(a) - due(b) || b.standardMinutes - a.standardMinutes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Whole minutes, rounded up (a second late is a minute late). */
const wholeMinutes = (ms: number) => Math.max(0, Math.ceil(ms / MIN - 1e-9));

/** What is planned as one piece: an order's jobs one technician may do all of, or a single job. */
interface Unit {
  jobs: SuggestJob[];
  minutes: number;
}
const unitOf = (jobs: SuggestJob[]): Unit => ({ jobs: [...jobs].sort(byPriority), minutes: jobs.reduce((s, j) => s + j.standardMinutes, 0) });
const unitPriority = (a: Unit, b: Unit) => byPriority(a.jobs[0], b.jobs[0]) || b.minutes - a.minutes;

/** A technician's jobs in priority order from `start`: slots and the lateness (ms) they cause. */
function sequence(start: number, units: Unit[]) {
  let t = start;
  let lateness = 0;
  const slots = units
    .flatMap((u) => u.jobs)
    .sort(byPriority)
    .map((j) => {
      const s = t;
      t += j.standardMinutes * MIN;
      const late = Number.isFinite(due(j)) ? Math.max(0, t - due(j)) : 0;
      lateness += late;
      return { job: j, start: s, end: t, late };
    });
  return { slots, end: t, lateness };
}

/**
 * Greedy list scheduling: an order's jobs together when one technician may do them all, pieces by earliest
 * promise then longest first, each to the eligible technician who finishes it earliest; then moves and swaps off
 * the busiest technician while they shorten the day without adding lateness. Nobody starts before `dayStart`
 * (the shift's start) nor before `now`; each technician works their jobs back to back in priority order.
 */
export function suggestAssignments(
  jobs: SuggestJob[],
  technicians: SuggestTechnician[],
  o: { now: Date; dayStart?: Date; dayEnd: Date /** the point's local date of `now` (certificates are valid per local date) */; today: string },
): SuggestResult {
  const { today } = o;
  const from = Math.max(o.now.getTime(), o.dayStart?.getTime() ?? 0);
  const start = technicians.map((t) => Math.max(from, t.availableAt?.getTime() ?? from));
  const load: Unit[][] = technicians.map(() => []);
  const finish = [...start];
  const ok = (u: Unit, k: number) => u.jobs.every((j) => eligible(j, technicians[k], today).ok);
  const unassigned: SuggestResult['unassigned'] = [];

  const units: Unit[] = [];
  const byOrder = new Map<string, SuggestJob[]>();
  for (const j of jobs) {
    if (!j.workOrderId) units.push(unitOf([j]));
    else byOrder.set(j.workOrderId, [...(byOrder.get(j.workOrderId) ?? []), j]);
  }
  for (const group of byOrder.values()) {
    const whole = unitOf(group);
    if (technicians.some((_, k) => ok(whole, k))) units.push(whole);
    else units.push(...group.map((j) => unitOf([j])));
  }

  for (const u of units.sort(unitPriority)) {
    let best = -1;
    for (let k = 0; k < technicians.length; k++) if (ok(u, k) && (best < 0 || finish[k] < finish[best])) best = k;
    if (best < 0) {
      const j = u.jobs[0];
      const reasons = [...new Set(technicians.map((t) => eligible(j, t, today)).flatMap((e) => (e.ok ? [] : [e.reason])))];
      unassigned.push({ jobId: j.id, reason: reasons.length ? `没有可派的技师:${reasons.join(';')}` : '没有可派的技师' });
      continue;
    }
    load[best].push(u);
    finish[best] += u.minutes * MIN;
  }
  improve(load, finish, start, ok);
  const assignments: Suggestion[] = [];
  load.forEach((us, k) => {
    for (const s of sequence(start[k], us).slots) {
      assignments.push({
        jobId: s.job.id,
        technicianId: technicians[k].id,
        plannedStartAt: new Date(s.start),
        plannedEndAt: new Date(s.end),
        lateMinutes: wholeMinutes(s.late),
        isPastDayEnd: s.end > o.dayEnd.getTime(),
      });
    }
  });
  const lastEnd = Math.max(from, ...assignments.map((a) => a.plannedEndAt.getTime()));
  return {
    assignments,
    unassigned,
    makespanMinutes: wholeMinutes(lastEnd - from),
    totalLatenessMinutes: assignments.reduce((s, a) => s + a.lateMinutes, 0),
    maxLatenessMinutes: Math.max(0, ...assignments.map((a) => a.lateMinutes)),
  };
}

/** Local search on the busiest technician: accept a move or swap that lowers the pair's later finish and adds no lateness. */
function improve(load: Unit[][], finish: number[], start: number[], ok: (u: Unit, k: number) => boolean) {
  const lateOf = (k: number, us: Unit[]) => sequence(start[k], us).lateness;
  for (let round = 0; round < 1000; round++) {
    let a = -1;
    load.forEach((us, k) => {
      if (us.length && (a < 0 || finish[k] > finish[a])) a = k;
    });
    if (a < 0) return;
    const tryPair = (b: number, nextA: Unit[], nextB: Unit[], fa: number, fb: number) => {
      if (Math.max(fa, fb) >= finish[a]) return false;
      if (lateOf(a, nextA) + lateOf(b, nextB) > lateOf(a, load[a]) + lateOf(b, load[b])) return false;
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
        const p = j.minutes * MIN;
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
          const q = k.minutes * MIN;
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
