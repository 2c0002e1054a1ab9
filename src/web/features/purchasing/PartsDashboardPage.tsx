import { useMemo } from 'react';
import { Card, Col, Empty, Result, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { formatYuan } from '../../lib/format';
import { formatShortDateTime } from '../../lib/time';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** 配件看板: fill rate, turnover, days of stock, dead stock, ABC classes and supplier lead times of the last year. */
export default function PartsDashboardPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const q = useApiQuery('/parts-kpis', { query: { servicePointId: pointId, days: 365, deadMonths: 7 }, enabled: !!pointId });
  const k = q.data;
  const options = useMemo(
    () =>
      k && {
        abc: {
          tooltip: { trigger: 'item' },
          series: [
            {
              type: 'pie',
              radius: ['40%', '70%'],
              data: (['A', 'B', 'C'] as const).map((c) => ({ name: `${c}(${k.abc[c].parts})`, value: k.abc[c].usageFen / 100 })),
            },
          ],
        },
        lead: {
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 40, right: 16, top: 32, bottom: 40 },
          xAxis: { type: 'category', data: k.leadTimes.map((l) => l.vendorName) },
          yAxis: { type: 'value' },
          series: [
            { name: t('purchasing.kpi.meanDays'), type: 'bar', data: k.leadTimes.map((l) => Math.round(l.meanDays * 10) / 10) },
            { name: t('purchasing.kpi.maxDays'), type: 'bar', data: k.leadTimes.map((l) => Math.round(l.maxDays * 10) / 10) },
          ],
        },
      },
    [k, t],
  );
  if (q.error && !k) return <Result status="warning" title={t('common.loadFailed')} subTitle={(q.error as Error).message} />;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('nav.partsDashboard')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('purchasing.kpi.fillRate')} value={pct(k?.fillRate.rate ?? null)} loading={q.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('purchasing.kpi.turnover')}
              value={k?.annualizedTurnover == null ? '—' : k.annualizedTurnover.toFixed(1)}
              loading={q.isLoading}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('purchasing.kpi.daysOfStock')} value={k?.daysOfStock == null ? '—' : Math.round(k.daysOfStock)} loading={q.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('purchasing.kpi.stockValue')} value={k ? formatYuan(k.stockValueFen) : ''} loading={q.isLoading} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('purchasing.kpi.abc')} styles={{ body: { height: 260 } }}>
            {options && k && k.issueCostFen > 0 ? (
              <EChart option={options.abc} style={{ height: 236 }} data-testid="chart-abc" />
            ) : (
              <Empty description={t('purchasing.kpi.none')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('purchasing.kpi.leadTimes')} styles={{ body: { height: 260 } }}>
            {options && k?.leadTimes.length ? (
              <EChart option={options.lead} style={{ height: 236 }} data-testid="chart-lead" />
            ) : (
              <Empty description={t('purchasing.kpi.none')} />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card
            size="small"
            title={k ? t('purchasing.kpi.deadStock', { months: k.deadStock.months }) : ''}
            extra={k ? `${formatYuan(k.deadStock.valueFen)} · ${t('purchasing.kpi.deadShare', { pct: pct(k.deadStock.share) })}` : ''}
          >
            <Table
              size="small"
              rowKey="partId"
              pagination={false}
              dataSource={k?.deadStock.top ?? []}
              columns={[
                { title: t('purchasing.cols.partNo'), dataIndex: 'partNo' },
                { title: t('purchasing.cols.name'), dataIndex: 'name' },
                { title: t('purchasing.cols.onHand'), dataIndex: 'onHand', align: 'right' },
                { title: t('purchasing.cols.value'), dataIndex: 'valueFen', align: 'right', render: (v: number) => formatYuan(v) },
                { title: t('purchasing.kpi.lastMovement'), dataIndex: 'lastMovementAt', render: (v: string | null) => (v ? formatShortDateTime(v) : '—') },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
