import { useState } from 'react';
import { Button, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import { useSession } from '../../../session/SessionContext';
import { DecisionModal, type DecisionTarget } from '../DecisionModal';
import { fmtTime } from '../SlaCell';
import type { Compensation } from '../types';
import type { Run } from './useTicket';

const COLORS: Record<Compensation['status'], string> = { approved: 'success', pending: 'warning', rejected: 'error' };

/** Compensations on the ticket; pending ones can be decided here when the user's limit covers them. */
export function Compensations({ items, run }: { items: Compensation[]; run: Run }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [target, setTarget] = useState<DecisionTarget | null>(null);
  const covers = (fen: number) => !!me && (me.isSuperuser || me.limits.compensationFen >= fen);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ticket.compNone')} />;
  return (
    <div data-testid="compensations">
      {items.map((c) => (
        <div key={c.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text strong>{formatYuan(c.amountFen)}</Typography.Text>
            <Tag color={COLORS[c.status]}>{t(`ticket.compStatus.${c.status}`)}</Tag>
          </Space>
          <Typography.Paragraph style={{ margin: '2px 0', whiteSpace: 'pre-wrap' }}>{c.reason}</Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ticket.compRequested', { name: c.requestedByName, time: fmtTime(c.createdAt) })}
            {c.decidedByName && ` · ${t('ticket.compDecided', { name: c.decidedByName, time: fmtTime(c.decidedAt) })}`}
            {c.decisionNote && `:${c.decisionNote}`}
          </Typography.Text>
          {c.status === 'pending' &&
            (covers(c.amountFen) ? (
              <Space style={{ display: 'flex', marginTop: 4 }}>
                <Button size="small" type="primary" onClick={() => setTarget({ ...c, approve: true })} data-testid="comp-approve">
                  {t('ticket.compApprove')}
                </Button>
                <Button size="small" danger onClick={() => setTarget({ ...c, approve: false })}>
                  {t('ticket.compReject')}
                </Button>
              </Space>
            ) : (
              <div>
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t('ticket.compAwaiting')}
                </Typography.Text>
              </div>
            ))}
        </div>
      ))}
      <DecisionModal target={target} onClose={() => setTarget(null)} run={run} />
    </div>
  );
}
