/**
 * The exact reference for dispatch suggestions (tests and `npm run bench`): the minimum-makespan MILP in LP format
 * (solved with the `highs` package by the caller) and seeded random workshop instances. Pure.
 */
import { eligible } from './eligibility.js';
import type { SuggestJob, SuggestTechnician } from './suggest.js';

const MIN = 60_000;

/**
 * The minimum makespan (minutes from the plan's start) of the jobs someone may take, as a MILP in LP format:
 * binary x_j_m (job j on technician m) and y_m (m has work); C ≥ release(m)·y_m + Σ p_j·x_j_m, x_j_m ≤ y_m (y only
 * for a technician busy at the start). Null when nobody may take any job (the makespan is 0).
 */
export function makespanLp(jobs: readonly SuggestJob[], techs: readonly SuggestTechnician[], o: { now: Date; dayStart?: Date; today: string }): string | null {
  const from = Math.max(o.now.getTime(), o.dayStart?.getTime() ?? 0);
  const release = techs.map((t) => Math.max(0, ((t.availableAt?.getTime() ?? from) - from) / MIN));
  const can = jobs.map((j) => techs.map((t) => eligible(j, t, o.today).ok));
  const x = (j: number, m: number) => `x_${j}_${m}`;
  const rows: string[] = [];
  const vars: string[] = [];
  jobs.forEach((_, j) => {
    const terms = techs.flatMap((_t, m) => (can[j][m] ? [x(j, m)] : []));
    if (terms.length) rows.push(` one_${j}: ${terms.join(' + ')} = 1`);
    vars.push(...terms);
  });
  if (!vars.length) return null;
  techs.forEach((_, m) => {
    const mine = jobs.flatMap((_j, j) => (can[j][m] ? [j] : []));
    if (!mine.length) return;
    const load = mine.map((j) => `- ${jobs[j].standardMinutes} ${x(j, m)}`).join(' ');
    if (release[m] > 0) {
      rows.push(` end_${m}: C ${load} - ${release[m]} y_${m} >= 0`);
      for (const j of mine) rows.push(` use_${j}_${m}: ${x(j, m)} - y_${m} <= 0`);
      vars.push(`y_${m}`);
    } else rows.push(` end_${m}: C ${load} >= 0`);
  });
  return `Minimize\n obj: C\nSubject To\n${rows.join('\n')}\nBounds\n C >= 0\nBinary\n ${vars.join(' ')}\nEnd`;
}

/** A small seeded generator (LCG) so instances repeat on every run. */
export function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const QUAL = [{ name: '机动车维修技术人员从业资格证', expiresOn: '2029-01-01' }];

/**
 * A seeded workshop: minTechs..maxTechs technicians (default 1; all of them when `exact`) (two trades, three grades, some busy, a few with an expired
 * qualification) and minJobs..maxJobs jobs of 30–294 minutes (some promised, some master-only), from `now`.
 */
export function randomWorkshop(seed: number, o: { now: Date; maxJobs: number; maxTechs: number; minJobs?: number; minTechs?: number; exact?: boolean }) {
  const rnd = lcg(seed);
  const at = (min: number) => new Date(o.now.getTime() + min * MIN);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const trades = ['mechanical', 'body'];
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const nT = o.exact ? o.maxTechs : between(o.minTechs ?? 1, o.maxTechs);
  const nJ = o.exact ? o.maxJobs : between(o.minJobs ?? 1, o.maxJobs);
  const techs: SuggestTechnician[] = Array.from({ length: nT }, (_, k) => ({
    id: `t${k}`,
    trade: pick(trades),
    skillGrade: pick(['master', 'mid', 'apprentice']),
    availableAt: rnd() < 0.3 ? at(Math.floor(rnd() * 8) * 15) : null,
    certifications: rnd() < 0.1 ? [{ name: '机动车维修技术人员从业资格证', expiresOn: '2026-01-01' }] : QUAL,
  }));
  const jobs: SuggestJob[] = Array.from({ length: nJ }, (_, j) => ({
    id: `j${j}`,
    trade: pick(trades),
    repairCategory: pick(['minor', 'minor', 'level2_maintenance', 'assembly']),
    standardMinutes: 6 * (5 + Math.floor(rnd() * 45)),
    promisedAt: rnd() < 0.4 ? at(60 + Math.floor(rnd() * 8) * 30) : null,
  }));
  return { jobs, techs };
}
