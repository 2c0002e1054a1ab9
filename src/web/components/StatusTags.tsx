import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export type HeadcountStatus = 'ok' | 'vacant' | 'under' | 'over';
export type CertStatus = 'valid' | 'expiring' | 'expired' | 'no-expiry';

/** One colour per state, everywhere (chart, tables, tags). */
export const HEADCOUNT_COLORS: Record<HeadcountStatus, { main: string; fill: string; tag: string }> = {
  ok: { main: '#389e0d', fill: '#f6ffed', tag: 'success' },
  under: { main: '#d48806', fill: '#fffbe6', tag: 'warning' },
  vacant: { main: '#cf1322', fill: '#fff1f0', tag: 'error' },
  over: { main: '#531dab', fill: '#f9f0ff', tag: 'purple' },
};
export const HEADCOUNT_ORDER: HeadcountStatus[] = ['ok', 'under', 'vacant', 'over'];

const CERT_COLORS: Record<CertStatus, string> = { valid: 'success', expiring: 'warning', expired: 'error', 'no-expiry': 'default' };

export function HeadcountTag({ status }: { status: HeadcountStatus }) {
  const { t } = useTranslation();
  return <Tag color={HEADCOUNT_COLORS[status]?.tag}>{t(`status.headcount.${status}`)}</Tag>;
}

export function CertTag({ status, children }: { status: CertStatus; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return <Tag color={CERT_COLORS[status]}>{children ?? t(`status.cert.${status}`)}</Tag>;
}
