import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Priority, TicketStatus } from '../../domain/tickets/status';
import type { WorkOrderStatus, WorkOrderType } from '../../domain/work-orders/status';
import { WORK_ORDER_STATUS_LABELS, WORK_ORDER_TYPE_LABELS } from '../../domain/work-orders/labels';

export type HeadcountStatus = 'ok' | 'vacant' | 'under' | 'over';
export type CertStatus = 'valid' | 'expiring' | 'expired' | 'no-expiry';

/** One colour per state, everywhere (chart, tables, tags). */
export const HEADCOUNT_COLORS: Record<HeadcountStatus, { main: string; fill: string; tag: string }> = {
  ok: { main: '#389e0d', fill: '#f6ffed', tag: 'success' },
  under: { main: '#874d00', fill: '#fffbe6', tag: 'warning' },
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
  new: 'magenta',
  assigned: 'cyan',
  in_progress: 'geekblue',
  waiting_customer: 'gold',
  resolved: 'green',
  closed: 'default',
};
/** Chart colours matching the tags above. */
export const TICKET_STATUS_HEX: Record<TicketStatus, string> = {
  new: '#c41d7f',
  assigned: '#08979c',
  in_progress: '#1d39c4',
  waiting_customer: '#d48806',
  resolved: '#389e0d',
  closed: '#8c8c8c',
};
export const PRIORITY_COLORS: Record<Priority, string> = { urgent: 'red', high: 'orange', normal: 'blue', low: 'default' };

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={TICKET_STATUS_COLORS[status]} data-status={status}>
      {t(`ticket.status.${status}`)}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`ticket.priority.${priority}`)}</Tag>;
}

export type AppointmentStatus = 'booked' | 'arrived' | 'no_show' | 'cancelled';
export const APPOINTMENT_STATUS_COLORS: Record<AppointmentStatus, string> = { booked: 'blue', arrived: 'green', no_show: 'red', cancelled: 'default' };

export function AppointmentStatusTag({ status }: { status: AppointmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={APPOINTMENT_STATUS_COLORS[status]} data-status={status}>
      {t(`appt.status.${status}`)}
    </Tag>
  );
}

/** 在保 / 过保 (null: no warranty data on file). */
export function WarrantyTag({ value }: { value: boolean | null }) {
  const { t } = useTranslation();
  if (value === null) return <Tag>{t('vehicle.warrantyUnknown')}</Tag>;
  return <Tag color={value ? 'success' : 'warning'}>{value ? t('vehicle.underWarranty') : t('vehicle.outOfWarranty')}</Tag>;
}

/** Work-order statuses: one colour each (list, detail, cashier, customer history, home chart). */
export const WORK_ORDER_STATUS_COLORS: Record<WorkOrderStatus, string> = {
  draft: 'gold',
  confirmed: 'blue',
  in_progress: 'geekblue',
  waiting_parts: 'orange',
  qc: 'purple',
  ready: 'cyan',
  delivered: 'green',
  settled: 'lime',
  closed: 'default',
  cancelled: 'red',
};
/** Chart colours matching the tags above. */
export const WORK_ORDER_STATUS_HEX: Record<WorkOrderStatus, string> = {
  draft: '#d48806',
  confirmed: '#0958d9',
  in_progress: '#1d39c4',
  waiting_parts: '#d46b08',
  qc: '#531dab',
  ready: '#08979c',
  delivered: '#389e0d',
  settled: '#7cb305',
  closed: '#8c8c8c',
  cancelled: '#cf1322',
};
const WORK_ORDER_TYPE_COLORS: Record<WorkOrderType, string> = {
  maintenance: 'green',
  repair: 'blue',
  accident: 'volcano',
  warranty: 'purple',
  recall: 'gold',
  internal: 'default',
};

export function WorkOrderStatusTag({ status }: { status: WorkOrderStatus }) {
  const { i18n } = useTranslation();
  const l = WORK_ORDER_STATUS_LABELS[status];
  return (
    <Tag color={WORK_ORDER_STATUS_COLORS[status]} data-status={status}>
      {l ? (i18n.language === 'en-US' ? l.en : l.zh) : status}
    </Tag>
  );
}

export function WorkOrderTypeTag({ type }: { type: WorkOrderType }) {
  const { i18n } = useTranslation();
  const l = WORK_ORDER_TYPE_LABELS[type];
  return (
    <Tag color={WORK_ORDER_TYPE_COLORS[type]} bordered={false}>
      {l ? (i18n.language === 'en-US' ? l.en : l.zh) : type}
    </Tag>
  );
}
