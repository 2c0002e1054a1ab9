/** Member cards, ledger entries, levels and packages as the API serves them. */
import type { Answer } from '../../api/paths';

export type MemberCard = Answer<'/member-cards/{id}'>;
export type MemberLevel = Answer<'/member-levels'>['items'][number];
export type LedgerEntry = Answer<'/member-cards/{id}/statement'>['entries'][number];
export type ServicePackage = Answer<'/service-packages/{id}'>;
export type VisitCard = Answer<'/visit-cards'>['items'][number];
export const TOP_UP_METHODS = ['cash', 'bank-card', 'wechat', 'alipay', 'transfer'] as const;
