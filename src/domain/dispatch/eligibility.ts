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
  /** The labor operation's required certificate (高压电工证 …, or a training course's equipment type); none = not gated. */
  requiredCertificate?: string | null;
}
/**
 * A certificate the technician holds: an organization certificate (certifications) or one granted by passing a
 * training exam (field_certificates: name = the equipment type, validFrom/expiresOn its dates). One list, one rule.
 */
export interface TechnicianCertificate {
  name: string;
  expiresOn: string | null;
  /** First valid day; omitted = valid from issue. */
  validFrom?: string | null;
}
export interface EligibilityTechnician {
  trade: string | null;
  skillGrade: string;
  certifications: readonly TechnicianCertificate[];
}
/** ok, or the refusal with a stable code and a Chinese reason. */
export type Eligibility = { ok: true } | { ok: false; code: 'TRADE' | 'QUALIFICATION' | 'CERTIFICATE' | 'APPRENTICE'; reason: string };

/** Valid on local date `today` (both ends inclusive; 'YYYY-MM-DD' strings compare as dates). */
export const certificateValid = (c: TechnicianCertificate, today: string) =>
  (!c.validFrom || c.validFrom <= today) && (c.expiresOn === null || c.expiresOn >= today);
/** Whether a held certificate is the one required: same name, ignoring case and spaces. */
const sameCertificate = (held: string, required: string) => held.replace(/\s+/g, '').toLowerCase() === required.replace(/\s+/g, '').toLowerCase();

/** The reason a technician lacks a valid `required` certificate on `today`, or null when they hold one. */
export function missingCertificate(required: string, certs: readonly TechnicianCertificate[], today: string): string | null {
  const held = certs.filter((c) => sameCertificate(c.name, required));
  if (held.some((c) => certificateValid(c, today))) return null;
  if (!held.length) return `该作业须持「${required}」,技师没有该证书,不能派工`;
  const expired = held.filter((c) => c.expiresOn !== null && c.expiresOn < today).map((c) => c.expiresOn!);
  if (expired.length === held.length) return `该作业须持「${required}」,技师的证书已于 ${expired.sort().at(-1)} 过期,不能派工`;
  const from = held
    .filter((c) => c.validFrom && c.validFrom > today)
    .map((c) => c.validFrom!)
    .sort()[0];
  return `该作业须持「${required}」,技师的证书自 ${from} 起才生效,不能派工`;
}

const label = (trade: string | null) => (trade ? (TRADE_LABELS[trade] ?? trade) : '无');

/**
 * Whether `technician` may take `job` on local date `today` ('YYYY-MM-DD'), with a Chinese reason when not.
 * The qualification certificate gates every job; a special certificate (高压电工证 …) gates only the jobs whose labor
 * operation requires it — an expired one the job does not need changes nothing.
 */
export function eligible(job: EligibilityJob, technician: EligibilityTechnician, today: string): Eligibility {
  if (technician.trade !== technicianTradeFor(job.trade)) {
    return { ok: false, code: 'TRADE', reason: `工种不符:该作业为「${label(job.trade)}」,技师工种为「${label(technician.trade)}」` };
  }
  const quals = technician.certifications.filter((c) => c.name.includes(QUALIFICATION_MARK));
  if (!quals.some((c) => certificateValid(c, today))) {
    const latest = quals
      .map((c) => c.expiresOn!)
      .sort()
      .at(-1);
    const reason = latest ? `从业资格证已于 ${latest} 过期,不能派工` : '没有机动车维修技术人员从业资格证,不能派工';
    return { ok: false, code: 'QUALIFICATION', reason };
  }
  const required = job.requiredCertificate?.trim();
  if (required) {
    const missing = missingCertificate(required, technician.certifications, today);
    if (missing) return { ok: false, code: 'CERTIFICATE', reason: missing };
  }
  if (technician.skillGrade === 'apprentice' && MASTER_ONLY_CATEGORIES.includes(job.repairCategory)) {
    return { ok: false, code: 'APPRENTICE', reason: `学徒不能单独承担「${CATEGORY_LABELS[job.repairCategory]}」作业` };
  }
  return { ok: true };
}
