/** Quality inspection (质检) and workshop measures (生产率、效率、一次修复率). Pure. */

/** Categories whose passed QC gets a numbered 竣工出厂合格证 (and need a road test, 路试). */
export const CERTIFICATE_CATEGORIES: readonly string[] = ['level2_maintenance', 'assembly', 'overhaul'];

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

/**
 * Work orders whose first inspection passed, of those inspected (inspections in any order); with a window,
 * only the orders whose first inspection falls in [from, to).
 */
export function firstTimeFix(
  inspections: readonly { workOrderId: string; isPassed: boolean; at: Date }[],
  window?: { from: Date; to: Date },
  cameBack: ReadonlySet<string> = new Set(),
) {
  const first = new Map<string, { isPassed: boolean; at: number }>();
  for (const i of inspections) {
    const f = first.get(i.workOrderId);
    if (!f || i.at.getTime() < f.at) first.set(i.workOrderId, { isPassed: i.isPassed, at: i.at.getTime() });
  }
  const counted = [...first.entries()].filter(([, f]) => !window || (f.at >= window.from.getTime() && f.at < window.to.getTime()));
  // A car back within the guarantee for the same concern (返修) was not fixed the first time either.
  const passed = counted.filter(([id, f]) => f.isPassed && !cameBack.has(id)).length;
  return { inspectedOrders: counted.length, firstPassOrders: passed, firstTimeFixRate: ratio(passed, counted.length) };
}

/** Productivity (clocked ÷ present) and efficiency (standard ÷ clocked on finished jobs), 4 decimals, null without a base. */
export function workshopRatios(m: { attendanceMinutes: number; clockedMinutes: number; finishedStandardMinutes: number; finishedClockedMinutes: number }) {
  return { productivity: ratio(m.clockedMinutes, m.attendanceMinutes), efficiency: ratio(m.finishedStandardMinutes, m.finishedClockedMinutes) };
}
