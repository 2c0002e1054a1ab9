import { useEffect, useState } from 'react';
import { Alert, Button, Empty, Space, Table, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../../contracts/work-orders';
import { api, isApiError } from '../../api/client';
import { WorkOrderStatusTag, WorkOrderTypeTag } from '../../components/StatusTags';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { Vehicle } from './types';

type Row = Pick<WorkOrder, 'id' | 'number' | 'type' | 'status' | 'plate' | 'receivedAt' | 'mileageIn' | 'concerns' | 'quote'>;

/** 维修历史 of the customer's cars, newest first; a row opens the work order, and a car can be received from here. */
export function RepairHistory({ vehicles }: { vehicles: Vehicle[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const canOpen = can('work-orders.manage');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = vehicles.map((v) => v.id).join(',');

  useEffect(() => {
    const ctrl = new AbortController();
    setRows(null);
    setError(null);
    Promise.all(vehicles.map((v) =>
      api.get<{ items: Row[] }>('/work-orders', { vehicleId: v.id, pageSize: 100 }, ctrl.signal)
        .then((r) => r.items ?? [])
        .catch((e: unknown) => {
          if (isApiError(e) && e.status === 404) return [];
          throw e;
        }),
    ))
      .then((lists) => setRows(lists.flat().sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))))
      .catch((e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setError((e as Error).message);
        setRows([]);
      });
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const receive = canOpen && vehicles.length > 0 && (
    <Space wrap size={[6, 6]} style={{ marginBottom: 8 }}>
      {vehicles.map((v) => (
        <Button key={v.id} size="small" icon={<FileAddOutlined />} onClick={() => navigate(`/work-orders/new?vehicleId=${v.id}`)} data-testid={`receive-${v.id}`}>
          {t('wo.receiveCar', { plate: v.plate || v.vin.slice(-6) })}
        </Button>
      ))}
    </Space>
  );
  if (error) return <Alert type="warning" showIcon title={t('common.loadFailed')} description={error} />;
  if (rows !== null && rows.length === 0) return <>{receive}<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cust.noHistory')} data-testid="history-empty" /></>;

  return (
    <>
      {receive}
      <Table<Row>
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
          { title: t('cust.hist.type'), dataIndex: 'type', width: 110, render: (v: WorkOrder['type']) => <WorkOrderTypeTag type={v} /> },
          { title: t('common.status'), dataIndex: 'status', width: 90, render: (v: WorkOrder['status']) => <WorkOrderStatusTag status={v} /> },
          { title: t('cust.hist.mileage'), dataIndex: 'mileageIn', width: 100, align: 'right', render: (v: number) => `${v.toLocaleString('zh-CN')} km` },
          { title: t('cust.hist.concerns'), dataIndex: 'concerns', ellipsis: true },
          { title: t('wo.customerPayable'), key: 'amount', width: 110, align: 'right', render: (_, r) => formatYuan(r.quote.customerPayableFen) },
        ]}
      />
    </>
  );
}
