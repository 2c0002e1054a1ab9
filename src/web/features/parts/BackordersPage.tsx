import { Button, Empty, Result, Space, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { WorkOrderStatusTag } from '../../components/StatusTags';
import type { WorkOrderStatus } from '../../../domain/work-orders/status';
import { StatsCards } from './StatsCards';
import { qty } from './types';
import { formatShortDateTime } from '../../lib/time';

/** 待料: work-order parts lines short of stock, earliest confirmed first; fill rate and turnover above. */
export default function BackordersPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const list = useApiQuery('/backorders', { query: { servicePointId: pointId }, enabled: !!pointId });
  if (list.error && !list.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.backorders')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
      </Space>
      <StatsCards />
      <Table
        size="small"
        rowKey="workOrderLineId"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        data-testid="backorders"
        locale={{ emptyText: <Empty description={t('parts.noBackorders')} /> }}
        columns={[
          {
            title: t('parts.workOrder'),
            render: (_, r) => (
              <>
                <Link to={`/work-orders/${r.workOrderId}`}>{r.workOrderNumber}</Link> <WorkOrderStatusTag status={r.workOrderStatus as WorkOrderStatus} />
              </>
            ),
          },
          { title: t('parts.plate'), dataIndex: 'plate' },
          { title: t('parts.confirmedAt'), dataIndex: 'confirmedAt', render: (v: string | null) => (v ? formatShortDateTime(v) : '—') },
          { title: t('parts.cols.partNo'), dataIndex: 'partNo' },
          { title: t('parts.cols.name'), dataIndex: 'name' },
          { title: t('parts.requested'), dataIndex: 'requested', align: 'right', render: qty },
          { title: t('parts.cols.reserved'), dataIndex: 'reserved', align: 'right', render: qty },
          { title: t('parts.issued'), dataIndex: 'issued', align: 'right', render: qty },
          {
            title: t('parts.short'),
            dataIndex: 'short',
            align: 'right',
            render: (v: number) => (
              <Typography.Text type="danger" strong>
                {qty(v)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
