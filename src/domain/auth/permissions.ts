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
  /** Parts planning and purchasing (配件计划员): vendors, reorder levels, purchase suggestions and orders. */
  'purchasing.manage',
  'cashier.settle',
  /** Put an order on account (挂账) for a fleet customer, the insurer or the manufacturer: the car may leave unpaid. */
  'settlement.on_account',
  /** The gate (门卫): check exit passes (出门证) and record that a car left. */
  'release.gate',
  'followups.call',
  'tickets.handle',
  'tickets.supervise',
  'claims.manage',
  /** The manufacturer's side of warranty claims (HQ / regional centre): review claims, pre-authorisations, 延返,
   * receive old-part batches, settle monthly, the claim catalog and supplier recovery (二次索赔). */
  'claims.review',
  'insurance.manage',
  'training.manage',
  /** Field service: the equipment archive, service requests (hotline, phone diagnosis) and visits. */
  'field.manage',
  /** Field service: engineers, the plan board, routes and assignments. */
  'field.dispatch',
  /** Field service: the engineer's own visits (check-in, report, parts, signature, check-out). */
  'field.work',
  /** Refund stored value (储值退款) from a member card. */
  'cards.refund',
  /** Administer the service network below one's point: KPI targets, accreditation, scorecards (网络管理). */
  'network.manage',
  /** Write and submit the point's reports upward (月度报告, 季度小结, 年度总结). */
  'reports.submit',
  /** Keep the manufacturer's warranty policies (三包政策 per model family) at HQ. */
  'warranty.policies',
  /** Issue recalls and service campaigns (召回 / 服务活动) and import their VIN lists. */
  'campaigns.manage',
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
  /** Largest part of an insurer's receivable the holder may write off (核损差额 the insurer will not pay), in fen. */
  insuranceWriteOffFen?: number;
  /** Largest parts purchase order (采购订单) the holder may send or approve, in fen. */
  purchaseFen?: number;
  /** Largest warranty claim (索赔单) or pre-authorisation the holder may approve for the manufacturer, in fen. */
  claimApproveFen?: number;
  /** Largest monthly service-subsidy statement (服务补贴) the holder may approve for payment, in fen. */
  subsidyApproveFen?: number;
  /** Largest stock transfer (调拨) or stocktaking variance (盘点差异, absolute value) the holder may approve, in fen. */
  stockFen?: number;
}
export const AUTHORITY_LIMIT_KEYS = [
  'discountPct',
  'goodwillFen',
  'compensationFen',
  'insuranceWriteOffFen',
  'purchaseFen',
  'claimApproveFen',
  'subsidyApproveFen',
  'stockFen',
] as const;

/** Combine the limits of all positions a user holds: the largest of each wins. */
export function combineLimits(all: AuthorityLimits[]): Required<AuthorityLimits> {
  const out = {
    discountPct: 0,
    goodwillFen: 0,
    compensationFen: 0,
    insuranceWriteOffFen: 0,
    purchaseFen: 0,
    claimApproveFen: 0,
    subsidyApproveFen: 0,
    stockFen: 0,
  };
  for (const l of all) {
    for (const k of AUTHORITY_LIMIT_KEYS) out[k] = Math.max(out[k], l[k] ?? 0);
  }
  return out;
}
