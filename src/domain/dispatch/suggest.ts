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
 * Tabu search for a plan ending `target` whole minutes after `from`, lowering the target after each success: moves
 * and swaps of pieces that lower the total overflow past the target (ties to the lower technician and piece, a
 * seeded generator for the plateau steps, so the result repeats). Returns the best plan found below `hi` minutes.
 */
function overflowSearch(p: number[], elig: number[][], start: readonly number[], init: Int32Array, from: number, lo: number, hi: number, steps: number) {
  const n = p.length;
  const m = start.length;
  const assign = Int32Array.from(init);
  const finish = [...start];
  for (let i = 0; i < n; i++) finish[assign[i]] += p[i];
  const rnd = lcg(7);
  const tabu = new Int32Array(n * m);
  let best: { assign: Int32Array; minutes: number } | null = null;
  let target = hi - 1;
  const over = (f: number, limit: number) => Math.max(0, f - limit);
  let lastGain = 0;
  for (let step = 1; step <= steps && target >= lo && step - lastGain <= steps / 8; step++) {
    const limit = from + target * MIN;
    let worst = -1;
    for (let k = 0; k < m; k++) if (finish[k] > limit && (worst < 0 || finish[k] > finish[worst] || (finish[k] === finish[worst] && rnd() < 0.5))) worst = k;
    if (worst < 0) {
      best = { assign: Int32Array.from(assign), minutes: wholeMinutes(Math.max(from, ...finish) - from) };
      lastGain = step;
      target = best.minutes - 1;
      continue;
    }
    const a = worst;
    let bestDelta = Number.POSITIVE_INFINITY;
    let mv: [number, number, number] = [-1, -1, -1]; // piece, to, swapped piece (-1: a move)
    let ties = 0;
    const consider = (delta: number, i: number, b: number, j: number) => {
      if (delta < bestDelta - 1e-9) {
        bestDelta = delta;
        mv = [i, b, j];
        ties = 1;
      } else if (Math.abs(delta - bestDelta) <= 1e-9 && rnd() < 1 / ++ties) mv = [i, b, j];
    };
    for (let i = 0; i < n; i++) {
      if (assign[i] !== a) continue;
      for (const b of elig[i]) {
        if (b === a) continue;
        const before = over(finish[a], limit) + over(finish[b], limit);
        if (tabu[i * m + b] < step) consider(over(finish[a] - p[i], limit) + over(finish[b] + p[i], limit) - before, i, b, -1);
        for (let j = 0; j < n; j++) {
          if (assign[j] !== b || p[j] >= p[i] || !elig[j].includes(a)) continue;
          if (tabu[i * m + b] >= step && tabu[j * m + a] >= step) continue;
          consider(over(finish[a] - p[i] + p[j], limit) + over(finish[b] + p[i] - p[j], limit) - before, i, b, j);
        }
      }
    }
    const [i, b, j] = mv;
    if (i < 0) break;
    finish[a] -= p[i];
    finish[b] += p[i];
    assign[i] = b;
    tabu[i * m + a] = step + 5 + Math.floor(rnd() * 5);
    if (j >= 0) {
      finish[b] -= p[j];
      finish[a] += p[j];
      assign[j] = a;
      tabu[j * m + b] = step + 5 + Math.floor(rnd() * 5);
    }
  }
  return best;
}

/** The seeded generator of the plateau steps (an LCG). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Branch and bound on the makespan, started from the greedy plan (`bestEnd`, the latest planned end): the longest
 * pieces first, each on an eligible technician in order of who is free first (then the technicians' order, so the
 * plan repeats), skipping technicians alike in what they may do and when they are free, and cutting a branch when
 * the work left for a set of technicians cannot fit before the target. Returns the technicians' pieces of a plan whose
 * makespan is at least a whole minute shorter, or null when none is found within `nodeLimit` nodes (then the greedy
 * plan was optimal or the search gave up; either way it stays).
 */
function minimiseMakespan(
  units: readonly Unit[],
  start: readonly number[],
  from: number,
  ok: (u: Unit, k: number) => boolean,
  bestEnd: number,
  greedyPlan?: readonly (readonly Unit[])[],
  nodeLimit = 4_000,
): Unit[][] | null {
  const n = units.length;
  const m = start.length;
  if (!n || !m) return null;
  const order = units.map((_, i) => i).sort((a, b) => units[b].minutes - units[a].minutes || unitPriority(units[a], units[b]));
  const p = order.map((i) => units[i].minutes * MIN);
  const elig = order.map((i) => start.map((_, k) => k).filter((k) => ok(units[i], k)));
  // technicians alike in which pieces they may take
  const sigOf = new Map<string, number>();
  const sig = start.map((_, k) => {
    const key = order.map((i) => (ok(units[i], k) ? 1 : 0)).join('');
    if (!sigOf.has(key)) sigOf.set(key, sigOf.size);
    return sigOf.get(key)!;
  });
  // distinct eligible sets; suffix work of the pieces that can only go inside each set
  const setKeys = [...new Set(elig.map((e) => e.join(',')))];
  const sets = setKeys.map((key) => (key ? key.split(',').map(Number) : []));
  const inside = sets.map((S) => elig.map((e) => e.every((k) => S.includes(k))));
  const suffix = sets.map((_, s) => {
    const out = new Float64Array(n + 1);
    for (let i = n - 1; i >= 0; i--) out[i] = out[i + 1] + (inside[s][i] ? p[i] : 0);
    return out;
  });
  const minutesOf = (end: number) => wholeMinutes(end - from);
  const bestMinutes = minutesOf(bestEnd);
  // Lower bound: every piece somewhere, and each set's work within its technicians (water-filling).
  let lower = from;
  for (let i = 0; i < n; i++) lower = Math.max(lower, Math.min(...elig[i].map((k) => start[k])) + p[i]);
  for (let s = 0; s < sets.length; s++) {
    const starts = sets[s].map((k) => start[k]).sort((a, b) => a - b);
    let work = suffix[s][0];
    let level = starts[0];
    for (let j = 0; j < starts.length && work > 0; j++) {
      const next = j + 1 < starts.length ? starts[j + 1] : Number.POSITIVE_INFINITY;
      const fill = Math.min(work, (next - level) * (j + 1));
      level += fill / (j + 1);
      work -= fill;
    }
    lower = Math.max(lower, level);
  }
  if (minutesOf(lower) >= bestMinutes) return null;
  const finish = [...start];
  const assign = new Int32Array(n);
  const tried: number[] = [];
  const byDepth = elig.map((e) => new Int32Array(e.length));
  let nodes = 0;
  let budgetEnd = 0;
  let bestFit = false;
  /** Depth-first: place pieces i.. so every technician ends by `limit`; true when placed (in `assign`). */
  const fits = (i: number, limit: number): boolean => {
    if (nodes++ > budgetEnd) return false;
    if (i === n) return true;
    for (let s = 0; s < sets.length; s++) {
      const need = suffix[s][i];
      if (!need) continue;
      let room = 0;
      for (const k of sets[s]) room += Math.max(0, limit - finish[k]);
      if (need > room) return false;
    }
    const ks = elig[i];
    const idx = byDepth[i];
    // best fit (the technician left with the least room first) or least loaded first, then their order
    for (let a = 0; a < ks.length; a++) {
      const k = ks[a];
      let b = a;
      while (b > 0 && (bestFit ? finish[idx[b - 1]] < finish[k] : finish[idx[b - 1]] > finish[k] || (finish[idx[b - 1]] === finish[k] && idx[b - 1] > k))) {
        idx[b] = idx[b - 1];
        b--;
      }
      idx[b] = k;
    }
    const mark = tried.length;
    let ok = false;
    for (let a = 0; a < ks.length && !ok; a++) {
      const k = idx[a];
      if (finish[k] + p[i] > limit) continue;
      let dup = false;
      for (let t = mark; t < tried.length; t += 2) if (tried[t] === sig[k] && tried[t + 1] === finish[k]) dup = true;
      if (dup) continue;
      tried.push(sig[k], finish[k]);
      finish[k] += p[i];
      assign[i] = k;
      ok = fits(i + 1, limit);
      finish[k] -= p[i];
      if (nodes > budgetEnd) break;
    }
    tried.length = mark;
    return ok;
  };
  let lo = minutesOf(lower);
  let hi = bestMinutes;
  let found: Int32Array | null = null;
  // First a tabu search on the overflow past a target (whole minutes below the best plan so far), from the greedy plan.
  {
    const init = new Int32Array(n);
    const unitIndex = new Map(order.map((u, i) => [units[u], i]));
    const greedy = greedyPlan ?? null;
    if (greedy) greedy.forEach((us, k) => us.forEach((u) => (init[unitIndex.get(u)!] = k)));
    const better = greedy ? overflowSearch(p, elig, start, init, from, lo, hi, 4000) : null;
    if (better) {
      found = better.assign;
      hi = better.minutes;
    }
  }
  // Then binary search on the makespan between the bound and the best plan, each probe with a node budget.

  const probes = Math.max(1, Math.ceil(Math.log2(hi - lo + 1)));
  const perProbe = Math.floor(nodeLimit / probes);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    budgetEnd = nodes + perProbe / 2;
    bestFit = false;
    let ok = fits(0, from + mid * MIN);
    if (!ok) {
      budgetEnd = nodes + perProbe / 2;
      bestFit = true;
      ok = fits(0, from + mid * MIN);
    }
    if (ok) {
      hi = mid;
      found = Int32Array.from(assign);
    } else lo = mid + 1;
  }
  if (!found) return null;
  const plan: Unit[][] = start.map(() => []);
  const a = found as Int32Array;
  order.forEach((u, i) => plan[a[i]].push(units[u]));
  return plan;
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
  const exact = minimiseMakespan(load.flat(), start, from, ok, Math.max(from, ...finish), load);
  if (exact) {
    for (let k = 0; k < load.length; k++) load[k] = exact[k];
  }
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
