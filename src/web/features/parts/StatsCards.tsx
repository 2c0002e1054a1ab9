import { useState } from 'react';
import { Card, Col, DatePicker, Row, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../lib/format';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { pct } from './types';

/** 配件满足率 and 库存周转率 for a date range. */
export function StatsCards() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const allowed = can('parts.manage', 'reports.read');
  const s = useApiQuery('/parts-stats', {
    query: { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), servicePointId: pointId },
    enabled: !!pointId && allowed,
  });
  if (!allowed) return null;
  const d = s.data;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={t('parts.statsTitle')}
      extra={<DatePicker.RangePicker size="small" allowClear={false} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />}
    >
      <Row gutter={[12, 12]}>
        <Col flex="1 1 200px" data-testid="fill-rate">
          <Statistic loading={s.isLoading} title={t('parts.fillRate')} value={pct(d?.fillRate)} styles={{ content: { color: '#389e0d' } }} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d && t('parts.fillRateDetail', { filled: d.filledLines, picked: d.pickedLines })}
          </Typography.Text>
        </Col>
        <Col flex="1 1 200px" data-testid="turnover">
          <Statistic loading={s.isLoading} title={t('parts.turnover')} value={d?.turnover == null ? '—' : d.turnover.toFixed(2)} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d && t('parts.turnoverDetail', { annual: d.annualizedTurnover == null ? '—' : d.annualizedTurnover.toFixed(1) })}
          </Typography.Text>
        </Col>
        <Col flex="1 1 200px">
          <Statistic loading={s.isLoading} title={t('parts.issueCost')} value={d ? formatYuan(d.issueCostFen) : '—'} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d && t('parts.avgValue', { value: formatYuan(d.averageValueFen) })}
          </Typography.Text>
        </Col>
      </Row>
    </Card>
  );
}
