/**
 * Preventive-maintenance plans: a plan for a unit, for a service contract (合同) or for a product, else the product's
 * own interval (seed 003: every two months while in warranty). The most specific active plan wins. A plan runs while
 * the unit is in warranty, or — a contract's own plan — until its end date (open-ended without one).
 */
import { daysBetween } from '../time/index.js';
import { addMonths } from './units.js';

export type PlanSource = 'unit' | 'contract' | 'product' | 'default';
export const PLAN_SOURCE_ZH: Record<PlanSource, string> = {
  unit: '单台设备计划',
  contract: '服务合同计划',
  product: '产品计划',
  default: '产品默认(保修期内)',
};

export interface PlanTerms {
  intervalMonths: number;
  warrantyOnly: boolean;
  endsOn: string | null;
}
export interface EffectivePlan extends PlanTerms {
  source: PlanSource;
}

/** The plan that applies to a unit: unit, then contract, then product plan, then the product's interval in warranty. */
export function effectivePlan(o: {
  unit?: PlanTerms | null;
  contract?: PlanTerms | null;
  product?: PlanTerms | null;
  productIntervalMonths: number;
}): EffectivePlan | null {
  if (o.unit) return { ...o.unit, source: 'unit' };
  if (o.contract) return { ...o.contract, source: 'contract' };
  if (o.product) return { ...o.product, source: 'product' };
  return o.productIntervalMonths > 0 ? { intervalMonths: o.productIntervalMonths, warrantyOnly: true, endsOn: null, source: 'default' } : null;
}

/**
 * The next due date under a plan: the interval after the last maintenance (or the warranty start, else the install
 * date); null when nothing is due within the plan's term (after the warranty end, or after the plan's end date), or
 * when the term is over by `today` (a unit out of warranty gets no catch-up visit).
 */
export function nextDueUnderPlan(
  plan: PlanTerms | null,
  u: { warrantyStart: string | null; warrantyEnd: string | null; installedOn: string | null; lastMaintenance: string | null },
  today?: string,
): string | null {
  if (!plan || plan.intervalMonths <= 0) return null;
  const start = u.lastMaintenance ?? u.warrantyStart ?? u.installedOn;
  if (!start) return null;
  const due = addMonths(start, plan.intervalMonths);
  if (plan.warrantyOnly && (!u.warrantyEnd || due > u.warrantyEnd)) return null;
  if (plan.endsOn && due > plan.endsOn) return null;
  const termEnd = plan.warrantyOnly ? u.warrantyEnd : plan.endsOn;
  if (today && termEnd && today > termEnd) return null;
  return due;
}

/** Days a planned maintenance visit is overdue on `today` (0 when not overdue or done). */
export function daysOverdue(plannedDate: string, status: string, today: string): number {
  if (!['open', 'assigned'].includes(status) || plannedDate >= today) return 0;
  return daysBetween(plannedDate, today);
}
