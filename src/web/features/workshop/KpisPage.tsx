import { useState } from 'react';
import { Card, Col, DatePicker, Result, Row, Space, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { GaugeChart } from 'echarts/charts';
import { EChart } from '../../components/EChart';
import { echarts } from '../../components/echarts';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { pct } from './types';

echarts.use([GaugeChart]);

const gauge = (value: number | null, color: string, max = 1.2) => ({
  series: [
    {
      type: 'gauge',
      min: 0,
      max: max * 100,
      radius: '95%',
      center: ['50%', '60%'],
      startAngle: 200,
      endAngle: -20,
      progress: { show: true, width: 12, itemStyle: { color } },
      axisLine: { lineStyle: { width: 12 } },
      pointer: { show: false },
      axisTick: { show: false },
      splitLine: { length: 6, lineStyle: { width: 1, color: 'rgba(0, 0, 0, 0.65)' } },
      axisLabel: { distance: 16, fontSize: 10, color: 'rgba(0, 0, 0, 0.65)' },
      detail: { valueAnimation: true, offsetCenter: [0, '10%'], fontSize: 22, formatter: value == null ? '—' : '{value}%', color: '#262626' },
      data: [{ value: value == null ? 0 : Math.round(value * 1000) / 10 }],
    },
  ],
});

/** 车间指标: 生产率, 效率 and 一次修复率 for a date range. */
export default function KpisPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const k = useApiQuery('/workshop/kpis', {
    query: { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), servicePointId: pointId },
    enabled: !!pointId,
  });
  if (k.error && !k.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(k.error as Error).message} />;
  const d = k.data;
  const cards = [
    {
      key: 'productivity',
      value: d?.productivity ?? null,
      color: '#0958d9',
      max: 1.2,
      detail: d && t('ws.kpi.productivityDetail', { clocked: d.clockedMinutes, attendance: d.attendanceMinutes }),
    },
    {
      key: 'efficiency',
      value: d?.efficiency ?? null,
      color: '#389e0d',
      max: 1.5,
      detail: d && t('ws.kpi.efficiencyDetail', { standard: d.finishedStandardMinutes, clocked: d.finishedClockedMinutes }),
    },
    {
      key: 'firstTimeFix',
      value: d?.firstTimeFixRate ?? null,
      color: '#722ed1',
      max: 1,
      detail: d && t('ws.kpi.firstTimeFixDetail', { first: d.firstPassOrders, inspected: d.inspectedOrders }),
    },
  ];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.workshopKpis')}
        </Typography.Title>
        <DatePicker.RangePicker allowClear={false} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} data-testid="kpi-range" />
      </Space>
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.key} xs={24} md={8}>
            <Card size="small" loading={k.isLoading} title={t(`ws.kpi.${c.key}`)} data-testid={`kpi-${c.key}`}>
              <EChart option={gauge(c.value, c.color, c.max)} style={{ height: 200 }} />
              <Statistic value={pct(c.value)} styles={{ content: { fontSize: 18, color: c.color } }} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.detail}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`ws.kpi.${c.key}Hint`)}
                </Typography.Text>
              </div>
            </Card>
          </Col>
        ))}
        <Col xs={24}>
          <Card size="small" loading={k.isLoading} title={t('ws.pausesTitle')} data-testid="kpi-pauses">
            <Space wrap size={[16, 8]}>
              {(d?.pauses ?? []).map((p) => (
                <Statistic key={p.reason} title={t(`ws.pauseReasons.${p.reason}`)} value={t('ws.pausesCount', { count: p.count })} />
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
    </>
  );
}
