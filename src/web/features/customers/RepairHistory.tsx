import { useEffect, useState } from 'react';
import { Alert, Empty, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WorkOrder } from '../../../contracts/work-orders';
import { WORK_ORDER_STATUS_LABELS, WORK_ORDER_TYPE_LABELS } from '../../../domain/work-orders/labels';
import { api, isApiError } from '../../api/client';
import { formatYuan } from '../../lib/format';
import type { Vehicle } from './types';

type Row = Pick<WorkOrder, 'id' | 'number' | 'type' | 'status' | 'plate' | 'receivedAt' | 'mileageIn' | 'concerns'> & { quote?: WorkOrder['quote'] };

/**
 * 维修历史 of the customer's cars, newest first. The work-order list may not be served yet:
 * a 404 (or 405) just means "no records", not an error.
 */
export function RepairHistory({ vehicles }: { vehicles: Vehicle[] }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = vehicles.map((v) => v.id).join(',');
  const en = i18n.language === 'en-US';

  useEffect(() => {
    const ctrl = new AbortController();
    setRows(null);
    setError(null);
    Promise.all(vehicles.map((v) =>
      api.get<{ items: Row[] }>('/work-orders', { vehicleId: v.id }, ctrl.signal)
        .then((r) => r.items ?? [])
        .catch((e: unknown) => {
          if (isApiError(e) && (e.status === 404 || e.status === 405)) return [];
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

  if (error) return <Alert type="warning" showIcon title={t('common.loadFailed')} description={error} />;
  if (rows !== null && rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cust.noHistory')} data-testid="history-empty" />;
  const label = (l: { zh: string; en: string } | undefined, fallback: string) => (l ? (en ? l.en : l.zh) : fallback);

  return (
    <Table<Row>
      size="small"
      rowKey="id"
      loading={rows === null}
      dataSource={rows ?? []}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      columns={[
        { title: t('cust.hist.number'), dataIndex: 'number', width: 140 },
        { title: t('cust.hist.receivedAt'), dataIndex: 'receivedAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
        { title: t('cust.hist.plate'), dataIndex: 'plate', width: 100 },
        { title: t('cust.hist.type'), dataIndex: 'type', width: 100, render: (v: WorkOrder['type']) => label(WORK_ORDER_TYPE_LABELS[v], v) },
        { title: t('cust.hist.mileage'), dataIndex: 'mileageIn', width: 100, align: 'right', render: (v: number) => `${v.toLocaleString('zh-CN')} km` },
        { title: t('cust.hist.concerns'), dataIndex: 'concerns', ellipsis: true },
        { title: t('cust.hist.amount'), key: 'amount', width: 110, align: 'right', render: (_, r) => (r.quote ? formatYuan(r.quote.total.amountFen) : '—') },
        { title: t('common.status'), dataIndex: 'status', width: 90, render: (v: WorkOrder['status']) => <Tag>{label(WORK_ORDER_STATUS_LABELS[v], v)}</Tag> },
      ]}
    />
  );
}
