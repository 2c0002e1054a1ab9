/**
 * Trained before dispatch (seed 003, the special-vehicle maker): an engineer may be sent to a unit only with the
 * equipment type among their skills and a certificate for it valid on the visit's day. The reason is shown.
 */
import { daysBetween } from '../time/index.js';

export interface EngineerQualification {
  skills: readonly string[];
  certificates: readonly { skill: string; validFrom: string; validUntil: string }[];
}

/** Whether a certificate is valid on a local date (both ends inclusive). */
export const certificateValidOn = (c: { validFrom: string; validUntil: string }, on: string) =>
  daysBetween(c.validFrom, on) >= 0 && daysBetween(on, c.validUntil) >= 0;

export function eligibility(e: EngineerQualification, skill: string, on: string): { ok: true } | { ok: false; reason: string } {
  if (!e.skills.includes(skill)) return { ok: false, reason: `工程师不具备「${skill}」技能` };
  const certs = e.certificates.filter((c) => c.skill === skill);
  if (!certs.length) return { ok: false, reason: `工程师没有「${skill}」的培训合格证书` };
  if (!certs.some((c) => certificateValidOn(c, on))) {
    const latest = certs
      .map((c) => c.validUntil)
      .sort()
      .at(-1)!;
    return daysBetween(latest, on) > 0
      ? { ok: false, reason: `工程师「${skill}」证书已于 ${latest} 过期` }
      : { ok: false, reason: `工程师「${skill}」证书在 ${on} 尚未生效` };
  }
  return { ok: true };
}

/** The skills an engineer may be dispatched for on a date (skill and valid certificate), for the route planner. */
export const dispatchableSkills = (e: EngineerQualification, on: string) => e.skills.filter((s) => eligibility(e, s, on).ok);

/** Certificates expiring within `days` (default 30) from `on`, still valid today: to warn. */
export const expiringSoon = <C extends { validUntil: string; validFrom: string }>(certs: readonly C[], on: string, days = 30) =>
  certs.filter((c) => certificateValidOn(c, on) && daysBetween(on, c.validUntil) <= days);
