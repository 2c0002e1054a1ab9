/**
 * Warranty terms of a car (三包凭证, 家用汽车产品修理更换退货责任规定 2021 art. 9, 18, 19) and the pure coverage check.
 *
 * - 包修期 (W1) at least 3 years / 60,000 km and 三包有效期 (W2) at least 2 years / 50,000 km, whichever comes first;
 * - both start on the invoice date, or on the delivery date when it differs (W3);
 * - wear parts (易损件) have their own, shorter periods (W4); special parts (特殊零部件) may have their own too;
 * - n (usage-compensation coefficient) ≤ 0.5 %, kept in basis points (万分之): 50 = 0.5 %.
 *
 * A period "N months from D" covers D … the day before the same date N months later (inclusive), in the
 * service point's zone; a km limit L covers mileages 0 … L inclusive. Pure: the caller passes `at` and the zone.
 */
import { addDays, localDate, daysBetween } from '../time/index.js';

/** Systems with 主要零部件 (art. 40 / 三包凭证): the first four are the "assemblies" of art. 20, 22, 24.2. */
export const MAIN_SYSTEMS = ['engine', 'gearbox', 'battery', 'motor', 'steering', 'brakes', 'suspension', 'drivetrain', 'emission', 'body'] as const;
export type MainSystem = (typeof MAIN_SYSTEMS)[number];
export const ASSEMBLY_SYSTEMS: readonly MainSystem[] = ['engine', 'gearbox', 'battery', 'motor'];
export const MAIN_SYSTEM_LABELS: Record<MainSystem, string> = {
  engine: '发动机',
  gearbox: '变速器',
  battery: '动力蓄电池',
  motor: '行驶驱动电机',
  steering: '转向系统',
  brakes: '制动系统',
  suspension: '悬架系统',
  drivetrain: '传动系统',
  emission: '污染控制装置',
  body: '车身',
};

/** A period in months and km, whichever comes first. */
export interface Term {
  months: number;
  km: number;
}

/** Part numbers match exactly, or by prefix when the pattern ends with '*' ("1012*"). */
export interface MainPartRule {
  system: MainSystem;
  partNos: string[];
  /** These numbers are the whole assembly (总成) of engine/gearbox/battery/motor (art. 20, 24.2), not a part of it. */
  assembly?: boolean;
}
export interface OwnPeriodPart {
  partNo: string;
  nameZh: string;
  months: number;
  km: number;
}

export interface WarrantyPolicy {
  modelFamily: string;
  baoxiu: Term;
  sanbao: Term;
  mainParts: MainPartRule[];
  specialParts: OwnPeriodPart[];
  wearParts: OwnPeriodPart[];
  /** Usage-compensation coefficient n in basis points (万分之), 0 < n ≤ 50 (0.5 %). */
  usageCoefficientBp: number;
}

/** The statutory minimum (W1, W2, W16), used when the manufacturer set no policy for the model family. */
export const LEGAL_MINIMUM: Omit<WarrantyPolicy, 'modelFamily'> = {
  baoxiu: { months: 36, km: 60_000 },
  sanbao: { months: 24, km: 50_000 },
  mainParts: [],
  specialParts: [],
  wearParts: [],
  usageCoefficientBp: 50,
};

/** What the policy must satisfy; field-level messages (Chinese) keyed by path. */
export function validatePolicy(p: Omit<WarrantyPolicy, 'modelFamily'>): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (p.baoxiu.months < 36) out.push({ path: 'baoxiu.months', message: '包修期不得少于 3 年(36 个月)' });
  if (p.baoxiu.km < 60_000) out.push({ path: 'baoxiu.km', message: '包修期不得少于 60,000 公里' });
  if (p.sanbao.months < 24) out.push({ path: 'sanbao.months', message: '三包有效期不得少于 2 年(24 个月)' });
  if (p.sanbao.km < 50_000) out.push({ path: 'sanbao.km', message: '三包有效期不得少于 50,000 公里' });
  if (p.usageCoefficientBp <= 0 || p.usageCoefficientBp > 50)
    out.push({ path: 'usageCoefficientBp', message: '使用补偿系数 n 须大于 0 且不超过 0.5%(50 万分点)' });
  const seen = new Map<string, string>();
  const lists: [string, { partNo: string }[]][] = [
    ['specialParts', p.specialParts],
    ['wearParts', p.wearParts],
  ];
  for (const [name, list] of lists)
    list.forEach((x, i) => {
      const prev = seen.get(x.partNo);
      if (prev) out.push({ path: `${name}.${i}.partNo`, message: `零件号 ${x.partNo} 已在${prev}中出现` });
      seen.set(x.partNo, name === 'wearParts' ? '易损件' : '特殊零部件');
    });
  return out;
}

export const partMatches = (pattern: string, partNo: string) => (pattern.endsWith('*') ? partNo.startsWith(pattern.slice(0, -1)) : pattern === partNo);

export type PartKind =
  | { kind: 'main'; system: MainSystem; assembly: boolean }
  | { kind: 'special'; rule: OwnPeriodPart }
  | { kind: 'wear'; rule: OwnPeriodPart }
  | { kind: 'other' };

/** How the policy classes a part number (wear before special before main: the more specific period wins). */
export function partKindOf(policy: Pick<WarrantyPolicy, 'mainParts' | 'specialParts' | 'wearParts'>, partNo: string): PartKind {
  const wear = policy.wearParts.find((w) => partMatches(w.partNo, partNo));
  if (wear) return { kind: 'wear', rule: wear };
  const special = policy.specialParts.find((w) => partMatches(w.partNo, partNo));
  if (special) return { kind: 'special', rule: special };
  const main = policy.mainParts.find((m) => m.partNos.some((p) => partMatches(p, partNo)));
  if (main) return { kind: 'main', system: main.system, assembly: !!main.assembly && ASSEMBLY_SYSTEMS.includes(main.system) };
  return { kind: 'other' };
}

/** 'YYYY-MM-DD' plus whole months, the day clamped to the month's end (01-31 + 1 month → 02-28/29). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day covered by a period of `months` starting on `start` (inclusive). */
export const periodEndsOn = (start: string, months: number) => addDays(addMonths(start, months), -1);

export interface VehicleDates {
  /** 开票日期. */
  invoicedOn: string | null;
  /** 交车日期 (when it differs from the invoice date, the periods start here: W3). */
  deliveredOn: string | null;
}

/** The start of both periods (W3), or null when neither date is known. */
export const warrantyStartOf = (v: VehicleDates): string | null => v.deliveredOn ?? v.invoicedOn ?? null;

export interface PeriodStatus {
  active: boolean;
  endsOn: string;
  endsKm: number;
  /** Days left including today (0 when expired). */
  daysLeft: number;
  /** Km left (0 when over). */
  kmLeft: number;
}

export interface Coverage {
  covered: boolean;
  period: 'baoxiu' | 'sanbao' | 'wear' | null;
  endsOn: string | null;
  endsKm: number | null;
  reasonZh: string;
  /** Both statutory periods of the car (null without a start date). */
  baoxiu: PeriodStatus | null;
  sanbao: PeriodStatus | null;
  /** How the policy classes the part asked about (absent without a part). */
  part?: { partNo: string; kind: PartKind['kind']; system?: MainSystem; nameZh?: string };
  /** 三包 start date (W3). */
  startsOn: string | null;
}

function statusOf(start: string, term: Term, today: string, mileageKm: number): PeriodStatus {
  const endsOn = periodEndsOn(start, term.months);
  const days = daysBetween(today, endsOn) + 1;
  const active = today >= start && today <= endsOn && mileageKm <= term.km;
  return { active, endsOn, endsKm: term.km, daysLeft: Math.max(0, days), kmLeft: Math.max(0, term.km - mileageKm) };
}

const fmtKm = (km: number) => km.toLocaleString('en-US');

/**
 * Is a repair of the car (and of `part`, if given) at `at` and `mileageKm` covered by the policy?
 * - no part / an ordinary or main part: inside 三包有效期 → 'sanbao', else inside 包修期 → 'baoxiu';
 * - a wear part: only its own period ('wear'), and never beyond 包修期;
 * - a special part: its own period (reported as 'sanbao' when it runs, never beyond 包修期).
 */
export function coverageOf(
  policy: Omit<WarrantyPolicy, 'modelFamily'>,
  vehicle: VehicleDates,
  q: { part?: string; at: Date; timeZone: string; mileageKm: number },
): Coverage {
  const start = warrantyStartOf(vehicle);
  const today = localDate(q.timeZone, q.at);
  const kind = q.part ? partKindOf(policy, q.part) : null;
  const part = q.part && kind ? describePart(q.part, kind) : undefined;
  if (!start)
    return {
      covered: false,
      period: null,
      endsOn: null,
      endsKm: null,
      reasonZh: '车辆缺少开票日期和交车日期,无法确定三包期',
      baoxiu: null,
      sanbao: null,
      part,
      startsOn: null,
    };
  const baoxiu = statusOf(start, policy.baoxiu, today, q.mileageKm);
  const sanbao = statusOf(start, policy.sanbao, today, q.mileageKm);
  const base = { baoxiu, sanbao, part, startsOn: start };
  if (today < start) return { ...base, covered: false, period: null, endsOn: null, endsKm: null, reasonZh: `三包期自 ${start} 起算,日期早于起算日` };
  if (q.mileageKm < 0) return { ...base, covered: false, period: null, endsOn: null, endsKm: null, reasonZh: '里程不能为负数' };
  const outOfBaoxiu = () =>
    today > baoxiu.endsOn ? `已超出包修期(至 ${baoxiu.endsOn})` : `已超出包修期里程(${fmtKm(policy.baoxiu.km)} 公里,当前 ${fmtKm(q.mileageKm)} 公里)`;
  if (kind && (kind.kind === 'wear' || kind.kind === 'special')) {
    const own = statusOf(start, { months: kind.rule.months, km: kind.rule.km }, today, q.mileageKm);
    const label = kind.kind === 'wear' ? '易损件' : '特殊零部件';
    const period = kind.kind === 'wear' ? 'wear' : 'sanbao';
    if (!baoxiu.active)
      return { ...base, covered: false, period: null, endsOn: own.endsOn, endsKm: own.endsKm, reasonZh: `${label}${kind.rule.nameZh}:${outOfBaoxiu()}` };
    if (!own.active) {
      const why = today > own.endsOn ? `保修期至 ${own.endsOn},已过期` : `保修里程 ${fmtKm(own.endsKm)} 公里,当前 ${fmtKm(q.mileageKm)} 公里`;
      return { ...base, covered: false, period: null, endsOn: own.endsOn, endsKm: own.endsKm, reasonZh: `${label}${kind.rule.nameZh}${why}` };
    }
    return {
      ...base,
      covered: true,
      period,
      endsOn: own.endsOn,
      endsKm: own.endsKm,
      reasonZh: `${label}${kind.rule.nameZh}在保修期内(至 ${own.endsOn} 或 ${fmtKm(own.endsKm)} 公里)`,
    };
  }
  if (sanbao.active)
    return {
      ...base,
      covered: true,
      period: 'sanbao',
      endsOn: sanbao.endsOn,
      endsKm: sanbao.endsKm,
      reasonZh: `在三包有效期内(至 ${sanbao.endsOn} 或 ${fmtKm(sanbao.endsKm)} 公里)`,
    };
  if (baoxiu.active)
    return {
      ...base,
      covered: true,
      period: 'baoxiu',
      endsOn: baoxiu.endsOn,
      endsKm: baoxiu.endsKm,
      reasonZh: `在包修期内(至 ${baoxiu.endsOn} 或 ${fmtKm(baoxiu.endsKm)} 公里)`,
    };
  return { ...base, covered: false, period: null, endsOn: baoxiu.endsOn, endsKm: baoxiu.endsKm, reasonZh: outOfBaoxiu() };
}

function describePart(partNo: string, k: PartKind): Coverage['part'] {
  if (k.kind === 'main') return { partNo, kind: 'main', system: k.system };
  if (k.kind === 'wear' || k.kind === 'special') return { partNo, kind: k.kind, nameZh: k.rule.nameZh };
  return { partNo, kind: 'other' };
}

/** The usage charge on 换/退 (W16, art. 27): price × km / 1000 × n, in fen, rounded half up. */
export function usageChargeFen(priceFen: number, mileageKm: number, coefficientBp: number): number {
  // priceFen × km × bp / (1000 × 10000), integer arithmetic with BigInt to stay exact for any realistic price.
  const num = BigInt(priceFen) * BigInt(mileageKm) * BigInt(coefficientBp);
  const den = 10_000_000n;
  return Number((num * 2n + den) / (den * 2n));
}
