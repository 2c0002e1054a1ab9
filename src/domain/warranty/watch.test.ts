import { describe, expect, it } from 'vitest';
import { isWorkingDay, CN_HOLIDAYS, type WorkCalendar } from '../sla/index.js';
import { addWorkingDays, loanerDue, loanerOfferFrom, repairDays, watchOf, type RepairRecord } from './watch.js';

const SH = 'Asia/Shanghai';
const cst = (local: string) => new Date(`${local}+08:00`);
const H = 3_600_000;

let seq = 0;
const repair = (over: Partial<RepairRecord> & { at: string; hours?: number }): RepairRecord => {
  const confirmedAt = cst(over.at);
  return {
    workOrderId: `wo-${++seq}`,
    confirmedAt,
    completedAt: new Date(confirmedAt.getTime() + (over.hours ?? 2) * H),
    mileageKm: 1_000,
    problemCode: null,
    problemZh: '',
    safetyFault: false,
    severeFailure: null,
    excludedHours: 0,
    replaced: [],
    ...over,
  };
};
const base = { startsOn: '2025-01-10', sanbaoEndsOn: '2027-01-09', sanbaoKm: 50_000, timeZone: SH, now: cst('2026-12-01 10:00') };
const keys = (repairs: RepairRecord[], over: Partial<typeof base> = {}) => watchOf({ ...base, ...over, repairs }).findings.map((f) => f.key);

describe('repairDays (art. 40: each started 24 h is a day)', () => {
  it.each([
    [0, 0, 0],
    [1 / 60, 0, 1],
    [23.99, 0, 1],
    [24, 0, 1],
    [24.01, 0, 2],
    [48, 0, 2],
    [49, 0, 3],
    [49, 1, 2], // excluded transport time (W13) comes off
    [10, 20, 0],
  ])('%f h with %i h excluded → %i days', (hours, excluded, days) => {
    const from = cst('2026-01-05 09:00');
    expect(repairDays(from, new Date(from.getTime() + hours * H), excluded)).toBe(days);
  });
});

describe('loaner / transport money (art. 21: from day 6)', () => {
  const from = cst('2026-01-05 09:00');
  it('is offered from exactly 5 × 24 h after 确定修理', () => expect(loanerOfferFrom(from).toISOString()).toBe(cst('2026-01-10 09:00').toISOString()));
  it.each([
    ['2026-01-10 09:00', false], // 5 days
    ['2026-01-10 09:01', true], // day 6 started
    ['2026-01-09 12:00', false],
  ])('at %s due: %s', (now, due) => expect(loanerDue(from, null, cst(now))).toBe(due));
  it('a repair completed within 5 days owes nothing', () => expect(loanerDue(from, cst('2026-01-09 09:00'), cst('2026-02-01 09:00'))).toBe(false));
  it('the watch shows the current repair’s day and the offer', () => {
    const w = watchOf({ ...base, now: cst('2026-03-06 10:00'), repairs: [repair({ at: '2026-03-01 09:00', completedAt: null })] });
    expect(w.current).toMatchObject({ days: 6, loanerDue: true });
  });
  it.each([
    ['2026-03-06 09:00', []], // exactly 5 days
    ['2026-03-06 09:01', ['W21:wo-open']], // day 6 started: the offer, once per repair
    ['2026-03-20 09:00', ['W21:wo-open']],
  ])('at %s the watch finds %j (no event needed: the days pass)', (now, want) => {
    const open = repair({ at: '2026-03-01 09:00', completedAt: null, workOrderId: 'wo-open' });
    expect(keys([open], { now: cst(now) }).filter((k) => k.startsWith('W21'))).toEqual(want);
  });
  it('a completed repair is owed nothing more; a repair before the warranty start is not the watch’s', () => {
    expect(keys([repair({ at: '2026-03-01 09:00', hours: 24 * 9 })], { now: cst('2026-03-20 09:00') })).not.toContain(expect.stringMatching(/^W21/));
    expect(keys([repair({ at: '2025-01-01 09:00', completedAt: null })], { now: cst('2025-01-20 09:00') })).toEqual([]);
  });
});

describe('W12 cumulative repair days (> 30 → alert, warning from 25)', () => {
  const days = (n: number, extra: Partial<RepairRecord> = {}) => [
    repair({ at: '2025-03-01 09:00', hours: 24 * (n - 1) }),
    repair({ at: '2025-06-01 09:00', hours: 24, ...extra }),
  ];
  it.each([
    [24, []],
    [25, ['W12-days:warning']],
    [30, ['W12-days:warning']],
    [31, ['W12-days:alert']],
  ])('%i days → %j', (n, k) => expect(keys(days(n))).toEqual(k));
  it('repairs outside 三包有效期 do not count', () => {
    const rs = [repair({ at: '2025-03-01 09:00', hours: 24 * 20 }), repair({ at: '2027-01-10 09:00', hours: 24 * 20 })];
    expect(watchOf({ ...base, repairs: rs }).repairDays).toBe(20);
  });
  it('a repair above the km limit does not count', () => {
    const rs = [repair({ at: '2025-03-01 09:00', hours: 24 * 20 }), repair({ at: '2025-04-01 09:00', hours: 24 * 20, mileageKm: 50_001 })];
    expect(watchOf({ ...base, repairs: rs }).repairDays).toBe(20);
  });
  it('the last day of 三包有效期 (in the point zone) still counts', () => {
    const rs = [repair({ at: '2027-01-09 23:30', hours: 24 * 26 })];
    expect(keys(rs)).toEqual(['W12-days:warning']);
  });
  it('a repair still open counts up to now', () => {
    const w = watchOf({ ...base, now: cst('2025-04-01 09:00'), repairs: [repair({ at: '2025-03-01 09:00', completedAt: null })] });
    expect(w.repairDays).toBe(31);
    // Open for 31 days: also owed a loaner (art. 21).
    expect(w.findings.map((f) => f.key)).toEqual([expect.stringMatching(/^W21:/), 'W12-days:alert']);
  });
});

describe('W12 the same problem (> 4 repairs → alert, warning from the 3rd)', () => {
  const times = (n: number, code = 'P0300') =>
    Array.from({ length: n }, (_, i) => repair({ at: `2025-0${i + 2}-01 09:00`, problemCode: code, problemZh: '发动机抖动' }));
  it.each([
    [2, []],
    [3, ['W12-repeat:P0300:warning']],
    [4, ['W12-repeat:P0300:warning']],
    [5, ['W12-repeat:P0300:alert']],
  ])('%i repairs → %j', (n, k) => expect(keys(times(n))).toEqual(k));
  it('different problems are counted apart', () => expect(keys([...times(2, 'A'), ...times(2, 'B')])).toEqual([]));
  it('counts per problem are listed', () => expect(watchOf({ ...base, repairs: times(3) }).problems).toEqual([{ code: 'P0300', zh: '发动机抖动', count: 3 }]));
});

describe('W9 serious safety fault (2 repairs, then again → alert)', () => {
  it.each([
    [1, []],
    [2, ['W9:warning']],
    [3, ['W9:alert']],
  ])('%i safety repairs → %j', (n, k) =>
    expect(keys(Array.from({ length: n }, (_, i) => repair({ at: `2025-0${i + 3}-01 09:00`, safetyFault: true })))).toEqual(k),
  );
});

describe('W10 assembly twice, W11 the same main part twice (not double-counted)', () => {
  const engine = { partNo: 'ENG-ASSY', nameZh: '发动机总成', system: 'engine' as const, assembly: true };
  const caliper = { partNo: 'BRK-1', nameZh: '制动钳', system: 'brakes' as const, assembly: false };
  const wiper = { partNo: 'WB-1', nameZh: '雨刮', system: null, assembly: false };
  const at = (m: string, replaced: RepairRecord['replaced']) => repair({ at: `2025-${m}-01 09:00`, replaced, mileageKm: 8_000 });
  it.each([
    [[at('05', [engine])], ['W10:engine:warning']],
    [[at('05', [engine]), at('07', [engine])], ['W10:engine:alert']],
    [[at('05', [caliper])], ['W11:BRK-1:warning']],
    [[at('05', [caliper]), at('07', [caliper])], ['W11:BRK-1:alert']],
    [[at('05', [wiper]), at('07', [wiper])], []],
  ])('%# → %j', (rs, k) => expect(keys(rs)).toEqual(k));
});

describe('early failures: art. 22 (7 days), art. 20 and 23 (60 days / 3,000 km)', () => {
  const motorPart = { partNo: 'MOT-1', nameZh: '驱动电机控制器', system: 'motor' as const, assembly: false };
  it.each([
    // start 2025-01-10: the 7th day is 01-17, the 60th is 03-11
    ['2025-01-17 23:00', 100, ['W7', 'W5']],
    ['2025-01-18 00:10', 100, ['W5']],
    ['2025-03-11 23:00', 3_000, ['W5']],
    ['2025-03-12 00:10', 100, []],
    ['2025-02-01 10:00', 3_001, []],
  ])('a motor part replaced at %s, %i km → %j', (at, km, rules) => {
    const w = watchOf({ ...base, repairs: [repair({ at, mileageKm: km, replaced: [motorPart] })] });
    expect(w.findings.filter((f) => f.rule !== 'W11').map((f) => f.rule)).toEqual(rules);
  });
  it.each([
    ['2025-03-11 23:00', 2_999, ['W8']],
    ['2025-03-12 00:10', 100, []],
    ['2025-02-01 10:00', 3_001, []],
  ])('battery fire at %s, %i km → %j', (at, km, rules) =>
    expect(watchOf({ ...base, repairs: [repair({ at, mileageKm: km, severeFailure: 'battery_fire' })] }).findings.map((f) => f.rule)).toEqual(rules),
  );
});

describe('no start date: no watch', () => {
  it('has no findings', () =>
    expect(watchOf({ ...base, startsOn: null, sanbaoEndsOn: null, repairs: [repair({ at: '2025-03-01 09:00', hours: 24 * 40 })] }).findings).toEqual([]));
});

describe('addWorkingDays (W15: answer in 10, complete in 20 working days)', () => {
  const cal: WorkCalendar = {
    timeZone: SH,
    mode: 'workdays',
    hours: {
      1: [{ from: '09:00', to: '18:00' }],
      2: [{ from: '09:00', to: '18:00' }],
      3: [{ from: '09:00', to: '18:00' }],
      4: [{ from: '09:00', to: '18:00' }],
      5: [{ from: '09:00', to: '18:00' }],
    },
    holidays: CN_HOLIDAYS,
  };
  const w = (d: string) => isWorkingDay(cal, d);
  it.each([
    ['2026-03-02', 10, '2026-03-16'], // Monday → two weeks later
    ['2026-03-06', 1, '2026-03-09'], // Friday → Monday
    ['2026-09-28', 10, '2026-10-16'], // across 国庆 (Oct 1–7 off in 2026, make-up days included)
    ['2026-03-02', 20, '2026-03-30'],
  ])('%s + %i working days = %s', (from, n, out) => expect(addWorkingDays(w, from, n)).toBe(out));
});
