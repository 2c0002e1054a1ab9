import type { ReactNode } from 'react';
import { Tooltip, Typography } from 'antd';
import { CheckOutlined, ClockCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { clockState, formatDuration, overdueMinutes, type Unit } from './sla';
import type { SlaClock } from './types';
import { formatDateTime } from '../../lib/time';

export const fmtTime = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : '—');

/** Unit labels in the UI language ("小时" / "h"). */
export function useDurationText() {
  const { t } = useTranslation();
  return (minutes: number) => formatDuration(minutes, (u: Unit) => t(`ticket.units.${u}`));
}

/** One SLA deadline as a table cell: "剩 2 小时 15 分", "已超时 1 天 3 小时" (red), "已暂停", "按时完成 ✓". */
export function SlaCell({ clock, now = new Date() }: { clock: SlaClock | undefined; now?: Date }) {
  const { t } = useTranslation();
  const dur = useDurationText();
  const state = clockState(clock);
  if (!clock || state === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  const due = clock.dueAt ? t('ticket.sla.dueAt', { time: fmtTime(clock.dueAt) }) : undefined;
  let body: ReactNode;
  switch (state) {
    case 'met':
      body = (
        <Typography.Text type="success">
          <CheckOutlined /> {t('ticket.sla.met')}
        </Typography.Text>
      );
      break;
    case 'late':
      body = <Typography.Text type="warning">{t('ticket.sla.metLate')}</Typography.Text>;
      break;
    case 'paused':
      body = (
        <Typography.Text type="secondary">
          <PauseCircleOutlined /> {t('ticket.sla.paused')}
        </Typography.Text>
      );
      break;
    case 'breached':
      body = (
        <Typography.Text type="danger">
          <WarningOutlined /> {t('ticket.sla.overdue', { time: dur(overdueMinutes(clock, now)) })}
        </Typography.Text>
      );
      break;
    default:
      body = (
        <Typography.Text type={(clock.remainingMinutes ?? 0) <= 60 ? 'warning' : undefined}>
          <ClockCircleOutlined /> {t('ticket.sla.remaining', { time: dur(clock.remainingMinutes ?? 0) })}
        </Typography.Text>
      );
  }
  return (
    <Tooltip title={state === 'met' || state === 'late' ? t('ticket.sla.metAt', { time: fmtTime(clock.metAt) }) : due}>
      <span style={{ whiteSpace: 'nowrap' }} data-sla={state}>
        {body}
      </span>
    </Tooltip>
  );
}
