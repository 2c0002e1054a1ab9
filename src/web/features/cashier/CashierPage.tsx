import { useMemo, useState } from 'react';
import { Button, Card, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../lib/format';
import { useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { PlateTag } from '../customers/VehicleBits';
import { openPrint } from '../work-orders/print';
import type { WorkOrderListItem } from '../work-orders/types';
import { localDate } from '../../../domain/time/index';
import { usePointDay } from '../appointments/usePointDay';
import { SettlementDrawer } from './SettlementDrawer';
import { SETTLEMENT_STATUS_COLORS, type Settlement } from './types';
import { useSettlements } from './useSettlements';
import { formatShortDateTime } from '../../lib/time';

const fmt = (iso: string | null) => (iso ? formatShortDateTime(iso) : '—');

/** 收银结算: orders that passed QC waiting for settlement or 挂账 (with their discount approvals) and what was settled today. */
export default function CashierPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const openId = params.get('workOrderId');
  const open = (id: string | null) => setParams(id ? { workOrderId: id } : {}, { replace: true });

  // Release control: an order is settled (or put on account) after QC and before the car is handed over.
  const due = useApiQuery('/work-orders', { query: { servicePointId: pointId, status: 'ready', q, pageSize: 100 }, enabled: !!pointId });
  const recent = useApiQuery('/work-orders', { query: { servicePointId: pointId, status: 'settled,delivered,closed', pageSize: 40 }, enabled: !!pointId });
  const dueIds = useMemo(() => (due.data?.items ?? []).map((w) => w.id), [due.data]);
  const recentIds = useMemo(() => (recent.data?.items ?? []).map((w) => w.id), [recent.data]);
  const dueSt = useSettlements(dueIds);
  const recentSt = useSettlements(recentIds);
  const { today, timeZone } = usePointDay(); // the station's day, not the browser's
  const settledToday = (recent.data?.items ?? [])
    .map((w) => ({ w, s: recentSt.map.get(w.id) }))
    .filter((r): r is { w: WorkOrderListItem; s: Settlement } => !!r.s?.settledAt && localDate(timeZone, new Date(r.s.settledAt)) === today);
  // The lists and each order's settlement.
  const reload = useInvalidate('/work-orders');

  const error = due.error ?? recent.error;
  if (error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(error as Error).message} />;
  const total = settledToday.reduce((sum, r) => sum + r.s.payableFen, 0);

  return (
    <>
      <Card
        size="small"
        title={t('cashier.dueTitle')}
        style={{ marginBottom: 12 }}
        extra={
          <Space>
            <Input.Search
              allowClear
              placeholder={t('wo.searchPlaceholder')}
              style={{ width: 240 }}
              onSearch={(v) => setQ(v.trim())}
              data-testid="cashier-search"
              aria-label={t('wo.searchPlaceholder')}
            />
            <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
          </Space>
        }
      >
        <Table<WorkOrderListItem>
          size="small"
          rowKey="id"
          loading={due.isFetching || dueSt.loading}
          dataSource={due.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('cashier.noneDue') }}
          data-testid="cashier-due"
          onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('wo.number'), dataIndex: 'number', width: 140, render: (v: string) => <Typography.Link>{v}</Typography.Link> },
            { title: t('wo.plate'), dataIndex: 'plate', width: 110, render: (v: string) => <PlateTag plate={v} kind={null} /> },
            { title: t('wo.customer'), dataIndex: 'customerName', width: 110, ellipsis: true },
            { title: t('wo.advisor'), dataIndex: 'advisorName', width: 90, render: (v: string | null) => v ?? '—' },
            { title: t('cashier.completedAt'), dataIndex: 'completedAt', width: 110, render: fmt },
            { title: t('wo.customerPayable'), key: 'p', width: 110, align: 'right', render: (_, r) => formatYuan(r.totals.customerPayableFen) },
            {
              title: t('cashier.settlementStatus'),
              key: 's',
              width: 110,
              render: (_, r) => {
                const s = dueSt.map.get(r.id);
                const k = s ? s.status : 'none';
                return <Tag color={SETTLEMENT_STATUS_COLORS[k]}>{t(`cashier.status.${k}`)}</Tag>;
              },
            },
            {
              title: t('common.actions'),
              key: 'a',
              width: 90,
              render: (_, r) => (
                <Button
                  size="small"
                  type="primary"
                  onClick={(e) => {
                    e.stopPropagation();
                    open(r.id);
                  }}
                  data-testid={`settle-${r.number}`}
                >
                  {t('cashier.settle')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('cashier.todayTitle')}
        extra={<Typography.Text>{t('cashier.todayTotal', { count: settledToday.length, amount: formatYuan(total) })}</Typography.Text>}
      >
        <Table
          size="small"
          rowKey={(r) => r.s.id}
          loading={recent.isFetching || recentSt.loading}
          dataSource={settledToday}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('cashier.noneToday') }}
          data-testid="cashier-today"
          onRow={(r) => ({ onClick: () => open(r.w.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('cashier.settlementNoCol'), key: 'sn', width: 140, render: (_, r) => r.s.number },
            { title: t('wo.number'), key: 'n', width: 140, render: (_, r) => r.w.number },
            { title: t('wo.plate'), key: 'pl', width: 100, render: (_, r) => r.w.plate },
            { title: t('wo.customer'), key: 'c', width: 100, ellipsis: true, render: (_, r) => r.w.customerName },
            { title: t('cashier.discount'), key: 'd', width: 100, align: 'right', render: (_, r) => (r.s.discountFen ? formatYuan(r.s.discountFen) : '—') },
            {
              title: t('cashier.collected'),
              key: 'pay',
              width: 110,
              align: 'right',
              render: (_, r) => <Typography.Text strong>{formatYuan(r.s.payableFen)}</Typography.Text>,
            },
            {
              title: t('cashier.methodsCol'),
              key: 'm',
              ellipsis: true,
              render: (_, r) =>
                r.s.onAccount ? t('cashier.onAccount') : r.s.payments.map((p) => t(`cashier.methods.${p.method}`, { defaultValue: p.method })).join('、'),
            },
            { title: t('cashier.settledAt'), key: 't', width: 90, render: (_, r) => fmt(r.s.settledAt) },
            {
              title: '',
              key: 'pr',
              width: 50,
              render: (_, r) => (
                <Button
                  size="small"
                  type="text"
                  icon={<PrinterOutlined />}
                  aria-label={t('cashier.print')}
                  onClick={(e) => {
                    e.stopPropagation();
                    openPrint(`/work-orders/${r.w.id}/settlement/print`);
                  }}
                />
              ),
            },
          ]}
        />
      </Card>
      <SettlementDrawer workOrderId={openId} onClose={() => open(null)} />
    </>
  );
}
