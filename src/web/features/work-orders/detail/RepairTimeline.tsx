import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../types';
import { formatShortDateTime } from '../../../lib/time';

const fmt = (iso: string) => formatShortDateTime(iso);

/** The repair record's moments (进厂, 签字, 确认维修, 完工, 交车); those still ahead are grey. */
export function RepairTimeline({ wo }: { wo: WorkOrder }) {
  const { t } = useTranslation();
  const steps: [string, string | null][] = [
    ['received', wo.receivedAt],
    ['signed', wo.signedAt],
    ['confirmed', wo.confirmedAt],
    ['completed', wo.completedAt],
    ['delivered', wo.deliveredAt],
  ];
  const items = steps.map(([k, at]) => ({
    key: k,
    color: at ? 'green' : 'gray',
    content: (
      <div>
        <Typography.Text strong={!!at} type={at ? undefined : 'secondary'}>
          {t(`wo.steps.${k}`)}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {at ? fmt(at) : k === 'completed' && wo.promisedAt ? t('wo.promisedShort', { time: fmt(wo.promisedAt) }) : '—'}
          </Typography.Text>
        </div>
      </div>
    ),
  }));
  if (wo.status === 'cancelled') {
    items.push({
      key: 'cancelled',
      color: 'red',
      content: <Typography.Text type="danger">{t('wo.cancelledWith', { reason: wo.cancelReason || '—' })}</Typography.Text>,
    });
  }
  return <Timeline items={items} data-testid="wo-timeline" style={{ marginBottom: -16 }} />;
}
