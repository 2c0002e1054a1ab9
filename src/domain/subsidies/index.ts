/**
 * Service subsidies (服务补贴, seed 003 苏州: 每台 50 元 for dealers that run a service station). Pure rules: the rules
 * per dealer type and basis, the month a statement may cover (complete, never the current or a future month), the lines
 * computed from completed work (units × amount per unit, plus a reviewed adjustment), and the statement's statuses.
 */

export const DEALER_KINDS = ['station', 'franchise'] as const;
export type DealerKind = (typeof DEALER_KINDS)[number];
/** What counts as a unit: a settled work order (出厂台次) or a completed field visit. */
export const SUBSIDY_BASES = ['settled_orders', 'field_visits'] as const;
export type SubsidyBasis = (typeof SUBSIDY_BASES)[number];
export const BASIS_ZH: Record<SubsidyBasis, string> = { settled_orders: '结算工单台次', field_visits: '完成的现场服务' };
export const KIND_ZH: Record<DealerKind, string> = { station: '服务站', franchise: '特约服务商' };

export interface SubsidyRule {
  pointKind: DealerKind;
  basis: SubsidyBasis;
  /** Amount per unit in fen (50 元 = 5000). */
  amountFen: number;
}

export interface FieldProblem {
  path: string;
  message: string;
}

/** The rule set's checks: amounts are whole fen ≥ 0 and ≤ 100 000 元 per unit; one rule per dealer type and basis. */
export function validateRules(rules: SubsidyRule[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    if (!Number.isInteger(r.amountFen) || r.amountFen < 0) out.push({ path: `rules.${i}.amountFen`, message: '每台补贴须为不小于 0 的金额 (amount ≥ 0)' });
    else if (r.amountFen > 10_000_000) out.push({ path: `rules.${i}.amountFen`, message: '每台补贴不能超过 100000 元 (at most 100 000)' });
    const key = `${r.pointKind}:${r.basis}`;
    if (seen.has(key)) out.push({ path: `rules.${i}.basis`, message: `${KIND_ZH[r.pointKind]}的“${BASIS_ZH[r.basis]}”规则重复 (duplicate rule)` });
    seen.add(key);
  });
  return out;
}

/** A statement's month: 'YYYY-MM', complete before `today` (the current and future months are refused). */
export function subsidyMonth(month: string, today: string): { from: string; to: string } | { problem: string } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return { problem: '月份格式须为 YYYY-MM (month like 2026-11)' };
  if (month >= today.slice(0, 7)) return { problem: '只能核算已结束的月份 (only a finished month)' };
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export interface DealerUnits {
  pointId: string;
  kind: string;
  settledOrders: number;
  fieldVisits: number;
}

export interface SubsidyLine {
  pointId: string;
  units: Record<SubsidyBasis, number>;
  amountFen: number;
  /** How the amount was made, e.g. "结算工单台次 12 × 50.00 元". */
  basisText: string;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** One line per dealer whose type has a rule; dealers of other types (HQ, regional centres) get none. */
export function computeLines(dealers: DealerUnits[], rules: SubsidyRule[]): SubsidyLine[] {
  return dealers.flatMap((d) => {
    const mine = rules.filter((r) => r.pointKind === d.kind);
    if (!mine.length) return [];
    const units = { settled_orders: d.settledOrders, field_visits: d.fieldVisits };
    const amountFen = mine.reduce((s, r) => s + units[r.basis] * r.amountFen, 0);
    const basisText = mine.map((r) => `${BASIS_ZH[r.basis]} ${units[r.basis]} × ${yuan(r.amountFen)} 元`).join(' + ');
    return [{ pointId: d.pointId, units, amountFen, basisText }];
  });
}

/** The payable of a line: computed + adjustment, never below zero. */
export const linePayable = (amountFen: number, adjustFen: number) => Math.max(0, amountFen + adjustFen);

export const SUBSIDY_STATUSES = ['computed', 'reviewed', 'approved'] as const;
export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number];
export type SubsidyAction = 'review' | 'approve' | 'reopen' | 'recompute' | 'adjust';

/** computed (recompute, adjust) → reviewed → approved; reopen sends a reviewed statement back. */
export function nextSubsidyStatus(from: SubsidyStatus, action: SubsidyAction): SubsidyStatus | null {
  switch (action) {
    case 'recompute':
    case 'adjust':
      return from === 'computed' ? 'computed' : null;
    case 'review':
      return from === 'computed' ? 'reviewed' : null;
    case 'approve':
      return from === 'reviewed' ? 'approved' : null;
    case 'reopen':
      return from === 'reviewed' ? 'computed' : null;
  }
}
