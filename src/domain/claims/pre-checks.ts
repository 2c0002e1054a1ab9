/**
 * Automatic pre-checks of a claim before it is submitted (自动审核, RULES.md "Warranty claims"): each rule is a
 * pure function returning null (passed) or its reason in Chinese, with the field it concerns. `reject` rules would
 * have the manufacturer refuse the claim; `return` rules would have it sent back for correction. A claim with any
 * finding is not submitted: the 索赔专员 fixes it first (or asks for the pre-authorisation).
 */
import { daysBetween } from '../time/index.js';
import type { ClaimSettings } from './amount.js';

export type PreCheckRule = 'late' | 'laborFault' | 'laborModel' | 'partModel' | 'mileage' | 'duplicate' | 'coverage' | 'preauth';
export type PreCheckSeverity = 'reject' | 'return';

export interface PreCheckFinding {
  rule: PreCheckRule;
  severity: PreCheckSeverity;
  /** The API field the finding concerns (field-level error). */
  path: string;
  messageZh: string;
}

/** Whether a car and part are covered at a date and mileage (from the warranty terms, w1's WarrantyApi.coverageFor). */
export interface Coverage {
  covered: boolean;
  reasonZh: string;
}

/** A labor code of the claim with what the manufacturer's catalog says of it (null: not in the catalog). */
export interface LaborOfClaim {
  code: string;
  catalog: { faultCodes: readonly string[]; models: readonly string[] } | null;
}
export interface PartOfClaim {
  partNo: string;
  catalog: { models: readonly string[] } | null;
}

export interface PreCheckInput {
  /** The station's local date of the order's completion and of the check. */
  completedOn: string;
  today: string;
  vin: string;
  model: string;
  faultCode: string;
  causePartNo: string;
  mileageKm: number;
  amountFen: number;
  labor: readonly LaborOfClaim[];
  parts: readonly PartOfClaim[];
  /** The highest mileage recorded at an earlier visit of the car (null: no earlier visit). */
  previousMileageKm: number | null;
  /** Earlier claims of the same VIN and cause part (not rejected), with the local date of their order's completion. */
  earlierClaims: readonly { number: string; completedOn: string }[];
  coverage: Coverage;
  hasApprovedPreauth: boolean;
}

type Rule = (i: PreCheckInput, s: ClaimSettings) => PreCheckFinding | null;

/** Submitted more than N days after the order's completion (N = submitWithinDays; day N itself is still in time). */
export const lateSubmission: Rule = (i, s) => {
  const days = daysBetween(i.completedOn, i.today);
  return days > s.submitWithinDays
    ? { rule: 'late', severity: 'reject', path: 'completedOn', messageZh: `完工后 ${days} 天才上报,超过厂家规定的 ${s.submitWithinDays} 天` }
    : null;
};

/** Every labor code must be in the catalog and mapped to the claim's fault code. */
export const laborMatchesFault: Rule = (i) => {
  const bad = i.labor.findIndex((l) => !l.catalog?.faultCodes.includes(i.faultCode));
  if (bad < 0) return null;
  const l = i.labor[bad];
  return {
    rule: 'laborFault',
    severity: 'return',
    path: `labor.${bad}.code`,
    messageZh: l.catalog ? `索赔工时代码 ${l.code} 不适用于故障代码 ${i.faultCode}` : `索赔工时代码 ${l.code} 不在厂家目录中`,
  };
};

/** The model must be one the labor code applies to (an empty list applies to every model). */
export const laborMatchesModel: Rule = (i) => {
  const bad = i.labor.findIndex((l) => l.catalog && l.catalog.models.length > 0 && !l.catalog.models.includes(i.model));
  return bad < 0
    ? null
    : { rule: 'laborModel', severity: 'return', path: `labor.${bad}.code`, messageZh: `索赔工时代码 ${i.labor[bad].code} 不适用于车型 ${i.model}` };
};

/** The model must be one each claimed part applies to (parts outside the catalog are not restricted here). */
export const partMatchesModel: Rule = (i) => {
  const bad = i.parts.findIndex((p) => p.catalog && p.catalog.models.length > 0 && !p.catalog.models.includes(i.model));
  return bad < 0
    ? null
    : { rule: 'partModel', severity: 'return', path: `parts.${bad}.partNo`, messageZh: `配件 ${i.parts[bad].partNo} 不适用于车型 ${i.model}` };
};

/** The mileage may not be lower than at an earlier visit (equal is fine: the car did not move). */
export const mileageNotDecreasing: Rule = (i) =>
  i.previousMileageKm !== null && i.mileageKm < i.previousMileageKm
    ? { rule: 'mileage', severity: 'return', path: 'mileageKm', messageZh: `行驶里程 ${i.mileageKm} km 低于此前进厂记录的 ${i.previousMileageKm} km` }
    : null;

/** The same VIN and cause part claimed within N days (either side) of this order's completion. */
export const notDuplicate: Rule = (i, s) => {
  const dup = i.earlierClaims.find((c) => Math.abs(daysBetween(c.completedOn, i.completedOn)) <= s.duplicateWithinDays);
  return dup
    ? {
        rule: 'duplicate',
        severity: 'return',
        path: 'causePartNo',
        messageZh: `同一车辆(${i.vin})同一责任件 ${i.causePartNo} 在 ${s.duplicateWithinDays} 天内已有索赔单 ${dup.number}`,
      }
    : null;
};

/** The car and cause part must be covered at the repair's date and mileage. */
export const withinWarranty: Rule = (i) =>
  i.coverage.covered ? null : { rule: 'coverage', severity: 'reject', path: 'causePartNo', messageZh: `不在三包/保修范围内:${i.coverage.reasonZh}` };

/** Above the amount, an approved pre-authorisation is required (the amount itself needs none). */
export const preauthPresent: Rule = (i, s) =>
  i.amountFen > s.preauthAboveFen && !i.hasApprovedPreauth
    ? {
        rule: 'preauth',
        severity: 'return',
        path: 'preauthId',
        messageZh: `索赔金额 ¥${(i.amountFen / 100).toFixed(2)} 超过 ¥${(s.preauthAboveFen / 100).toFixed(2)},须先取得预授权`,
      }
    : null;

export const PRE_CHECKS: readonly Rule[] = [
  lateSubmission,
  withinWarranty,
  laborMatchesFault,
  laborMatchesModel,
  partMatchesModel,
  mileageNotDecreasing,
  notDuplicate,
  preauthPresent,
];

/** Every finding of every rule, in a stable order (rejecting rules first). */
export function runPreChecks(i: PreCheckInput, s: ClaimSettings): PreCheckFinding[] {
  return PRE_CHECKS.map((r) => r(i, s)).filter((f): f is PreCheckFinding => f !== null);
}
