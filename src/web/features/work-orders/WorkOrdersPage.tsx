import { useState } from 'react';
import { Button, Card, Input, Result, Space, Table, Tabs, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { WORK_ORDER_STATUSES } from '../../../domain/work-orders/status';
import { WorkOrderStatusTag, WorkOrderTypeTag } from '../../components/StatusTags';
import { formatYuan } from '../../lib/format';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { PlateTag } from '../customers/VehicleBits';
import { OPEN_STATUSES, useWoLabels, type WorkOrderListItem } from './types';
import { formatShortDateTime } from '../../lib/time';

const TABS = ['open', ...WORK_ORDER_STATUSES, 'all'] as const;
const fmt = (iso: string | null) => (iso ? formatShortDateTime(iso) : '—');
const isLate = (w: WorkOrderListItem) => !!w.promisedAt && OPEN_STATUSES.includes(w.status) && dayjs(w.promisedAt).isBefore(dayjs());

/** 工单: the station's work orders by status, searchable by plate, VIN or number; a row opens the order. */
export default function WorkOrdersPage() {
  const { t } = useTranslation();
  const labels = useWoLabels();
  const navigate = useNavigate();
  const { pointId, can } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as (typeof TABS)[number]) ?? 'open';
  const [q, setQ] = useState('');
  const status = tab === 'all' ? undefined : tab === 'open' ? OPEN_STATUSES.join(',') : tab;
  const table = usePagedTable('/work-orders', { query: { servicePointId: pointId, status, q }, enabled: !!pointId });
  const list = table.query;

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;

  return (
    <Card
      size="small"
      title={t('nav.workOrders')}
      extra={
        <Space>
          {can('work-orders.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/work-orders/new')} data-testid="wo-new">
              {t('nav.reception')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={TABS.map((k) => ({ key: k, label: k === 'open' ? t('wo.tabOpen') : k === 'all' ? t('wo.tabAll') : labels.status(k) }))}
      />
      <Input.Search
        allowClear
        placeholder={t('wo.searchPlaceholder')}
        aria-label={t('wo.searchPlaceholder')}
        style={{ width: 260, marginBottom: 12 }}
        data-testid="wo-search"
        onSearch={(v) => setQ(v.trim())}
      />
      <Table<WorkOrderListItem>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={table.items}
        scroll={{ x: 1060 }}
        onRow={(r) => ({ onClick: () => navigate(`/work-orders/${r.id}`), style: { cursor: 'pointer' } })}
        locale={{ emptyText: q ? t('wo.noMatch') : t('wo.empty') }}
        pagination={table.pagination}
        columns={[
          { title: t('wo.number'), dataIndex: 'number', width: 140, fixed: 'left', render: (v: string) => <Typography.Link>{v}</Typography.Link> },
          { title: t('wo.plate'), dataIndex: 'plate', width: 110, render: (v: string) => <PlateTag plate={v} kind={null} /> },
          { title: t('wo.customer'), dataIndex: 'customerName', width: 110, ellipsis: true },
          { title: t('wo.model'), dataIndex: 'model', width: 130, ellipsis: true },
          { title: t('wo.type'), dataIndex: 'type', width: 110, render: (v: WorkOrderListItem['type']) => <WorkOrderTypeTag type={v} /> },
          { title: t('common.status'), dataIndex: 'status', width: 96, render: (v: WorkOrderListItem['status']) => <WorkOrderStatusTag status={v} /> },
          { title: t('wo.advisor'), dataIndex: 'advisorName', width: 90, render: (v: string | null) => v ?? '—' },
          { title: t('wo.receivedAt'), dataIndex: 'receivedAt', width: 100, render: fmt },
          {
            title: t('wo.promisedAt'),
            dataIndex: 'promisedAt',
            width: 100,
            render: (v: string | null, r) => (
              <Typography.Text type={isLate(r) ? 'danger' : undefined} title={isLate(r) ? t('wo.late') : undefined}>
                {fmt(v)}
              </Typography.Text>
            ),
          },
          { title: t('wo.customerPayable'), key: 'payable', width: 110, align: 'right', render: (_, r) => formatYuan(r.totals.customerPayableFen) },
        ]}
      />
    </Card>
  );
}
