/** Who may take a workshop job (派工资格): trade, a valid qualification certificate, and the apprentice rule. Pure. */

/** Chinese names of trades (工种). */
export const TRADE_LABELS: Record<string, string> = { mechanical: '机修', body: '钣金', paint: '喷漆', electrical: '电气' };
/** Catalog trades without their own technicians: electrical work goes to mechanical (机电) technicians. */
export const TECHNICIAN_TRADE_OF: Record<string, string> = { electrical: 'mechanical' };
/** The technician trade that does a job of `trade`. */
export const technicianTradeFor = (trade: string) => TECHNICIAN_TRADE_OF[trade] ?? trade;
const CATEGORY_LABELS: Record<string, string> = { assembly: '总成修理', overhaul: '整车修理' };
/** Repair categories an apprentice (徒弟) may not do alone. */
export const MASTER_ONLY_CATEGORIES = ['assembly', 'overhaul'];
/** The certificate every technician needs (机动车维修技术人员从业资格证), matched by name. */
export const QUALIFICATION_MARK = '从业资格证';

export interface EligibilityJob {
  trade: string;
  /** The work order's repair category (guarantee.ts). */
  repairCategory: string;
}
export interface EligibilityTechnician {
  trade: string | null;
  skillGrade: string;
  certifications: readonly { name: string; expiresOn: string | null }[];
}
/** ok, or the refusal with a stable code and a Chinese reason. */
export type Eligibility = { ok: true } | { ok: false; code: 'TRADE' | 'QUALIFICATION' | 'APPRENTICE'; reason: string };

const label = (trade: string | null) => (trade ? (TRADE_LABELS[trade] ?? trade) : '无');

/**
 * Whether `technician` may take `job` on local date `today` ('YYYY-MM-DD'), with a Chinese reason when not.
 * Only the qualification certificate gates eligibility: an expired special certificate (低压电工…) does not.
 */
export function eligible(job: EligibilityJob, technician: EligibilityTechnician, today: string): Eligibility {
  if (technician.trade !== technicianTradeFor(job.trade)) {
    return { ok: false, code: 'TRADE', reason: `工种不符:该作业为「${label(job.trade)}」,技师工种为「${label(technician.trade)}」` };
  }
  const quals = technician.certifications.filter((c) => c.name.includes(QUALIFICATION_MARK));
  if (!quals.some((c) => c.expiresOn === null || c.expiresOn >= today)) {
    const latest = quals
      .map((c) => c.expiresOn!)
      .sort()
      .at(-1);
    const reason = latest ? `从业资格证已于 ${latest} 过期,不能派工` : '没有机动车维修技术人员从业资格证,不能派工';
    return { ok: false, code: 'QUALIFICATION', reason };
  }
  if (technician.skillGrade === 'apprentice' && MASTER_ONLY_CATEGORIES.includes(job.repairCategory)) {
    return { ok: false, code: 'APPRENTICE', reason: `学徒不能单独承担「${CATEGORY_LABELS[job.repairCategory]}」作业` };
  }
  return { ok: true };
}
