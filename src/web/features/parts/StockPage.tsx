import { useState } from 'react';
import { Button, Input, Result, Space, Table, Tabs, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../lib/format';
import { useApiQuery } from '../../api/query';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { LocationsPanel } from './LocationsPanel';
import { NetworkStockButton } from './NetworkStockButton';
import { StockDrawer, type StockDrawerMode } from './StockDrawers';
import { qty, type StockLevel } from './types';

/** 库存: per part on hand / reserved / available / backordered / value at cost, by location; receipts, counts; locations. */
export default function StockPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const canManage = can('parts.manage');
  const [q, setQ] = useState('');
  const [drawer, setDrawer] = useState<StockDrawerMode | null>(null);
  const paged = usePagedTable('/stock', { query: { q, servicePointId: pointId }, enabled: !!pointId, pageSize: 50, pageSizeOptions: null });
  const stock = paged.query;
  const locs = useApiQuery('/warehouse-locations', { query: { servicePointId: pointId }, enabled: !!pointId });
  if (stock.error && !stock.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(stock.error as Error).message} />;

  const table = (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder={t('parts.searchPlaceholder')}
          onSearch={(v) => setQ(v.trim())}
          style={{ width: 280 }}
          data-testid="stock-search"
          aria-label={t('parts.searchPlaceholder')}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void stock.refetch()} aria-label={t('common.refresh')} />
      </Space>
      <Table
        size="small"
        rowKey="partId"
        loading={stock.isFetching}
        dataSource={paged.items}
        scroll={{ x: 1000 }}
        data-testid="stock-table"
        pagination={paged.pagination}
        columns={[
          { title: t('parts.cols.partNo'), dataIndex: 'partNo', width: 130, fixed: 'left' },
          {
            title: t('parts.cols.name'),
            dataIndex: 'name',
            render: (v: string, r) => (
              <>
                {v}
                {!r.isActive && <Tag style={{ marginLeft: 4 }}>{t('parts.inactive')}</Tag>}
              </>
            ),
          },
          {
            title: t('parts.cols.locations'),
            render: (_, r) =>
              r.locations.map((l) => (
                <Tag key={l.locationId} bordered={false}>
                  {l.code} · {qty(l.onHand)}
                </Tag>
              )),
          },
          { title: t('parts.cols.onHand'), dataIndex: 'onHand', align: 'right', width: 80, render: (v: number, r) => `${qty(v)} ${r.unit}` },
          { title: t('parts.cols.reserved'), dataIndex: 'reserved', align: 'right', width: 70, render: qty },
          {
            title: t('parts.cols.available'),
            dataIndex: 'available',
            align: 'right',
            width: 70,
            render: (v: number) => <Typography.Text type={v <= 0 ? 'danger' : undefined}>{qty(v)}</Typography.Text>,
          },
          {
            title: t('parts.cols.backordered'),
            dataIndex: 'backordered',
            align: 'right',
            width: 70,
            render: (v: number) =>
              v > 0 ? (
                <Typography.Text type="danger" strong>
                  {qty(v)}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          { title: t('parts.cols.value'), dataIndex: 'valueFen', align: 'right', width: 110, render: (v: number) => formatYuan(v) },
          {
            title: t('transfers.network'),
            key: 'network',
            width: 90,
            render: (_: unknown, r: StockLevel) => <NetworkStockButton partNo={r.partNo} pointId={pointId} />,
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 120,
                  render: (_: unknown, r: StockLevel) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setDrawer({ kind: 'receipt', part: r })} data-testid={`receipt-${r.partNo}`}>
                        {t('parts.receipt')}
                      </Button>
                      <Button type="link" size="small" onClick={() => setDrawer({ kind: 'adjust', part: r })}>
                        {t('parts.adjust')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </>
  );

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('nav.stock')}
      </Typography.Title>
      <Tabs
        items={[
          { key: 'stock', label: t('parts.tabStock'), children: table },
          {
            key: 'locations',
            label: t('parts.tabLocations'),
            children: <LocationsPanel items={locs.data?.items ?? []} loading={locs.isFetching} canManage={canManage} />,
          },
        ]}
      />
      <StockDrawer mode={drawer} locations={locs.data?.items ?? []} onClose={() => setDrawer(null)} />
    </>
  );
}
