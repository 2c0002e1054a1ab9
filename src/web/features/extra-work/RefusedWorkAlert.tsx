import { Alert, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';

/** 拒修项目 of a car (from its other orders): shown at its next visit, on the order and the vehicle. */
export function RefusedWorkAlert({ vehicleId, exceptWorkOrderId }: { vehicleId: string; exceptWorkOrderId?: string }) {
  const { t } = useTranslation();
  const res = useApiQuery('/vehicles/{id}/refused-work', { params: { id: vehicleId } });
  const rows = (res.data?.items ?? []).filter((r) => r.workOrderId !== exceptWorkOrderId);
  if (!rows.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="xw-refused"
      title={t('xw.refusedTitle')}
      description={rows.map((r) => (
        <Typography.Paragraph key={r.requestId} style={{ margin: 0 }}>
          {t('xw.refusedLine', {
            date: dayjs(r.decidedAt).format('YYYY-MM-DD'),
            order: r.workOrderNumber,
            items: r.items.map((i) => i.name).join('、'),
            amount: (r.amountFen / 100).toFixed(2),
          })}
        </Typography.Paragraph>
      ))}
    />
  );
}
