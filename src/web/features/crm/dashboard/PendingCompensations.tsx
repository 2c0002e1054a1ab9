import { useState } from 'react';
import { Button, Card, Space, Table, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../lib/format';
import { useApiQuery, useInvalidate } from '../../../api/query';
import { DecisionModal, type DecisionTarget } from '../DecisionModal';
import { fmtTime } from '../SlaCell';
import type { PendingCompensation } from '../types';
import { TICKET_QUERIES } from '../detail/useTicket';
import { useRun } from '../useRun';

/** Compensations above their requester's limit that the current user may approve. */
export function PendingCompensations() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useApiQuery('/compensations/pending');
  const run = useRun(useInvalidate(...TICKET_QUERIES));
  const [target, setTarget] = useState<DecisionTarget | null>(null);
  return (
    <Card size="small" title={t('crm.pendingTitle')} style={{ marginTop: 12 }} data-testid="pending-compensations">
      <Table<PendingCompensation>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('crm.pendingEmpty') }}
        columns={[
          {
            title: t('ticket.number'),
            dataIndex: 'ticketNumber',
            width: 140,
            render: (v: string, r) => <Typography.Link onClick={() => navigate(`/tickets/${r.ticketId}`)}>{v}</Typography.Link>,
          },
          { title: t('ticket.title'), dataIndex: 'ticketTitle', ellipsis: true },
          { title: t('ticket.compAmount'), dataIndex: 'amountFen', width: 110, align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('ticket.compReason'), dataIndex: 'reason', ellipsis: true },
          { title: t('crm.requestedBy'), dataIndex: 'requestedByName', width: 100 },
          { title: t('crm.requestedAt'), dataIndex: 'createdAt', width: 130, render: (v: string) => fmtTime(v) },
          {
            title: t('common.actions'),
            key: 'a',
            width: 140,
            render: (_, r) => (
              <Space size={4}>
                <Button size="small" type="primary" onClick={() => setTarget({ ...r, approve: true })}>
                  {t('ticket.compApprove')}
                </Button>
                <Button size="small" danger onClick={() => setTarget({ ...r, approve: false })}>
                  {t('ticket.compReject')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <DecisionModal target={target} onClose={() => setTarget(null)} run={run} />
    </Card>
  );
}
