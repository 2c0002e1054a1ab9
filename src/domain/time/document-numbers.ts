/**
 * Document numbers, all in one table: prefix, which counter they draw from, and how wide the sequence is.
 * The counter restarts per point and period (day or year) of the point's local date.
 */
import { compactDate, localDate } from './index.js';

export const DOCUMENTS = {
  workOrder: { prefix: 'WO', period: 'day', width: 4 },
  ticket: { prefix: 'TS', period: 'day', width: 4 },
  settlement: { prefix: 'JS', period: 'day', width: 4 },
  qcCertificate: { prefix: 'QC', period: 'year', width: 5 },
  /** 出门证 / 放行条, issued at delivery and used once at the gate. */
  gatePass: { prefix: 'CM', period: 'day', width: 4 },
  employee: { prefix: 'E', period: 'none', width: 4 },
  extraWork: { prefix: 'ZX', period: 'day', width: 4 },
  memberCard: { prefix: 'VIP', period: 'none', width: 6 },
  visitCard: { prefix: 'CK', period: 'year', width: 5 },
  /** 事故车/保险案件. */
  insuranceCase: { prefix: 'BX', period: 'day', width: 4 },
  /** Field service: a service request (服务请求) and an on-site visit (上门服务单). */
  fieldRequest: { prefix: 'FW', period: 'day', width: 4 },
  fieldVisit: { prefix: 'SM', period: 'day', width: 4 },
  /** 安装调试单. */
  fieldInstall: { prefix: 'AZ', period: 'day', width: 4 },
  /** 采购订单 to a vendor. */
  purchaseOrder: { prefix: 'CG', period: 'day', width: 4 },
  /** 索赔单, 预授权, 索赔结算单, 旧件回运单, 旧件箱, 二次索赔. */
  warrantyClaim: { prefix: 'SP', period: 'day', width: 4 },
  claimPreauth: { prefix: 'YS', period: 'day', width: 4 },
  claimStatement: { prefix: 'SJ', period: 'year', width: 4 },
  oldPartBatch: { prefix: 'HY', period: 'year', width: 4 },
  oldPartBox: { prefix: 'XH', period: 'year', width: 5 },
  supplierClaim: { prefix: 'EC', period: 'year', width: 4 },
  /** 换车/退货 request (三包 art. 22–24). */
  warrantyReturn: { prefix: 'HT', period: 'year', width: 5 },
  /** Recall / service campaign issued by HQ. */
  campaign: { prefix: 'ZH', period: 'year', width: 4 },
  /** Knowledge-base articles (fault cases, bulletins, manual sections) of the publishing point. */
  knowledgeArticle: { prefix: 'KB', period: 'year', width: 5 },
  /** 疑难技术求助. */
  techRequest: { prefix: 'JQ', period: 'day', width: 4 },
  /** 质量信息反馈. */
  qualityFeedback: { prefix: 'ZL', period: 'year', width: 4 },
  /** 调拨单 between stations (numbered at the requesting station) and 盘点单. */
  stockTransfer: { prefix: 'DB', period: 'day', width: 4 },
  stockCount: { prefix: 'PD', period: 'year', width: 4 },
} as const satisfies Record<string, { prefix: string; period: 'day' | 'year' | 'none'; width: number }>;
export type DocumentKind = keyof typeof DOCUMENTS;

/** The counter a document draws its sequence from, e.g. 'work-order-20261201' (names kept from earlier versions). */
export function counterName(kind: DocumentKind, timeZone: string, at: Date): string {
  const d = DOCUMENTS[kind];
  const key = kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (d.period === 'none') return key;
  return `${key}-${d.period === 'day' ? compactDate(timeZone, at) : localDate(timeZone, at).slice(0, 4)}`;
}

/** The document number for a sequence value, e.g. WO202612010007, QC202600012, E0042. */
export function documentNumber(kind: DocumentKind, timeZone: string, at: Date, seq: number): string {
  const d = DOCUMENTS[kind];
  const period = d.period === 'day' ? compactDate(timeZone, at) : d.period === 'year' ? localDate(timeZone, at).slice(0, 4) : '';
  return `${d.prefix}${period}${String(seq).padStart(d.width, '0')}`;
}
