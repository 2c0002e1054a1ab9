/** 派工建议, second pass: the shift's start, whole minutes, an order's jobs on one technician. */
import { describe, expect, it } from 'vitest';
import { suggestAssignments, type SuggestJob, type SuggestTechnician } from './suggest.js';

const QUAL = [{ name: '机动车维修技术人员从业资格证', expiresOn: '2029-01-01' }];
const TODAY = '2026-11-22';
const utc = (hhmm: string) => new Date(`${TODAY}T${hhmm}:00Z`);
const SHIFT_START = utc('00:30'); // 08:30 in Shanghai
const DAY_END = utc('10:00'); // 18:00
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
const run = (jobs: SuggestJob[], techs: SuggestTechnician[], now: Date) =>
  suggestAssignments(jobs, techs, { now, dayStart: SHIFT_START, dayEnd: DAY_END, today: TODAY });

describe('the plan starts at the shift, never before now', () => {
  it.each([
    ['05:20 local, before the shift', utc('21:20').getTime() - 86_400_000, SHIFT_START],
    ['08:30 local, the shift starts', SHIFT_START.getTime(), SHIFT_START],
    ['10:07 local, during the shift', utc('02:07').getTime(), utc('02:07')],
  ])('now %s → first job at the later of the two', (_label, now, first) => {
    const r = run([job('a', 30)], [tech('t1')], new Date(now));
    expect(r.assignments[0].plannedStartAt).toEqual(first);
  });

  it('a technician busy past the shift start starts when free', () => {
    const r = run([job('a', 30)], [tech('t1', { availableAt: utc('01:00') })], utc('00:00'));
    expect(r.assignments[0].plannedStartAt).toEqual(utc('01:00'));
  });
});

describe('whole minutes', () => {
  it.each([
    ['seconds past now', new Date(utc('02:00').getTime() + 16_240), 1],
    ['on the minute', utc('02:00'), 0],
  ])('%s: lateness and makespan are integers', (_label, now, extraLate) => {
    const r = run([job('a', 60, { promisedAt: utc('02:30') })], [tech('t1')], now);
    expect(Number.isInteger(r.assignments[0].lateMinutes)).toBe(true);
    expect(r.assignments[0].lateMinutes).toBe(30 + extraLate);
    expect(Number.isInteger(r.makespanMinutes)).toBe(true);
    expect(Number.isInteger(r.totalLatenessMinutes)).toBe(true);
    expect(r.makespanMinutes).toBe(60);
  });
});

describe("an order's jobs stay on one technician where one may do them", () => {
  const whoDoes = (r: ReturnType<typeof run>) => Object.fromEntries(r.assignments.map((a) => [a.jobId, a.technicianId]));
  it.each<[string, SuggestJob[], SuggestTechnician[], Record<string, string>]>([
    [
      '保养 of two lines with two free technicians: one does both',
      [job('oil', 30, { workOrderId: 'wo1' }), job('filter', 20, { workOrderId: 'wo1' })],
      [tech('t1'), tech('t2')],
      { oil: 't1', filter: 't1' },
    ],
    [
      'two orders spread over two technicians, each order whole',
      [job('a1', 60, { workOrderId: 'A' }), job('a2', 30, { workOrderId: 'A' }), job('b1', 50, { workOrderId: 'B' }), job('b2', 40, { workOrderId: 'B' })],
      [tech('t1'), tech('t2')],
      { a1: 't1', a2: 't1', b1: 't2', b2: 't2' },
    ],
    [
      'body and mechanical work of one order: nobody may do both, so it splits',
      [job('panel', 60, { workOrderId: 'wo', trade: 'body' }), job('brakes', 60, { workOrderId: 'wo' })],
      [tech('m'), tech('b', { trade: 'body' })],
      { panel: 'b', brakes: 'm' },
    ],
  ])('%s', (_label, jobs, techs, expected) => {
    expect(whoDoes(run(jobs, techs, utc('02:00')))).toEqual(expected);
  });
});
