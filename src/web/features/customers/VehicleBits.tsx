import { Space, Tag, Tooltip, Typography } from 'antd';
import { ThunderboltOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A plate as on the car: new-energy plates green (with a bolt), ordinary ones blue. */
export function PlateTag({ plate, kind }: { plate: string; kind: string | null }) {
  const { t } = useTranslation();
  if (!plate) return <Tag>{t('vehicle.noPlate')}</Tag>;
  const ne = kind === 'new-energy';
  return (
    <Tooltip title={ne ? t('vehicle.newEnergy') : undefined}>
      <Tag
        color={ne ? 'green' : 'blue'}
        icon={ne ? <ThunderboltOutlined /> : undefined}
        style={{ fontFamily: 'monospace', fontWeight: 600 }}
        data-plate-kind={kind ?? ''}
      >
        {plate}
      </Tag>
    </Tooltip>
  );
}

/** VIN in a fixed-width font; a warning mark when its check digit did not match and the user confirmed it. */
export function VinText({ vin, valid, copyable }: { vin: string; valid: boolean; copyable?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Typography.Text code copyable={copyable} style={{ fontSize: 12 }}>
        {vin}
      </Typography.Text>
      {!valid && (
        <Tooltip title={t('vehicle.vinCheckInvalid')}>
          <WarningFilled style={{ color: '#d48806' }} aria-label={t('vehicle.vinCheckInvalid')} data-testid="vin-check-warning" />
        </Tooltip>
      )}
    </Space>
  );
}

export const formatKm = (km: number | null | undefined) => (km == null ? '—' : `${km.toLocaleString('zh-CN')} km`);
