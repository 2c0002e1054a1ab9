/**
 * Repair quality guarantee (竣工出厂质量保证期) under 机动车维修管理规定 (交通运输部令): for cars,
 * 整车/总成修理 20 000 km or 100 days, 二级维护 5 000 km or 30 days, 一级维护/小修/专项修理
 * 2 000 km or 10 days, whichever comes first, counted from delivery. A station may promise
 * longer periods but never shorter ones.
 */
import { localDayOf } from '../sla/tz.js';
import { DEFAULT_TIME_ZONE } from '../time/index.js';

export const REPAIR_CATEGORIES = ['overhaul', 'assembly', 'level2_maintenance', 'level1_maintenance', 'minor', 'special'] as const;
export type RepairCategory = (typeof REPAIR_CATEGORIES)[number];

export const REPAIR_CATEGORY_LABELS: Record<RepairCategory, { zh: string; en: string }> = {
  overhaul: { zh: '整车修理', en: 'Vehicle overhaul' },
  assembly: { zh: '总成修理', en: 'Assembly repair' },
  level2_maintenance: { zh: '二级维护', en: 'Level-2 maintenance' },
  level1_maintenance: { zh: '一级维护', en: 'Level-1 maintenance' },
  minor: { zh: '小修', en: 'Minor repair' },
  special: { zh: '专项修理', en: 'Specific repair' },
};

export type GuaranteeTerms = { km: number; days: number };
/** A station's promised periods per category; absent values fall back to the legal minimum. */
export type GuaranteeSettings = Partial<Record<RepairCategory, Partial<GuaranteeTerms>>>;

/** The legal minimum periods for cars. */
export const LEGAL_GUARANTEE: Record<RepairCategory, GuaranteeTerms> = {
  overhaul: { km: 20_000, days: 100 },
  assembly: { km: 20_000, days: 100 },
  level2_maintenance: { km: 5_000, days: 30 },
  level1_maintenance: { km: 2_000, days: 10 },
  minor: { km: 2_000, days: 10 },
  special: { km: 2_000, days: 10 },
};

/** Problems with promised periods (Chinese; empty when valid): whole numbers, not below the legal minimum. */
export function checkGuaranteeSettings(settings: GuaranteeSettings): string[] {
  const problems: string[] = [];
  for (const category of REPAIR_CATEGORIES) {
    const s = settings[category];
    if (!s) continue;
    const legal = LEGAL_GUARANTEE[category];
    const name = REPAIR_CATEGORY_LABELS[category].zh;
    for (const [key, unit] of [
      ['km', '公里'],
      ['days', '天'],
    ] as const) {
      const v = s[key];
      if (v === undefined) continue;
      if (!Number.isInteger(v)) problems.push(`${name}的质量保证期(${unit})须为整数`);
      else if (v < legal[key]) problems.push(`${name}的质量保证期不得低于规定的 ${legal[key]} ${unit}`);
    }
  }
  return problems;
}

/** The periods that apply: the promised ones, never below the legal minimum. */
export function guaranteeFor(category: RepairCategory, settings: GuaranteeSettings = {}): GuaranteeTerms {
  const legal = LEGAL_GUARANTEE[category];
  const s = settings[category] ?? {};
  return { km: Math.max(legal.km, s.km ?? 0), days: Math.max(legal.days, s.days ?? 0) };
}

/** The calendar day in the point's zone as a day number. */
const dayIn = (timeZone: string, d: Date) => localDayOf(timeZone, d.getTime());

export type GuaranteeReason = 'within' | 'expired_days' | 'expired_mileage' | 'before_delivery';
export interface GuaranteeCheck {
  isWithin: boolean;
  reason: GuaranteeReason;
  /** Chinese explanation for the advisor. */
  message: string;
  daysLeft: number;
  /** null when a mileage is unknown or the odometer reads less than at delivery. */
  kmLeft: number | null;
}

/** What the previous repair left behind. */
export interface DeliveredRepair {
  deliveredAt: Date;
  deliveredMileage: number | null;
  category: RepairCategory;
}

/**
 * Whether a car is still within the guarantee of a delivered repair. Days follow 民法典 §201:
 * the delivery day is not counted, so a 10-day period ends at the end of the tenth day after it.
 * An unknown or inconsistent odometer is judged by days alone.
 */
export function isWithinGuarantee(
  repair: DeliveredRepair,
  at: { now: Date; mileage?: number | null /** the service point's zone (default: the network's) */; timeZone?: string },
  settings: GuaranteeSettings = {},
): GuaranteeCheck {
  const terms = guaranteeFor(repair.category, settings);
  const tz = at.timeZone ?? DEFAULT_TIME_ZONE;
  const elapsedDays = dayIn(tz, at.now) - dayIn(tz, repair.deliveredAt);
  const daysLeft = terms.days - elapsedDays;
  const driven = repair.deliveredMileage != null && at.mileage != null ? at.mileage - repair.deliveredMileage : null;
  const kmLeft = driven != null && driven >= 0 ? terms.km - driven : null;
  if (at.now.getTime() < repair.deliveredAt.getTime()) {
    return { isWithin: false, reason: 'before_delivery', message: '尚未交车,质量保证期未开始', daysLeft, kmLeft };
  }
  if (daysLeft < 0) {
    const message = `已超过质量保证期:交车后第 ${elapsedDays} 天,保证期 ${terms.days} 天`;
    return { isWithin: false, reason: 'expired_days', message, daysLeft, kmLeft };
  }
  if (kmLeft != null && kmLeft < 0) {
    const message = `已超过质量保证期:交车后行驶 ${driven} 公里,保证期 ${terms.km} 公里`;
    return { isWithin: false, reason: 'expired_mileage', message, daysLeft, kmLeft };
  }
  const left = kmLeft == null ? `剩余 ${daysLeft} 天,里程未知` : `剩余 ${daysLeft} 天、${kmLeft} 公里`;
  return { isWithin: true, reason: 'within', message: `在质量保证期内(${left})`, daysLeft, kmLeft };
}

/** A delivered repair as compared for comebacks. */
export interface PreviousRepair extends DeliveredRepair {
  vehicleId: string;
  concernCode?: string | null;
}

/** The new visit. */
export interface CurrentVisit {
  vehicleId: string;
  category: RepairCategory;
  concernCode?: string | null;
  openedAt: Date;
  mileage: number | null;
}

/**
 * A comeback (返修): the same vehicle back for the same concern within the previous repair's
 * guarantee. Concern codes decide when both orders have one; otherwise the repair category does.
 */
export function isComeback(previous: PreviousRepair, current: CurrentVisit, settings: GuaranteeSettings = {}, timeZone = DEFAULT_TIME_ZONE): boolean {
  if (previous.vehicleId !== current.vehicleId) return false;
  const sameConcern = previous.concernCode && current.concernCode ? previous.concernCode === current.concernCode : previous.category === current.category;
  if (!sameConcern) return false;
  return isWithinGuarantee(previous, { now: current.openedAt, mileage: current.mileage, timeZone }, settings).isWithin;
}
