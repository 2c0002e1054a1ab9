import { Alert, Button, Card, DatePicker, Descriptions, Space, Tag, Typography } from 'antd';
import { DollarOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../../api/query';
import { WorkOrderStatusTag, WorkOrderTypeTag } from '../../../components/StatusTags';
import { PlateTag } from '../../customers/VehicleBits';
import { openPrint } from '../print';
import { formatDateTime } from '../../../lib/time';
import type { WoCtx } from './useWorkOrder';

const LOCKED = ['delivered', 'settled', 'closed', 'cancelled'];
const fmt = formatDateTime;

/** The order at a glance: number, status, type, car, customer, advisor, promised time (editable), print and 去结算. */
export function Header({ wo, run, canEdit, onReload, children }: WoCtx & { onReload: () => void; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locked = LOCKED.includes(wo.status) || !canEdit;
  const setPromised = (d: dayjs.Dayjs | null) =>
    run(() => callApi('patch', '/work-orders/{id}', { params: { id: wo.id }, body: { version: wo.version, promisedAt: d ? d.second(0).format() : null } }), {
      success: t('wo.promisedSaved'),
    });
  const late = wo.promisedAt && !LOCKED.includes(wo.status) && dayjs(wo.promisedAt).isBefore(dayjs());

  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space size={8} wrap>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="wo-number">
            {wo.number}
          </Typography.Text>
          <WorkOrderStatusTag status={wo.status} />
          <WorkOrderTypeTag type={wo.type} />
          <Tag data-testid="wo-source">{t(`wo.source.${wo.source}`)}</Tag>
          {wo.reworkCount > 0 && <Tag color="red">{t('wo.reworkN', { count: wo.reworkCount })}</Tag>}
        </Space>
      }
      extra={
        <Space>
          {['ready', 'settled', 'delivered', 'closed'].includes(wo.status) && wo.type !== 'internal' && (
            <Button
              type={wo.status === 'ready' ? 'primary' : 'default'}
              icon={<DollarOutlined />}
              onClick={() => navigate(`/cashier?workOrderId=${wo.id}`)}
              data-testid="wo-go-cashier"
            >
              {wo.status === 'ready' ? t('wo.goSettle') : t('wo.viewSettlement')}
            </Button>
          )}
          {(wo.status === 'delivered' || wo.status === 'closed') && (
            <Button icon={<PrinterOutlined />} onClick={() => openPrint(`/work-orders/${wo.id}/gate-pass/print`)} data-testid="wo-print-gate-pass">
              {t('wo.printGatePass')}
            </Button>
          )}
          <Button icon={<PrinterOutlined />} onClick={() => openPrint(`/work-orders/${wo.id}/print`)} data-testid="wo-print">
            {t('wo.printOrder')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('common.refresh')} />
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} style={{ marginBottom: children ? 8 : 0 }}>
        <Descriptions.Item label={t('wo.plate')}>
          <PlateTag plate={wo.plate} kind={null} />
        </Descriptions.Item>
        <Descriptions.Item label={t('wo.customer')}>
          <Space size={6}>
            {wo.customerName}
            <Typography.Link href={`tel:${wo.customerPhone}`}>{wo.customerPhone}</Typography.Link>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('wo.model')}>{wo.model || '—'}</Descriptions.Item>
        <Descriptions.Item label="VIN">
          <Typography.Text code style={{ fontSize: 12 }}>
            {wo.vin}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('wo.advisor')}>{wo.advisorName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('wo.receivedAt')}>{fmt(wo.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('wo.mileageIn')}>{`${wo.mileageIn.toLocaleString('zh-CN')} km`}</Descriptions.Item>
        {wo.mileageOut !== null && <Descriptions.Item label={t('ws.mileageOut')}>{`${wo.mileageOut.toLocaleString('zh-CN')} km`}</Descriptions.Item>}
        {wo.qcCertificateNo && (
          <Descriptions.Item label={t('ws.certificateNo')}>
            <span data-testid="wo-certificate-no">{wo.qcCertificateNo}</span>
          </Descriptions.Item>
        )}
        {wo.nextMaintenance && (
          <Descriptions.Item label={t('ws.nextMaintenance')}>
            {t('ws.nextMaintenanceValue', { date: wo.nextMaintenance.date, km: wo.nextMaintenance.km })}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('wo.promisedAt')}>
          {locked ? (
            <Typography.Text type={late ? 'danger' : undefined}>{fmt(wo.promisedAt)}</Typography.Text>
          ) : (
            <DatePicker
              size="small"
              showTime={{ format: 'HH:mm', minuteStep: 15 }}
              format="YYYY-MM-DD HH:mm"
              placeholder={t('wo.promisedPlaceholder')}
              value={wo.promisedAt ? dayjs(wo.promisedAt) : null}
              onChange={(d) => void setPromised(d)}
              status={late ? 'error' : undefined}
              disabledDate={(d) => d.isBefore(dayjs(wo.receivedAt), 'day')}
              style={{ width: 170 }}
              data-testid="wo-promised"
              aria-label={t('wo.promisedPlaceholder')}
            />
          )}
        </Descriptions.Item>
      </Descriptions>
      {wo.status === 'cancelled' && <Alert type="error" showIcon title={t('wo.cancelledWith', { reason: wo.cancelReason || '—' })} />}
      {children}
    </Card>
  );
}
