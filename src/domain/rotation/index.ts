/**
 * Staff rotation of regional offices (人员轮换, seed 003 苏州: every quarter, with hand-over). Pure rules: the quarter of a
 * plan and its date range, the plan's checks (field errors, Chinese first), the hand-over's state. No clock: pass `today`.
 */

export const ROTATION_STATUSES = ['draft', 'approved', 'applied', 'cancelled'] as const;
export type RotationStatus = (typeof ROTATION_STATUSES)[number];
export type RotationAction = 'approve' | 'cancel';

export const HANDOVER_KINDS = ['customer', 'case', 'asset'] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];
export const HANDOVER_KIND_ZH: Record<HandoverKind, string> = { customer: '客户', case: '未结案件/工单', asset: '资产' };

export interface FieldProblem {
  path: string;
  message: string;
}

/** The first and last day of a quarter '2026-Q4', or null when it is no quarter. */
export function quarterRange(quarter: string): { from: string; to: string } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return null;
  const q = Number(m[2]);
  const first = (q - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(Number(m[1]), last, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return { from: `${m[1]}-${mm(first)}-01`, to: `${m[1]}-${mm(last)}-${mm(lastDay)}` };
}

/** The quarter a local date falls in: '2026-11-22' → '2026-Q4'. */
export const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/** The next status after an action, or null when the action is not allowed now. */
export function nextRotationStatus(from: RotationStatus, action: RotationAction | 'apply' | 'edit'): RotationStatus | null {
  if (action === 'edit') return from === 'draft' ? 'draft' : null;
  if (action === 'approve') return from === 'draft' ? 'approved' : null;
  if (action === 'cancel') return from === 'draft' || from === 'approved' ? 'cancelled' : null;
  return from === 'approved' ? 'applied' : null;
}

export interface PlannedMove {
  employeeId: string;
  toPointId: string;
  toPositionId: string;
}

export interface RotationFacts {
  quarter: string;
  effectiveDate: string;
  /** Today in the plan's point zone. */
  today: string;
  moves: PlannedMove[];
  /** Where each known employee works now (active employees of the points in scope). */
  pointOfEmployee: Map<string, string>;
  /** The points in scope a move may go to, with their names (for the messages). */
  points: Map<string, string>;
  /** Each known position's point. */
  pointOfPosition: Map<string, string>;
}

/**
 * The plan's checks, each a field error: the quarter and its effective date (within the quarter, not before today);
 * each move (a known employee, once, another point in scope, a position there); and no point left without staff.
 */
export function validateRotation(f: RotationFacts): FieldProblem[] {
  const out: FieldProblem[] = [];
  const range = quarterRange(f.quarter);
  if (!range) out.push({ path: 'quarter', message: '季度格式须为 YYYY-Qn,如 2026-Q4 (quarter like 2026-Q4)' });
  else if (f.effectiveDate < range.from || f.effectiveDate > range.to)
    out.push({ path: 'effectiveDate', message: `生效日期须在 ${range.from} 至 ${range.to} 之间 (within the quarter)` });
  if (f.effectiveDate < f.today) out.push({ path: 'effectiveDate', message: '生效日期不能早于今天 (not before today)' });
  if (!f.moves.length) out.push({ path: 'moves', message: '请至少安排一人轮换 (at least one move)' });
  const seen = new Set<string>();
  const staff = new Map<string, number>();
  for (const p of f.pointOfEmployee.values()) staff.set(p, (staff.get(p) ?? 0) + 1);
  const lastOut = new Map<string, number>();
  f.moves.forEach((m, i) => {
    const from = f.pointOfEmployee.get(m.employeeId);
    if (!from) return void out.push({ path: `moves.${i}.employeeId`, message: '员工不存在或不在您的范围内 (unknown employee)' });
    if (seen.has(m.employeeId)) return void out.push({ path: `moves.${i}.employeeId`, message: '同一员工在计划中出现两次 (employee twice)' });
    seen.add(m.employeeId);
    if (!f.points.has(m.toPointId)) return void out.push({ path: `moves.${i}.toPointId`, message: '调入网点不存在或不在您的范围内 (unknown point)' });
    if (m.toPointId === from) return void out.push({ path: `moves.${i}.toPointId`, message: '调入网点与现网点相同 (same point)' });
    if (f.pointOfPosition.get(m.toPositionId) !== m.toPointId)
      return void out.push({ path: `moves.${i}.toPositionId`, message: '岗位不属于调入网点 (position not at that point)' });
    staff.set(from, (staff.get(from) ?? 0) - 1);
    staff.set(m.toPointId, (staff.get(m.toPointId) ?? 0) + 1);
    lastOut.set(from, i);
  });
  for (const [point, i] of lastOut) {
    if ((staff.get(point) ?? 0) <= 0)
      out.push({
        path: `moves.${i}.employeeId`,
        message: `轮换后${f.points.get(point) ?? '该网点'}将没有人员 (the office would be left without staff)`,
      });
  }
  return out;
}

export interface HandoverState {
  items: number;
  outgoingSignedAt: Date | null;
  incomingSignedAt: Date | null;
}

/** A hand-over is complete when both the one leaving and the one taking over have signed. */
export const handoverStatus = (h: HandoverState): 'open' | 'partly_signed' | 'complete' =>
  h.outgoingSignedAt && h.incomingSignedAt ? 'complete' : h.outgoingSignedAt || h.incomingSignedAt ? 'partly_signed' : 'open';
