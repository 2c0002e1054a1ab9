import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority, TicketStatus } from '../../domain/tickets/status';

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

/** Ticket statuses: one colour each, the same in the list, the drawer, the dashboard and the customer's status page. */
export const TICKET_STATUS_COLORS: Record<TicketStatus, string> = {
  new: 'magenta', assigned: 'cyan', in_progress: 'geekblue', waiting_customer: 'gold', resolved: 'green', closed: 'default',
};
/** Chart colours matching the tags above. */
export const TICKET_STATUS_HEX: Record<TicketStatus, string> = {
  new: '#c41d7f', assigned: '#08979c', in_progress: '#1d39c4', waiting_customer: '#d48806', resolved: '#389e0d', closed: '#8c8c8c',
};
export const PRIORITY_COLORS: Record<Priority, string> = { urgent: 'red', high: 'orange', normal: 'blue', low: 'default' };

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <Tag color={TICKET_STATUS_COLORS[status]} data-status={status}>{t(`ticket.status.${status}`)}</Tag>;
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`ticket.priority.${priority}`)}</Tag>;
}

export type AppointmentStatus = 'booked' | 'arrived' | 'no_show' | 'cancelled';
export const APPOINTMENT_STATUS_COLORS: Record<AppointmentStatus, string> = { booked: 'blue', arrived: 'green', no_show: 'red', cancelled: 'default' };

export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation();
  return <Tag color={APPOINTMENT_STATUS_COLORS[status]} data-status={status}>{t(`appt.status.${status}`)}</Tag>;
}

/** 在保 / 过保 (null: no warranty data on file). */
export function WarrantyTag({ value }: { value: boolean | null }) {
  const { t } = useTranslation();
  if (value === null) return <Tag>{t('vehicle.warrantyUnknown')}</Tag>;
  return <Tag color={value ? 'success' : 'warning'}>{value ? t('vehicle.underWarranty') : t('vehicle.outOfWarranty')}</Tag>;
}
