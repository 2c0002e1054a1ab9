import { Button, Space, Table, Typography } from 'antd';
import { CalendarOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { WarrantyTag } from '../../components/StatusTags';
import { useSession } from '../../session/SessionContext';
import { formatKm, PlateTag, VinText } from './VehicleBits';
import type { Vehicle } from './types';

interface Props {
  vehicles: Vehicle[];
  highlightId: string | null;
  canEdit: boolean;
  onEdit: (v: Vehicle) => void;
}

/** A customer's cars: plate, model, VIN (check-digit warning), mileage, warranty. */
export function VehicleTable({ vehicles, highlightId, canEdit, onEdit }: Props) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const canBook = can('appointments.manage', 'workshop.dispatch');

  return (
    <Table<Vehicle>
      size="small"
      rowKey="id"
      dataSource={vehicles}
      pagination={false}
      scroll={{ x: 860 }}
      data-testid="vehicle-table"
      rowClassName={(v) => (v.id === highlightId ? 'ant-table-row-selected' : '')}
      locale={{ emptyText: canEdit ? t('cust.noVehiclesCanEdit') : t('cust.noVehiclesYet') }}
      columns={[
        { title: t('vehicle.plate'), dataIndex: 'plate', width: 120, render: (p: string, v) => <PlateTag plate={p} kind={v.plateKind} /> },
        {
          title: t('vehicle.model'),
          key: 'model',
          width: 170,
          render: (_, v) => (
            <>
              <div>{`${v.brand} ${v.model}`.trim() || '—'}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[v.modelFamily && v.modelFamily !== v.model ? v.modelFamily : '', v.modelYear ? t('vehicle.yearN', { year: v.modelYear }) : '']
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </>
          ),
        },
        { title: t('vehicle.vin'), dataIndex: 'vin', width: 210, render: (vin: string, v) => <VinText vin={vin} valid={v.isVinCheckValid} copyable /> },
        { title: t('vehicle.mileage'), dataIndex: 'mileageKm', width: 100, align: 'right', render: (km: number) => formatKm(km) },
        {
          title: t('vehicle.warranty'),
          key: 'warranty',
          width: 200,
          render: (_, v) => (
            <Space size={4} align="start">
              <WarrantyTag value={v.isUnderWarranty} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {v.warrantyUntil ?? '—'}
                <br />
                {v.warrantyKm != null ? formatKm(v.warrantyKm) : '—'}
              </Typography.Text>
            </Space>
          ),
        },
        ...(canEdit || canBook
          ? [
              {
                title: t('common.actions'),
                key: 'a',
                width: 150,
                fixed: 'right' as const,
                render: (_: unknown, v: Vehicle) => (
                  <Space size={0}>
                    {canEdit && (
                      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(v)}>
                        {t('common.edit')}
                      </Button>
                    )}
                    {canBook && (
                      <Button size="small" type="link" icon={<CalendarOutlined />} onClick={() => navigate(`/appointments?vehicle=${v.id}`)}>
                        {t('vehicle.book')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
