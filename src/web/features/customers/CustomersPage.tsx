import { useState } from 'react';
import { Button, Card, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { CrownOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePagedTable } from '../../lib/usePagedTable';
import { useSession } from '../../session/SessionContext';
import { CustomerDetailDrawer } from './CustomerDetailDrawer';
import { CustomerDrawer } from './CustomerDrawer';
import { PlateTag } from './VehicleBits';
import type { Customer } from './types';

/** Warranty summary of a customer's cars: how many are covered, how many are not. */
function WarrantySummary({ c }: { c: Customer }) {
  const { t } = useTranslation();
  const under = c.vehicles.filter((v) => v.isUnderWarranty === true).length;
  const out = c.vehicles.filter((v) => v.isUnderWarranty === false).length;
  if (!under && !out) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={0}>
      {under > 0 && <Tag color="success">{t('cust.underWarrantyN', { count: under })}</Tag>}
      {out > 0 && <Tag color="warning">{t('cust.outOfWarrantyN', { count: out })}</Tag>}
    </Space>
  );
}

/** 客户与车辆: customers with their cars; a row opens the customer's drawer (/customers/:id), the list stays in view. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const navigate = useNavigate();
  const { id: routeId } = useParams();
  const [params] = useSearchParams();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Customer | 'new' | null>(null);
  const canEdit = can('customers.manage');

  const table = usePagedTable('/customers', { query: { servicePointId: pointId, q }, enabled: !!pointId });
  const list = table.query;
  const open = (c: Customer) => navigate(`/customers/${c.id}`);

  if (list.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(list.error as Error).message} />;

  return (
    <Card
      size="small"
      title={t('nav.customers')}
      extra={
        <Space>
          {canEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="customer-new">
              {t('cust.new')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void list.refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('cust.searchPlaceholder')}
          style={{ width: 280 }}
          data-testid="customer-search"
          onSearch={(v) => setQ(v.trim())}
          aria-label={t('cust.searchPlaceholder')}
        />
      </Space>
      <Table<Customer>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={table.items}
        scroll={{ x: 980 }}
        rowClassName={(r) => (r.id === routeId ? 'ant-table-row-selected' : '')}
        onRow={(r) => ({ onClick: () => open(r), style: { cursor: 'pointer' } })}
        locale={{ emptyText: q ? t('cust.noMatch') : canEdit ? t('cust.emptyCanEdit') : t('cust.empty') }}
        pagination={table.pagination}
        columns={[
          {
            title: t('cust.name'),
            dataIndex: 'name',
            width: 200,
            fixed: 'left',
            render: (v: string, c) => (
              <Space size={4}>
                <Typography.Link>{v}</Typography.Link>
                {c.isVip && (
                  <Tag color="gold" icon={<CrownOutlined />} style={{ marginInlineEnd: 0 }}>
                    VIP
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('cust.kind'),
            dataIndex: 'kind',
            width: 72,
            render: (k: string) => <Tag color={k === 'company' ? 'purple' : undefined}>{t(`cust.kinds.${k}`)}</Tag>,
          },
          { title: t('cust.phone'), dataIndex: 'phone', width: 130, render: (v: string) => v || '—' },
          {
            title: t('cust.vehicles'),
            key: 'vehicles',
            render: (_, c) =>
              c.vehicles.length === 0 ? (
                <Typography.Text type="secondary">{t('cust.noVehicles')}</Typography.Text>
              ) : (
                <Space size={[0, 4]} wrap>
                  {c.vehicles.slice(0, 4).map((v) => (
                    <PlateTag key={v.id} plate={v.plate || v.vin.slice(-6)} kind={v.plateKind} />
                  ))}
                  {c.vehicles.length > 4 && <Tag>+{c.vehicles.length - 4}</Tag>}
                </Space>
              ),
          },
          {
            title: t('cust.models'),
            key: 'models',
            width: 200,
            ellipsis: true,
            render: (_, c) =>
              c.vehicles
                .map((v) => `${v.brand} ${v.model}`.trim())
                .filter(Boolean)
                .join('、') || '—',
          },
          { title: t('cust.warranty'), key: 'warranty', width: 150, render: (_, c) => <WarrantySummary c={c} /> },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 80,
                  render: (_: unknown, c: Customer) => (
                    <Button
                      size="small"
                      type="link"
                      icon={<EditOutlined />}
                      onClick={(e) => {
                        e.stopPropagation();
                        setEditing(c);
                      }}
                    >
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <CustomerDrawer
        open={editing !== null}
        customer={editing === 'new' ? undefined : (editing ?? undefined)}
        onClose={() => setEditing(null)}
        onSaved={(c) => {
          const isNew = editing === 'new';
          setEditing(null);
          if (isNew) open(c);
        }}
        onStale={() => setEditing(null)}
      />
      <CustomerDetailDrawer id={routeId ?? null} vehicleId={params.get('vehicle')} onClose={() => navigate('/customers')} />
    </Card>
  );
}
