/**
 * The 三包 watch (家用汽车产品修理更换退货责任规定 2021, art. 20–24 and 40; RULES.md W5–W14): from a car's repairs,
 * the repair days, repeats of one problem, parts and assemblies replaced, and the warnings before each threshold and
 * alerts once it is crossed. Pure: the caller passes the repairs, the car's periods and `now`.
 *
 * Day counting (art. 40, W14): a repair runs from 确定修理 to 完成修理; every started 24 h is one day. Windows
 * "within N days of the start" count from the day after the start date (民法典 art. 201): the start date plus N
 * days is the last day inside.
 */
import { addDays, localDate } from '../time/index.js';
import { ASSEMBLY_SYSTEMS, MAIN_SYSTEM_LABELS, type MainSystem } from './coverage.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Art. 23 failures that allow 换/退 within 60 days / 3,000 km. */
export const SEVERE_FAILURES = ['steering_failure', 'brake_failure', 'body_crack', 'fuel_leak', 'battery_fire'] as const;
export type SevereFailure = (typeof SEVERE_FAILURES)[number];
export const SEVERE_FAILURE_LABELS: Record<SevereFailure, string> = {
  steering_failure: '转向系统失效',
  brake_failure: '制动系统失效',
  body_crack: '车身开裂',
  fuel_leak: '燃油泄漏',
  battery_fire: '动力蓄电池起火',
};

export interface ReplacedPart {
  partNo: string;
  nameZh: string;
  /** From the policy: a main part of a system, and whether it is the whole assembly. */
  system: MainSystem | null;
  assembly: boolean;
}

export interface RepairRecord {
  workOrderId: string;
  /** 确定修理 (the order confirmed). */
  confirmedAt: Date;
  /** 完成修理; null while the car is still in repair (counted up to `now`). */
  completedAt: Date | null;
  mileageKm: number;
  /** The quality problem repeats are counted by (null: not a quality repair, e.g. maintenance). */
  problemCode: string | null;
  problemZh: string;
  safetyFault: boolean;
  severeFailure: SevereFailure | null;
  /** Hours not counted (W13). */
  excludedHours: number;
  replaced: ReplacedPart[];
}

/** Days of one repair (art. 40): every started 24 h is a day; excluded hours come off first; never negative. */
export function repairDays(from: Date, to: Date, excludedHours = 0): number {
  const ms = to.getTime() - from.getTime() - excludedHours * 3_600_000;
  return ms <= 0 ? 0 : Math.ceil(ms / DAY_MS);
}

/** Art. 21 (W6): a single repair of more than 5 days → 备用车 or 交通费 from day 6, i.e. from 5 × 24 h after 确定修理. */
export const loanerOfferFrom = (confirmedAt: Date): Date => new Date(confirmedAt.getTime() + 5 * DAY_MS);
/** Whether the repair is owed a loaner or transport money at `now` (waiting for parts counts; nothing is excluded). */
export const loanerDue = (confirmedAt: Date, completedAt: Date | null, now: Date) => repairDays(confirmedAt, completedAt ?? now) > 5;

export type WatchRule = 'W5' | 'W7' | 'W8' | 'W9' | 'W10' | 'W11' | 'W12-days' | 'W12-repeat' | 'W21';
export interface WatchFinding {
  /** Unique per car and threshold: notices are sent once per key. */
  key: string;
  rule: WatchRule;
  level: 'warning' | 'alert';
  messageZh: string;
}

export interface WatchInput {
  /** 三包 start (W3) and the end of 三包有效期; null start: no watch. */
  startsOn: string | null;
  sanbaoEndsOn: string | null;
  sanbaoKm: number;
  timeZone: string;
  now: Date;
  repairs: RepairRecord[];
}

export interface Watch {
  /** Cumulative repair days inside 三包有效期 (W12, excluded time off). */
  repairDays: number;
  /** The repair in progress and its day count (for the loaner offer), if any. */
  current: { workOrderId: string; days: number; loanerFrom: string; loanerDue: boolean } | null;
  problems: { code: string; zh: string; count: number }[];
  partsReplaced: { partNo: string; nameZh: string; system: MainSystem | null; count: number }[];
  assemblySwaps: { system: MainSystem; count: number }[];
  safetyRepairs: number;
  findings: WatchFinding[];
}

export const THRESHOLDS = {
  /** W12: more than 30 days → alert; warning from day 25. */
  daysAlertAbove: 30,
  daysWarnFrom: 25,
  /** W12: the same problem repaired more than 4 times → alert; warning from the 3rd repair. */
  repeatsAlertAbove: 4,
  repeatsWarnFrom: 3,
  /** W9: after 2 repairs of a serious safety fault, another one → alert; warning at the 2nd. */
  safetyAlertFrom: 3,
  safetyWarnFrom: 2,
} as const;

const inWindow = (startsOn: string, days: number, km: number, timeZone: string, r: RepairRecord) =>
  localDate(timeZone, r.confirmedAt) <= addDays(startsOn, days) && r.mileageKm <= km;

export function watchOf(input: WatchInput): Watch {
  const { startsOn, sanbaoEndsOn, timeZone, now } = input;
  const empty: Watch = { repairDays: 0, current: null, problems: [], partsReplaced: [], assemblySwaps: [], safetyRepairs: 0, findings: [] };
  const sorted = [...input.repairs].sort((a, b) => a.confirmedAt.getTime() - b.confirmedAt.getTime());
  const open = sorted.filter((r) => !r.completedAt).at(-1);
  const current = open
    ? {
        workOrderId: open.workOrderId,
        days: repairDays(open.confirmedAt, now),
        loanerFrom: loanerOfferFrom(open.confirmedAt).toISOString(),
        loanerDue: loanerDue(open.confirmedAt, null, now),
      }
    : null;
  if (!startsOn || !sanbaoEndsOn) return { ...empty, current };
  const findings: WatchFinding[] = [];
  const fire = (rule: WatchRule, key: string, level: WatchFinding['level'], messageZh: string) => findings.push({ rule, key, level, messageZh });

  // Art. 21: a repair in progress (from the start of the warranty) past 5 days is owed a loaner or transport money from day 6.
  if (open && current?.loanerDue && localDate(timeZone, open.confirmedAt) >= startsOn)
    fire('W21', `W21:${open.workOrderId}`, 'warning', `本次修理已进入第 ${current.days} 天(超过 5 日):应提供备用车或给予交通费用补偿(第二十一条)`);

  // Art. 20, 22, 23: early failures (from the start, by the repair's own confirmation date and mileage).
  for (const r of sorted) {
    const local = localDate(timeZone, r.confirmedAt);
    if (local < startsOn) continue;
    const assemblyParts = r.replaced.filter((p) => p.system && ASSEMBLY_SYSTEMS.includes(p.system));
    if (assemblyParts.length && inWindow(startsOn, 7, Number.POSITIVE_INFINITY, timeZone, r))
      fire(
        'W7',
        `W7:${r.workOrderId}`,
        'alert',
        `交车 7 日内${MAIN_SYSTEM_LABELS[assemblyParts[0].system!]}主要零部件需更换:消费者可选择换车或退货(第二十二条)`,
      );
    if (assemblyParts.length && inWindow(startsOn, 60, 3_000, timeZone, r))
      fire(
        'W5',
        `W5:${r.workOrderId}`,
        'alert',
        `60 日或 3,000 公里内${MAIN_SYSTEM_LABELS[assemblyParts[0].system!]}主要零部件质量问题:消费者可免费更换总成(第二十条)`,
      );
    if (r.severeFailure && inWindow(startsOn, 60, 3_000, timeZone, r))
      fire('W8', `W8:${r.workOrderId}`, 'alert', `60 日或 3,000 公里内${SEVERE_FAILURE_LABELS[r.severeFailure]}:消费者可选择换车或退货(第二十三条)`);
  }

  // Art. 24: within 三包有效期 only.
  const inSanbao = sorted.filter((r) => {
    const local = localDate(timeZone, r.confirmedAt);
    return local >= startsOn && local <= sanbaoEndsOn && r.mileageKm <= input.sanbaoKm;
  });
  const days = inSanbao.reduce((t, r) => t + repairDays(r.confirmedAt, r.completedAt ?? now, r.excludedHours), 0);
  if (days > THRESHOLDS.daysAlertAbove)
    fire('W12-days', 'W12-days:alert', 'alert', `三包有效期内累计修理 ${days} 天,已超过 30 天:消费者可要求换车或退货(第二十四条)`);
  else if (days >= THRESHOLDS.daysWarnFrom) fire('W12-days', 'W12-days:warning', 'warning', `三包有效期内累计修理已 ${days} 天,超过 30 天即可换/退`);

  const problems = new Map<string, { code: string; zh: string; count: number }>();
  for (const r of inSanbao)
    if (r.problemCode) {
      const p = problems.get(r.problemCode) ?? { code: r.problemCode, zh: r.problemZh, count: 0 };
      p.count++;
      problems.set(r.problemCode, p);
    }
  for (const p of problems.values()) {
    const label = p.zh || p.code;
    if (p.count > THRESHOLDS.repeatsAlertAbove)
      fire('W12-repeat', `W12-repeat:${p.code}:alert`, 'alert', `同一质量问题「${label}」已修理 ${p.count} 次(超过 4 次):消费者可要求换车或退货(第二十四条)`);
    else if (p.count >= THRESHOLDS.repeatsWarnFrom)
      fire('W12-repeat', `W12-repeat:${p.code}:warning`, 'warning', `同一质量问题「${label}」已修理 ${p.count} 次,超过 4 次即可换/退`);
  }

  const safetyRepairs = inSanbao.filter((r) => r.safetyFault).length;
  if (safetyRepairs >= THRESHOLDS.safetyAlertFrom)
    fire('W9', 'W9:alert', 'alert', `严重安全性能故障修理 2 次后仍需修理(第 ${safetyRepairs} 次):消费者可要求换车或退货(第二十四条)`);
  else if (safetyRepairs >= THRESHOLDS.safetyWarnFrom) fire('W9', 'W9:warning', 'warning', `严重安全性能故障已修理 ${safetyRepairs} 次,再次出现即可换/退`);

  const assemblies = new Map<MainSystem, number>();
  const parts = new Map<string, { partNo: string; nameZh: string; system: MainSystem | null; count: number }>();
  for (const r of inSanbao)
    for (const p of r.replaced) {
      if (p.assembly && p.system) {
        assemblies.set(p.system, (assemblies.get(p.system) ?? 0) + 1);
        continue; // an assembly swap is not also a main-part replacement (W11: not double-counted)
      }
      const x = parts.get(p.partNo) ?? { partNo: p.partNo, nameZh: p.nameZh, system: p.system, count: 0 };
      x.count++;
      parts.set(p.partNo, x);
    }
  for (const [system, n] of assemblies) {
    const label = MAIN_SYSTEM_LABELS[system];
    if (n >= 2) fire('W10', `W10:${system}:alert`, 'alert', `${label}总成已更换 ${n} 次:仍不能正常使用时消费者可要求换车或退货(第二十四条)`);
    else fire('W10', `W10:${system}:warning`, 'warning', `${label}总成已更换 1 次,再次更换即达换/退条件`);
  }
  for (const p of parts.values()) {
    if (!p.system) continue;
    if (p.count >= 2)
      fire('W11', `W11:${p.partNo}:alert`, 'alert', `同一主要零部件「${p.nameZh}」已更换 ${p.count} 次:仍不能正常使用时消费者可要求换车或退货(第二十四条)`);
    else fire('W11', `W11:${p.partNo}:warning`, 'warning', `主要零部件「${p.nameZh}」已更换 1 次,再次更换即达换/退条件`);
  }

  return {
    repairDays: days,
    current,
    problems: [...problems.values()].sort((a, b) => b.count - a.count),
    partsReplaced: [...parts.values()].sort((a, b) => b.count - a.count),
    assemblySwaps: [...assemblies].map(([system, count]) => ({ system, count })),
    safetyRepairs,
    findings,
  };
}

/** The answer and completion deadlines of a 换/退 request (W15): 10 and 20 working days (the caller's calendar). */
export const RETURN_ANSWER_WORKING_DAYS = 10;
export const RETURN_COMPLETE_WORKING_DAYS = 20;

/**
 * The local date `n` working days after `fromDate` on a working calendar (the request day itself not counted);
 * the deadline is the end of that day in the calendar's zone.
 */
export function addWorkingDays(isWorking: (date: string) => boolean, fromDate: string, n: number): string {
  let d = fromDate;
  for (let left = n, guard = 0; left > 0; guard++) {
    if (guard > 3660) throw new Error('working calendar never opens');
    d = addDays(d, 1);
    if (isWorking(d)) left--;
  }
  return d;
}
