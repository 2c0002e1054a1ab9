import { Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SlaCell, fmtTime } from '../SlaCell';
import { clockState, usedPercent } from '../sla';
import type { SlaClock } from '../types';

function ClockRow({ label, clock, target }: { label: string; clock: SlaClock | undefined; target: number | undefined }) {
  const { t } = useTranslation();
  const state = clockState(clock);
  const pct = clock ? usedPercent(clock, target) : 0;
  const status = state === 'breached' || state === 'late' ? 'exception' : state === 'met' ? 'success' : state === 'paused' ? 'normal' : 'active';
  const color = state === 'running' && pct >= 80 ? '#fa8c16' : undefined;
  return (
    <div style={{ marginBottom: 10 }} data-testid={`clock-${label}`}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <SlaCell clock={clock} />
      </Space>
      <Progress percent={pct} size="small" status={status} strokeColor={color} showInfo={false} aria-label={`${label} ${pct}%`} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {clock?.metAt
          ? t('ticket.sla.metAt', { time: fmtTime(clock.metAt) })
          : clock?.dueAt
            ? t('ticket.sla.dueAt', { time: fmtTime(clock.dueAt) })
            : state === 'paused'
              ? t('ticket.sla.pausedHint')
              : '—'}
      </Typography.Text>
    </div>
  );
}

/** First-response and resolution clocks with how much of the time is used. */
export function SlaClocks({
  firstResponse,
  resolution,
  targets,
}: {
  firstResponse: SlaClock;
  resolution: SlaClock | undefined;
  targets: { firstResponse?: number; resolution?: number };
}) {
  const { t } = useTranslation();
  return (
    <>
      <ClockRow label={t('ticket.firstResponse')} clock={firstResponse} target={targets.firstResponse} />
      <ClockRow label={t('ticket.resolutionClock')} clock={resolution} target={targets.resolution} />
    </>
  );
}
