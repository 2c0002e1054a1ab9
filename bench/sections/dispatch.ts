/**
 * Bench section "dispatch" — the workshop assignment suggestion (派工建议, src/domain/dispatch) against the exact
 * minimum makespan by MILP (the `highs` package) on seeded workshops of 10–30 jobs and 2–12 technicians (every fourth exactly 30 × 12): the gap
 * distribution (min/median/p95/max, %), how many are optimal, and the time per instance of the suggestion (and of
 * HiGHS, for comparison). BENCH_DISPATCH_INSTANCES (default 100), BENCH_DISPATCH_SEED (default 1), BENCH_DISPATCH_HIGHS_S (default 60).
 */
import { performance } from 'node:perf_hooks';
import { makespanLp, randomWorkshop } from '../../src/domain/dispatch/benchmark.js';
import { suggestAssignments } from '../../src/domain/dispatch/index.js';

const N = Number(process.env.BENCH_DISPATCH_INSTANCES ?? 100);
const SEED = Number(process.env.BENCH_DISPATCH_SEED ?? 1);
/** HiGHS's time limit per instance (s); an instance it does not prove optimal is counted apart. */
const HIGHS_S = Number(process.env.BENCH_DISPATCH_HIGHS_S ?? 60);
const NOW = new Date('2026-11-22T01:00:00Z');
const DAY_END = new Date('2026-11-22T10:00:00Z');

type Highs = { solve: (lp: string, o?: Record<string, unknown>) => { Status: string; ObjectiveValue: number } };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export async function run() {
  const highs = (await (await import('highs')).default()) as unknown as Highs;
  const gaps: number[] = [];
  const ms: number[] = [];
  /** CPU time of the suggestion (less sensitive than wall time to other processes on a shared machine). */
  const cpuMs: number[] = [];
  const unproven: { seed: number; ours: number; highsIncumbent: number }[] = [];
  const highsMs: number[] = [];
  let optimal = 0;
  for (let i = 0; i < N; i++) {
    const seed = SEED * 100_003 + i;
    const { jobs, techs } = randomWorkshop(seed, { now: NOW, minJobs: 10, maxJobs: 30, minTechs: 2, maxTechs: 12, exact: i % 4 === 0 });
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = suggestAssignments(jobs, techs, { now: NOW, dayEnd: DAY_END, today: '2026-11-22' });
    const c = process.cpuUsage(c0);
    ms.push(performance.now() - t0);
    cpuMs.push((c.user + c.system) / 1000);
    const lp = makespanLp(jobs, techs, { now: NOW, today: '2026-11-22' });
    const t1 = performance.now();
    const opt = lp ? highs.solve(lp, { output_flag: false, time_limit: HIGHS_S }) : { Status: 'Optimal', ObjectiveValue: 0 };
    highsMs.push(performance.now() - t1);
    if (opt.Status !== 'Optimal') {
      unproven.push({ seed, ours: r.makespanMinutes, highsIncumbent: round(opt.ObjectiveValue) });
      continue;
    }
    const gap = opt.ObjectiveValue > 0 ? (100 * (r.makespanMinutes - opt.ObjectiveValue)) / opt.ObjectiveValue : 0;
    gaps.push(gap);
    if (gap <= 1e-9) optimal++;
  }
  return {
    /** The field routing planner (issue 12) is measured by the "routing" section of the same run. */
    fieldRouting: 'see section "routing"',
    instances: N,
    solvedByHighs: gaps.length,
    optimal,
    gapPct: { min: round(Math.min(...gaps)), median: round(pct(gaps, 50)), p95: round(pct(gaps, 95)), max: round(Math.max(...gaps)) },
    withinOnePct: gaps.filter((g) => g <= 1 + 1e-9).length,
    suggestMs: { median: round(pct(ms, 50)), p95: round(pct(ms, 95)), max: round(Math.max(...ms)) },
    suggestCpuMs: { median: round(pct(cpuMs, 50)), p95: round(pct(cpuMs, 95)), max: round(Math.max(...cpuMs)) },
    /** Instances HiGHS did not prove optimal within its time limit: our makespan beside its best plan. */
    unproven,
    highsMs: { median: round(pct(highsMs, 50)), p95: round(pct(highsMs, 95)), max: round(Math.max(...highsMs)) },
  };
}
