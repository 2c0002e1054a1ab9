import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import type { components } from '../../api/openapi.gen';
import { useSession } from '../../session/SessionContext';
import { formatYuan } from '../../lib/format';
import { formatShortDateTime } from '../../lib/time';
import { useRun } from '../crm/useRun';
import { NewTransferModal, ReceiveTransferModal } from './TransferModals';

export type Transfer = components['schemas']['Transfer'];
const STATUS_COLORS: Record<string, string> = {
  requested: 'orange',
  pending_approval: 'orange',
  approved: 'blue',
  in_transit: 'purple',
  partly_received: 'gold',
  received: 'green',
  rejected: 'default',
  cancelled: 'default',
};

/** 调拨: requests and offers between the stations of the network; the supplier approves and ships, the receiver receives. */
export default function TransfersPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const keeper = can('parts.manage');
  const q = useApiQuery('/stock-transfers', { query: { servicePointId: pointId, page: 1, pageSize: 100 }, enabled: !!pointId });
  const run = useRun(useInvalidate('/stock-transfers', '/stock', '/backorders', '/network-stock', '/approvals'));
  const [creating, setCreating] = useState(false);
  const [receiving, setReceiving] = useState<Transfer | null>(null);
  const act = (tr: Transfer, action: 'approve' | 'reject' | 'cancel' | 'shipment') =>
    run(() => callApi('post', `/stock-transfers/{id}/${action}`, { params: { id: tr.id }, body: { version: tr.version, note: '' } }), {
      success: action === 'shipment' ? t('transfers.shipped') : undefined,
    });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.transfers')}
        </Typography.Title>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} aria-label={t('common.refresh')} />
          {keeper && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-transfer">
              {t('transfers.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        data-testid="transfers"
        expandable={{
          expandedRowRender: (tr) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={tr.lines}
              columns={[
                { title: t('transfers.cols.partNo'), dataIndex: 'partNo' },
                { title: t('transfers.cols.name'), dataIndex: 'name' },
                { title: t('transfers.cols.qty'), dataIndex: 'qty', align: 'right' },
                { title: t('transfers.cols.shipped'), dataIndex: 'shipped', align: 'right' },
                { title: t('transfers.cols.received'), dataIndex: 'received', align: 'right' },
                {
                  title: t('transfers.cols.inTransit'),
                  dataIndex: 'inTransit',
                  align: 'right',
                  render: (v: number) => (v > 0 ? <Tag color="purple">{v}</Tag> : v),
                },
                { title: t('transfers.cols.unitCost'), dataIndex: 'unitCostFen', align: 'right', render: (v: number) => formatYuan(v) },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('transfers.cols.number'), dataIndex: 'number', width: 150 },
          {
            title: t('transfers.cols.from'),
            dataIndex: 'fromPointName',
            render: (v: string, r) => (r.fromPointId === pointId ? <Tag>{t('transfers.mine')}</Tag> : v),
          },
          {
            title: t('transfers.cols.to'),
            dataIndex: 'toPointName',
            render: (v: string, r) => (r.toPointId === pointId ? <Tag>{t('transfers.mine')}</Tag> : v),
          },
          { title: t('transfers.cols.origin'), dataIndex: 'origin', render: (v: string) => t(`transfers.origin.${v}`) },
          { title: t('transfers.cols.status'), dataIndex: 'status', render: (v: string) => <Tag color={STATUS_COLORS[v]}>{t(`transfers.status.${v}`)}</Tag> },
          { title: t('transfers.cols.total'), dataIndex: 'totalFen', align: 'right', render: (v: number) => formatYuan(v) },
          { title: t('transfers.cols.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatShortDateTime(v) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, tr) => {
              if (!keeper) return null;
              const supplier = tr.fromPointId === pointId;
              const receiver = tr.toPointId === pointId;
              return (
                <Space size={4} wrap>
                  {supplier && tr.status === 'requested' && (
                    <Button size="small" type="primary" onClick={() => void act(tr, 'approve')}>
                      {t('transfers.approve')}
                    </Button>
                  )}
                  {supplier && (tr.status === 'requested' || tr.status === 'pending_approval') && (
                    <Button size="small" danger onClick={() => void act(tr, 'reject')}>
                      {t('transfers.reject')}
                    </Button>
                  )}
                  {supplier && tr.status === 'approved' && (
                    <Button size="small" type="primary" onClick={() => void act(tr, 'shipment')} data-testid={`ship-${tr.number}`}>
                      {t('transfers.ship')}
                    </Button>
                  )}
                  {receiver && (tr.status === 'in_transit' || tr.status === 'partly_received') && (
                    <Button size="small" type="primary" onClick={() => setReceiving(tr)} data-testid={`receive-${tr.number}`}>
                      {t('transfers.receive')}
                    </Button>
                  )}
                  {(supplier || receiver) && ['requested', 'pending_approval', 'approved'].includes(tr.status) && (
                    <Button size="small" onClick={() => void act(tr, 'cancel')}>
                      {t('transfers.cancel')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {creating && pointId && <NewTransferModal pointId={pointId} run={run} onClose={() => setCreating(false)} />}
      {receiving && pointId && <ReceiveTransferModal transfer={receiving} pointId={pointId} run={run} onClose={() => setReceiving(null)} />}
    </>
  );
}
