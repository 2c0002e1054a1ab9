import { useQueries } from '@tanstack/react-query';
import { Alert, Button, Empty, Space, Table, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { apiQueryOptions } from '../../api/query';
import { WorkOrderStatusTag, WorkOrderTypeTag } from '../../components/StatusTags';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { WorkOrderListItem } from '../work-orders/types';
import type { Vehicle } from './types';

/** The cars' orders as one list, newest first; null while loading. */
function newestFirst(results: { data?: { items: WorkOrderListItem[] }; error: unknown }[]) {
  const failed = results.find((r) => r.error)?.error as Error | undefined;
  if (failed) return { rows: [] as WorkOrderListItem[], error: failed.message };
  if (!results.every((r) => r.data)) return { rows: null, error: null };
  return { rows: results.flatMap((r) => r.data!.items).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)), error: null };
}

/** 维修历史 of the customer's cars, newest first; a row opens the work order, and a car can be received from here. */
export function RepairHistory({ vehicles }: { vehicles: Vehicle[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const canOpen = can('work-orders.manage');
  // One cached list per car (a customer has a few); a car the user may not see answers 404 and adds nothing.
  const { rows, error } = useQueries({
    queries: vehicles.map((v) => {
      const o = apiQueryOptions('/work-orders', { query: { vehicleId: v.id, pageSize: 100 } });
      return {
        ...o,
        queryFn: (c: { signal: AbortSignal }) => o.queryFn(c).catch((e: unknown) => (isApiError(e) && e.status === 404 ? { items: [] } : Promise.reject(e))),
      };
    }),
    combine: newestFirst,
  });

  const receive = canOpen && vehicles.length > 0 && (
    <Space wrap size={[6, 6]} style={{ marginBottom: 8 }}>
      {vehicles.map((v) => (
        <Button
          key={v.id}
          size="small"
          icon={<FileAddOutlined />}
          onClick={() => navigate(`/work-orders/new?vehicleId=${v.id}`)}
          data-testid={`receive-${v.id}`}
        >
          {t('wo.receiveCar', { plate: v.plate || v.vin.slice(-6) })}
        </Button>
      ))}
    </Space>
  );
  if (error) return <Alert type="warning" showIcon title={t('common.loadFailed')} description={error} />;
  if (rows !== null && rows.length === 0)
    return (
      <>
        {receive}
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cust.noHistory')} data-testid="history-empty" />
      </>
    );

  return (
    <>
      {receive}
      <Table<WorkOrderListItem>
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={rows ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        onRow={(r) => (canOpen ? { onClick: () => navigate(`/work-orders/${r.id}`), style: { cursor: 'pointer' } } : {})}
        columns={[
          { title: t('cust.hist.number'), dataIndex: 'number', width: 140, render: (v: string) => (canOpen ? <Typography.Link>{v}</Typography.Link> : v) },
          { title: t('cust.hist.receivedAt'), dataIndex: 'receivedAt', width: 100, render: (v: string) => dayjs(v).format('YYYY-MM-DD') },
          ...(vehicles.length > 1 ? [{ title: t('cust.hist.plate'), dataIndex: 'plate', width: 100 }] : []),
          { title: t('cust.hist.type'), dataIndex: 'type', width: 110, render: (v: WorkOrderListItem['type']) => <WorkOrderTypeTag type={v} /> },
          { title: t('common.status'), dataIndex: 'status', width: 90, render: (v: WorkOrderListItem['status']) => <WorkOrderStatusTag status={v} /> },
          { title: t('cust.hist.mileage'), dataIndex: 'mileageIn', width: 100, align: 'right', render: (v: number) => `${v.toLocaleString('zh-CN')} km` },
          { title: t('cust.hist.concerns'), dataIndex: 'concerns', ellipsis: true },
          { title: t('wo.customerPayable'), key: 'amount', width: 110, align: 'right', render: (_, r) => formatYuan(r.totals.customerPayableFen) },
        ]}
      />
    </>
  );
}
