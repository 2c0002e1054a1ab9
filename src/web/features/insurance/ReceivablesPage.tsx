import { useState } from 'react';
import { Card, Col, DatePicker, Row, Statistic, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../../api/query';
import { EChart } from '../../components/EChart';
import { formatYuan } from '../../lib/format';
import { useSession } from '../../session/SessionContext';
import type { Receivables } from './types';

const BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;

/** The manager's view: receivables by insurer and age (0–30 … > 90 days), accident revenue by insurer. */
export default function ReceivablesPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const rec = useApiQuery('/insurance/receivables', { query: { servicePointId: pointId }, enabled: !!pointId });
  const today = rec.data?.today;
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const from = range?.[0].format('YYYY-MM-DD') ?? (today ? dayjs(today).subtract(179, 'day').format('YYYY-MM-DD') : '');
  const to = range?.[1].format('YYYY-MM-DD') ?? today ?? '';
  const revenue = useApiQuery('/insurance/revenue', { query: { servicePointId: pointId, from, to }, enabled: !!pointId && !!from });
  const by: Receivables['byInsurer'] = rec.data?.byInsurer ?? [];
  const total = by.reduce((s, b) => s + b.outstandingFen, 0);
  const over90 = by.reduce((s, b) => s + (b.buckets['90+'] ?? 0), 0);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('ins.outstanding')} value={formatYuan(total)} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('ins.over90')} value={formatYuan(over90)} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card size="small">
          <Statistic title={t('ins.openReceivables')} value={rec.data?.items.length ?? 0} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('ins.agingChart')}>
          <EChart
            data-testid="ins-aging-chart"
            style={{ height: 300 }}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { data: BUCKETS.map((b) => t(`ins.bucket.${b}`)) },
              xAxis: { type: 'category', data: by.map((b) => b.insurerName) },
              yAxis: { type: 'value', name: '¥' },
              series: BUCKETS.map((b) => ({ name: t(`ins.bucket.${b}`), type: 'bar', stack: 'age', data: by.map((x) => (x.buckets[b] ?? 0) / 100) })),
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={t('ins.revenueChart')}
          extra={
            <DatePicker.RangePicker
              value={range ?? (from && to ? [dayjs(from), dayjs(to)] : null)}
              onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
              aria-label={t('ins.period')}
            />
          }
        >
          <EChart
            data-testid="ins-revenue-chart"
            style={{ height: 300 }}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { data: [t('ins.insurerShare'), t('ins.customerShare')] },
              xAxis: { type: 'category', data: (revenue.data?.items ?? []).map((i) => i.insurerName) },
              yAxis: { type: 'value', name: '¥' },
              series: [
                { name: t('ins.insurerShare'), type: 'bar', stack: 'r', data: (revenue.data?.items ?? []).map((i) => i.insurerFen / 100) },
                { name: t('ins.customerShare'), type: 'bar', stack: 'r', data: (revenue.data?.items ?? []).map((i) => i.customerFen / 100) },
              ],
            }}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={t('ins.receivables')}>
          <Table
            size="small"
            rowKey="caseId"
            loading={rec.isLoading}
            dataSource={rec.data?.items ?? []}
            pagination={{ pageSize: 20 }}
            data-testid="ins-receivables"
            columns={[
              { title: t('ins.number'), dataIndex: 'number', render: (v: string, r) => <Link to={`/insurance/cases/${r.caseId}`}>{v}</Link> },
              { title: t('ins.insurer'), dataIndex: 'insurerName' },
              { title: t('ins.plate'), dataIndex: 'plate' },
              { title: t('ins.invoicedOn'), dataIndex: 'invoicedOn' },
              { title: t('ins.ageDays'), dataIndex: 'ageDays', align: 'right' },
              {
                title: t('ins.bucketCol'),
                dataIndex: 'bucket',
                render: (b: string) => <Tag color={b === '90+' ? 'red' : b === '61-90' ? 'orange' : 'default'}>{t(`ins.bucket.${b}`)}</Tag>,
              },
              { title: t('ins.receivable'), dataIndex: 'receivableFen', align: 'right', render: (v: number) => formatYuan(v) },
              { title: t('ins.paid'), dataIndex: 'paidFen', align: 'right', render: (v: number) => formatYuan(v) },
              { title: t('ins.outstandingCol'), dataIndex: 'outstandingFen', align: 'right', render: (v: number) => formatYuan(v) },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
