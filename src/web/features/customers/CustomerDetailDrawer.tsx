import { useState } from 'react';
import { Button, Descriptions, Drawer, Result, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { CrownOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { CustomerDrawer } from './CustomerDrawer';
import { RepairHistory } from './RepairHistory';
import { WarrantyTab } from '../warranty/WarrantyPanel';
import { RefusedWorkList } from '../extra-work/RefusedWorkList';
import { CustomerMessages } from '../messages/CustomerMessages';
import { VehicleDrawer } from './VehicleDrawer';
import { VehicleTable } from './VehicleTable';
import type { Vehicle } from './types';

interface Props {
  id: string | null;
  /** The vehicle a search hit pointed at (highlighted). */
  vehicleId: string | null;
  onClose: () => void;
}

/** One customer: contact data, the cars (add / edit, VIN check) and their repair history. */
export function CustomerDetailDrawer({ id, vehicleId, onClose }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  const canEdit = can('customers.manage');
  const { data: c, isFetching: loading, error, refetch } = useApiQuery('/customers/{id}', { params: { id: id ?? '' }, enabled: !!id });
  const [editCustomer, setEditCustomer] = useState(false);
  const [vehicle, setVehicle] = useState<Vehicle | 'new' | null>(null);
  const customer = c && c.id === id ? c : undefined;

  const title = customer ? (
    <Space size={8} wrap>
      <span data-testid="customer-title">{customer.name}</span>
      <Tag color={customer.kind === 'company' ? 'purple' : undefined}>{t(`cust.kinds.${customer.kind}`)}</Tag>
      {customer.isVip && (
        <Tag color="gold" icon={<CrownOutlined />}>
          VIP
        </Tag>
      )}
    </Space>
  ) : (
    t('cust.detail')
  );

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={960}
      title={title}
      destroyOnHidden
      data-testid="customer-drawer"
      styles={{ body: { paddingTop: 12 } }}
      extra={
        <Space>
          {canEdit && customer && (
            <Button icon={<EditOutlined />} onClick={() => setEditCustomer(true)} data-testid="customer-edit">
              {t('common.edit')}
            </Button>
          )}
          {canEdit && customer && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setVehicle('new')} data-testid="vehicle-new">
              {t('vehicle.add')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      {error ? (
        <Result status="warning" title={t('common.loadFailed')} subTitle={(error as Error).message} />
      ) : !customer ? (
        <div style={{ display: 'grid', placeItems: 'center', minHeight: 200 }}>
          <Spin spinning={loading} />
        </div>
      ) : (
        <>
          <Descriptions size="small" column={3} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('cust.phone')}>{customer.phone || '—'}</Descriptions.Item>
            {customer.kind === 'company' && (
              <Descriptions.Item label={t('cust.uscc')}>
                <Typography.Text code>{customer.uscc ?? '—'}</Typography.Text>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('cust.address')} span={customer.kind === 'company' ? 1 : 2}>
              {customer.address || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('cust.contacts')} span={3}>
              {customer.contacts.length === 0 ? (
                <Typography.Text type="secondary">{t('cust.noContacts')}</Typography.Text>
              ) : (
                <Space wrap size={[16, 0]}>
                  {customer.contacts.map((p, i) => (
                    <span key={i}>
                      {p.name}
                      {p.role && <Typography.Text type="secondary"> ({p.role})</Typography.Text>} {p.phone}
                    </span>
                  ))}
                </Space>
              )}
            </Descriptions.Item>
            {customer.notes ? (
              <Descriptions.Item label={t('cust.notes')} span={3}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{customer.notes}</span>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          <Tabs
            size="small"
            items={[
              {
                key: 'vehicles',
                label: t('cust.vehiclesTab', { count: customer.vehicles.length }),
                children: <VehicleTable vehicles={customer.vehicles} highlightId={vehicleId} canEdit={canEdit} onEdit={setVehicle} />,
              },
              { key: 'history', label: t('cust.history'), children: <RepairHistory vehicles={customer.vehicles} /> },
              { key: 'refused', label: t('xw.refusedTab'), children: <RefusedWorkList vehicles={customer.vehicles} /> },
              { key: 'warranty', label: t('wty.tab'), children: <WarrantyTab vehicles={customer.vehicles} /> },
              { key: 'messages', label: t('messages.history'), children: <CustomerMessages customerId={customer.id} /> },
            ]}
          />
          <CustomerDrawer
            open={editCustomer}
            customer={customer}
            onClose={() => setEditCustomer(false)}
            onSaved={() => setEditCustomer(false)}
            onStale={() => setEditCustomer(false)}
          />
          <VehicleDrawer
            open={vehicle !== null}
            customer={customer}
            vehicle={vehicle === 'new' ? undefined : (vehicle ?? undefined)}
            onClose={() => setVehicle(null)}
            onSaved={() => setVehicle(null)}
            onStale={() => setVehicle(null)}
          />
        </>
      )}
    </Drawer>
  );
}
