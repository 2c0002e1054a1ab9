/**
 * Installation and commissioning (安装调试) of a unit sold: a checklist per product, commissioning measurements
 * (value within the allowed range → pass), and the customer's acceptance with a signature, which starts the
 * warranty. The statuses and their one transition table; pure.
 */

export const INSTALL_STATUSES = ['planned', 'in_progress', 'commissioned', 'accepted', 'cancelled'] as const;
export type InstallStatus = (typeof INSTALL_STATUSES)[number];
export const INSTALL_STATUS_ZH: Record<InstallStatus, string> = {
  planned: '待安装',
  in_progress: '安装调试中',
  commissioned: '调试合格',
  accepted: '客户已验收',
  cancelled: '已取消',
};

export const INSTALL_EVENTS = ['record', 'commission', 'accept', 'cancel'] as const;
export type InstallEvent = (typeof INSTALL_EVENTS)[number];
const EVENT_ZH: Record<InstallEvent, string> = { record: '记录检查与测量', commission: '调试完成', accept: '客户验收', cancel: '取消' };

/** From which statuses each event is allowed, and where it leads (recording after commissioning reopens it). */
const TABLE: Record<InstallEvent, { from: readonly InstallStatus[]; to: InstallStatus }> = {
  record: { from: ['planned', 'in_progress', 'commissioned'], to: 'in_progress' },
  commission: { from: ['in_progress'], to: 'commissioned' },
  accept: { from: ['commissioned'], to: 'accepted' },
  cancel: { from: ['planned', 'in_progress', 'commissioned'], to: 'cancelled' },
};

export function nextInstallStatus(current: InstallStatus, event: InstallEvent): { ok: true; to: InstallStatus } | { ok: false; message: string } {
  const row = TABLE[event];
  if (!row.from.includes(current)) {
    if (event === 'accept' && (current === 'planned' || current === 'in_progress')) return { ok: false, message: '调试尚未完成(检查项与测量合格后),不能验收' };
    return { ok: false, message: `安装单状态为「${INSTALL_STATUS_ZH[current]}」,不能${EVENT_ZH[event]}` };
  }
  return { ok: true, to: row.to };
}

/** The statuses of an install still under way (one per unit at a time). */
export const INSTALL_OPEN: readonly InstallStatus[] = ['planned', 'in_progress', 'commissioned'];

export interface ChecklistItem {
  label: string;
  required: boolean;
  done: boolean;
  note?: string | null;
}
export interface Measurement {
  name: string;
  unit: string;
  /** Allowed range, both ends inclusive; null = unbounded on that side. */
  min: number | null;
  max: number | null;
  value: number | null;
}

/** pass / fail of a measured value, or null when not measured yet. */
export function measurementResult(m: Pick<Measurement, 'min' | 'max' | 'value'>): 'pass' | 'fail' | null {
  if (m.value === null || !Number.isFinite(m.value)) return null;
  if (m.min !== null && m.value < m.min) return 'fail';
  if (m.max !== null && m.value > m.max) return 'fail';
  return 'pass';
}

export interface Problem {
  path: string;
  message: string;
}

/** Problems with a template / order's measurement specs: a name, a range whose low end is not above its high end. */
export function specProblems(specs: readonly Pick<Measurement, 'name' | 'min' | 'max'>[], prefix = 'measurements'): Problem[] {
  const out: Problem[] = [];
  specs.forEach((s, i) => {
    if (!s.name.trim()) out.push({ path: `${prefix}.${i}.name`, message: '测量项名称不能为空' });
    if (s.min !== null && s.max !== null && s.min > s.max) out.push({ path: `${prefix}.${i}.max`, message: '上限不能小于下限' });
  });
  return out;
}

/** Why commissioning cannot be declared complete: required items not checked, measurements missing or out of range. */
export function commissionProblems(checklist: readonly ChecklistItem[], measurements: readonly Measurement[]): Problem[] {
  const out: Problem[] = [];
  checklist.forEach((c, i) => {
    if (c.required && !c.done) out.push({ path: `checklist.${i}`, message: `检查项「${c.label}」未完成` });
  });
  measurements.forEach((m, i) => {
    const r = measurementResult(m);
    const range = `${m.min ?? '−∞'}–${m.max ?? '+∞'} ${m.unit}`.trim();
    if (r === null) out.push({ path: `measurements.${i}.value`, message: `「${m.name}」尚未测量` });
    else if (r === 'fail') out.push({ path: `measurements.${i}.value`, message: `「${m.name}」${m.value} ${m.unit} 超出允许范围 ${range}` });
  });
  return out;
}
