import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { formatYuan } from '../../lib/format';
import { usePointTime } from '../../lib/time';
import type { LoanerBooking } from './types';

/** 代步车 use on the repair record (三包 art. 17): which car, when, mileage, days, cost and who bears it. */
export function LoanerUseCard({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const time = usePointTime();
  const q = useApiQuery('/work-orders/{id}/loaner-use', { params: { id: workOrderId } });
  const items = q.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Card size="small" title={t('loaner.use')} data-testid="wo-loaner-use">
      <Table<LoanerBooking>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        columns={[
          { title: t('loaner.plate'), dataIndex: 'plate' },
          {
            title: t('loaner.out'),
            render: (_: unknown, b) => (b.handedOutAt ? `${time.dateTime(b.handedOutAt)} · ${b.mileageOut} km` : time.dateTime(b.startAt)),
          },
          { title: t('loaner.in'), render: (_: unknown, b) => (b.returnedAt ? `${time.dateTime(b.returnedAt)} · ${b.mileageIn} km` : '—') },
          { title: t('loaner.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`loaner.bs.${s}`)}</Tag> },
          { title: t('loaner.chargeTo'), dataIndex: 'chargeTo', render: (c: string) => t(`loaner.charge.${c}`) },
          { title: t('loaner.cost'), render: (_: unknown, b) => (b.costFen === null ? '—' : `${t('loaner.days', { n: b.days })} ${formatYuan(b.costFen)}`) },
        ]}
      />
    </Card>
  );
}
