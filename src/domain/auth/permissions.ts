/** Every permission a position can carry. Defined once; the UI, the seed templates and the server use these names. */
export const PERMISSIONS = [
  'org.read',
  'org.manage',
  'employees.manage',
  'service-points.manage',
  'users.manage',
  'audit.read',
  'tokens.manage',
  'settings.manage',
  'reports.read',
  'customers.manage',
  'appointments.manage',
  'work-orders.manage',
  'workshop.dispatch',
  'workshop.work',
  'qc.inspect',
  'parts.manage',
  'cashier.settle',
  /** Put an order on account (挂账) for a fleet customer, the insurer or the manufacturer: the car may leave unpaid. */
  'settlement.on_account',
  /** The gate (门卫): check exit passes (出门证) and record that a car left. */
  'release.gate',
  'followups.call',
  'tickets.handle',
  'tickets.supervise',
  'claims.manage',
  'insurance.manage',
  'training.manage',
  /** Refund stored value (储值退款) from a member card. */
  'cards.refund',
  /** Write knowledge-base articles (fault cases, bulletins, manual sections) and send them for review. */
  'knowledge.write',
  /** Review knowledge-base articles: publish, send back, withdraw, promote a station's case upward (审核发布). */
  'knowledge.publish',
  /** Answer or escalate difficult-case requests (疑难技术求助) at one's point; decide technical appraisals (索赔技术鉴定). */
  'tech.support',
  /** Fault statistics and quality-feedback records (质量信息反馈). */
  'quality.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Authority limits (工作权限) a position grants. Absent = 0 = may not grant at all.
 * The server enforces them; above a limit an approval by a holder of a larger limit is needed.
 */
export interface AuthorityLimits {
  /** Largest discount on a settlement, in percent of the amount (0–100). */
  discountPct?: number;
  /** Largest goodwill (free-of-charge repair / 善意维修) amount, in fen. */
  goodwillFen?: number;
  /** Largest complaint compensation the holder may approve, in fen. */
  compensationFen?: number;
}
export const AUTHORITY_LIMIT_KEYS = ['discountPct', 'goodwillFen', 'compensationFen'] as const;

/** Combine the limits of all positions a user holds: the largest of each wins. */
export function combineLimits(all: AuthorityLimits[]): Required<AuthorityLimits> {
  const out = { discountPct: 0, goodwillFen: 0, compensationFen: 0 };
  for (const l of all) {
    for (const k of AUTHORITY_LIMIT_KEYS) out[k] = Math.max(out[k], l[k] ?? 0);
  }
  return out;
}
