import { beforeAll, describe, expect, it } from 'vitest';
import { eligible } from './eligibility.js';
import { localDate } from '../time/index.js';
import { suggestAssignments, type SuggestJob, type SuggestTechnician } from './suggest.js';
import { makespanLp, randomWorkshop } from './benchmark.js';

const QUAL = [{ name: '机动车维修技术人员从业资格证', expiresOn: '2029-01-01' }];
const NOW = new Date('2026-11-22T01:00:00Z'); // 09:00 in Shanghai
const DAY_END = new Date('2026-11-22T10:00:00Z'); // 18:00
const at = (min: number) => new Date(NOW.getTime() + min * 60_000);
const job = (id: string, standardMinutes: number, o: Partial<SuggestJob> = {}): SuggestJob => ({
  id,
  trade: 'mechanical',
  repairCategory: 'minor',
  standardMinutes,
  promisedAt: null,
  ...o,
});
const tech = (id: string, o: Partial<SuggestTechnician> = {}): SuggestTechnician => ({
  id,
  trade: 'mechanical',
  skillGrade: 'mid',
  certifications: QUAL,
  ...o,
});
const run = (jobs: SuggestJob[], techs: SuggestTechnician[]) =>
  suggestAssignments(jobs, techs, { now: NOW, dayEnd: DAY_END, today: localDate('Asia/Shanghai', NOW) });
const whoDoes = (r: ReturnType<typeof run>) => Object.fromEntries(r.assignments.map((a) => [a.jobId, a.technicianId]));

describe('suggestAssignments', () => {
  it('spreads load: the longest jobs first, each to the technician free earliest', () => {
    const r = run([job('a', 60), job('b', 120), job('c', 60), job('d', 30)], [tech('t1'), tech('t2')]);
    expect(whoDoes(r)).toEqual({ b: 't1', a: 't2', c: 't2', d: 't1' });
    expect(r.makespanMinutes).toBe(150);
    expect(r.assignments.find((x) => x.jobId === 'd')).toMatchObject({ plannedStartAt: at(120), plannedEndAt: at(150), isPastDayEnd: false });
  });

  it('plans the earliest promise first and reports lateness', () => {
    const r = run([job('long', 240), job('urgent', 60, { promisedAt: at(60) }), job('later', 60, { promisedAt: at(90) })], [tech('t1')]);
    expect(r.assignments.map((a) => a.jobId)).toEqual(['urgent', 'later', 'long']);
    expect(r.totalLatenessMinutes).toBe(30);
    expect(r.maxLatenessMinutes).toBe(30);
    expect(r.assignments.at(-1)).toMatchObject({ isPastDayEnd: false, plannedEndAt: at(360) });
  });

  it('respects trade, qualification, grade and the technicians’ current load', () => {
    const techs = [
      tech('body', { trade: 'body' }),
      tech('expired', { certifications: [{ name: '机动车维修技术人员从业资格证', expiresOn: '2026-05-31' }] }),
      tech('apprentice', { skillGrade: 'apprentice' }),
      tech('busy', { availableAt: at(420) }),
    ];
    const r = run(
      [job('panel', 90, { trade: 'body' }), job('gearbox', 180, { repairCategory: 'assembly' }), job('oil', 30), job('paint', 60, { trade: 'paint' })],
      techs,
    );
    expect(whoDoes(r)).toEqual({ panel: 'body', gearbox: 'busy', oil: 'apprentice' });
    expect(r.assignments.find((a) => a.jobId === 'gearbox')).toMatchObject({ plannedStartAt: at(420), plannedEndAt: at(600), isPastDayEnd: true });
    expect(r.unassigned).toEqual([{ jobId: 'paint', reason: expect.stringContaining('工种不符') }]);
  });

  it('with nothing to plan the makespan is 0', () => {
    expect(run([], [tech('t1')])).toMatchObject({ assignments: [], unassigned: [], makespanMinutes: 0 });
  });
});

/** A seeded generator so the instances are the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function randomInstance(seed: number) {
  const rnd = lcg(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const trades = ['mechanical', 'body'];
  const techs = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, k) =>
    tech(`t${k}`, {
      trade: pick(trades),
      skillGrade: pick(['master', 'mid', 'apprentice']),
      availableAt: rnd() < 0.3 ? at(Math.floor(rnd() * 8) * 15) : null,
      certifications: rnd() < 0.1 ? [{ name: '机动车维修技术人员从业资格证', expiresOn: '2026-01-01' }] : QUAL,
    }),
  );
  const jobs = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, j) =>
    job(`j${j}`, 6 * (5 + Math.floor(rnd() * 45)), {
      trade: pick(trades),
      repairCategory: pick(['minor', 'minor', 'level2_maintenance', 'assembly']),
      promisedAt: rnd() < 0.4 ? at(60 + Math.floor(rnd() * 8) * 30) : null,
    }),
  );
  return { jobs, techs };
}

type Highs = { solve: (lp: string, o?: Record<string, unknown>) => { Status: string; ObjectiveValue: number } };
let highs: Highs;
beforeAll(async () => {
  highs = (await (await import('highs')).default()) as unknown as Highs;
});

/** The exact minimum makespan of the jobs someone may take, by MILP (LP format, HiGHS). */
function optimalMakespan(jobs: SuggestJob[], techs: SuggestTechnician[]) {
  const lp = makespanLp(jobs, techs, { now: NOW, today: '2026-11-22' });
  if (!lp) return 0;
  const res = highs.solve(lp, { output_flag: false });
  if (res.Status !== 'Optimal') throw new Error(`MILP ${res.Status}`);
  return res.ObjectiveValue;
}

describe('suggestAssignments against the exact minimum makespan (MILP, HiGHS)', () => {
  const seeds = Array.from({ length: 60 }, (_, i) => 1000 + i * 7);
  // larger workshops where HiGHS proves the optimum in well under a second (some take it tens of seconds: the bench)
  const large = [5000, 5002, 5003, 5004, 5005, 5006, 5007].map((s) => [s, true] as const);
  it.each([...seeds.map((s) => [s, false] as const), ...large])(
    'instance %i (up to 30 jobs, 12 technicians: %s): within 1 % of optimal, valid and non-overlapping',
    (seed, big) => {
      const { jobs, techs } = big ? randomWorkshop(seed, { now: NOW, maxJobs: 30, maxTechs: 12 }) : randomInstance(seed);
      const r = run(jobs, techs);
      const opt = optimalMakespan(jobs, techs);
      expect(r.makespanMinutes).toBeLessThanOrEqual(opt * 1.01 + 1e-6);
      expect(r.makespanMinutes).toBeGreaterThanOrEqual(opt - 1e-6);
      const takeable = jobs.filter((j) => techs.some((t) => eligible(j, t, '2026-11-22').ok));
      expect(r.assignments.map((a) => a.jobId).sort()).toEqual(takeable.map((j) => j.id).sort());
      for (const t of techs) {
        const mine = r.assignments.filter((a) => a.technicianId === t.id).sort((a, b) => a.plannedStartAt.getTime() - b.plannedStartAt.getTime());
        mine.forEach((a, i) => {
          expect(eligible(jobs.find((j) => j.id === a.jobId)!, t, '2026-11-22').ok).toBe(true);
          if (i > 0) expect(a.plannedStartAt.getTime()).toBeGreaterThanOrEqual(mine[i - 1].plannedEndAt.getTime());
        });
      }
    },
  );
});

describe('suggestAssignments repeats its plan', () => {
  it.each([5000, 5003, 5010])('workshop %i: the same input gives the same plan, also with the lists in another order', (seed) => {
    const { jobs, techs } = randomWorkshop(seed, { now: NOW, maxJobs: 30, maxTechs: 12, exact: true });
    const a = run(jobs, techs);
    expect(run(jobs, techs)).toEqual(a);
    // the makespan does not depend on the order the jobs are listed in
    expect(run([...jobs].reverse(), techs).makespanMinutes).toBe(a.makespanMinutes);
  });
});
