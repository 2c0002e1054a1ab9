import { Empty, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiQueryOptions } from '../../api/query';
import { formatYuan } from '../../lib/format';
import type { RefusedWork } from './types';

/** 拒修项目 of a customer's cars (the vehicle page's tab): what was refused, when, on which order, for how much. */
export function RefusedWorkList({ vehicles }: { vehicles: { id: string; plate: string }[] }) {
  const { t } = useTranslation();
  const rows = useQueries({
    queries: vehicles.map((v) => apiQueryOptions('/vehicles/{id}/refused-work', { params: { id: v.id } })),
    combine: (results) => results.flatMap((r, i) => ((r.data?.items ?? []) as RefusedWork[]).map((w) => ({ ...w, plate: vehicles[i].plate }))),
  });
  if (!rows.length) return <Empty description={t('xw.refusedNone')} />;
  return (
    <div data-testid="xw-refused-list">
      {rows.map((r) => (
        <Typography.Paragraph key={r.requestId} style={{ marginBottom: 8 }}>
          <Typography.Text strong>{r.plate}</Typography.Text> {dayjs(r.decidedAt).format('YYYY-MM-DD')} · {t('xw.order')} {r.workOrderNumber} ·{' '}
          {r.items.map((i) => `${i.name} ${formatYuan(i.amountFen)}`).join('、')} · {t('xw.total')} {formatYuan(r.amountFen)}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
