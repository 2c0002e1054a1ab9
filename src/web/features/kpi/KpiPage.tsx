import { useState } from 'react';
import { Breadcrumb, Button, Card, Col, DatePicker, Result, Row, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { useApiQuery } from '../../api/query';
import { downloadFile } from '../../api/client';
import { useSession } from '../../session/SessionContext';
import type { components } from '../../api/openapi.gen';

type View = components['schemas']['KpiView'];
type Figure = components['schemas']['KpiFigure'];
type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'custom';
const PERIODS: PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year', 'custom'];

/** A KPI value in its unit: yuan for fen, percent for ratios. */
export function formatKpi(unit: Figure['unit'], v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (unit === 'fen') return `¥${(v / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}`;
  if (unit === 'ratio') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'score') return v.toFixed(1);
  return v.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
}
const chartValue = (unit: Figure['unit'], v: number | null | undefined) =>
  v === null || v === undefined ? null : unit === 'fen' ? v / 100 : unit === 'ratio' ? Math.round(v * 1000) / 10 : v;

/** KPI pack: period, comparison with the previous period / last year / target, drill-down network → point → person. */
export default function KpiPage() {
  const { t, i18n } = useTranslation();
  const { pointId } = useSession();
  const en = i18n.language.startsWith('en');
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);
  const [period, setPeriod] = useState<PeriodKind>('month');
  const [date, setDate] = useState<Dayjs>(() => dayjs());
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [selected, setSelected] = useState('revenue');
  const scopeId = trail.at(-1)?.id ?? pointId;
  const query =
    period === 'custom'
      ? { servicePointId: scopeId, period, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') }
      : { servicePointId: scopeId, period, date: date.format('YYYY-MM-DD') };
  const k = useApiQuery('/kpi', { query, enabled: !!scopeId });
  if (k.error && !k.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(k.error as Error).message} />;
  const v: View | undefined = k.data;
  const sel = v?.kpis.find((f) => f.key === selected);
  const name = (f: Pick<Figure, 'nameZh' | 'nameEn'>) => (en ? f.nameEn : f.nameZh);
  const drillRows = v
    ? v.children.length
      ? v.children.map((c) => ({ key: c.id, name: c.nameZh, values: c.values, point: c }))
      : v.people.map((p) => ({ key: `${p.employeeId}:${p.role}`, name: `${p.name}(${t(`kpi.role.${p.role}`)})`, values: p.values, point: null }))
    : [];

  const trendOption = sel && {
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: 24, bottom: 40 },
    xAxis: { type: 'category', data: v!.trend.map((x) => x.label) },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'line',
        name: name(sel),
        data: v!.trend.map((x) => chartValue(sel.unit, x.values[sel.key])),
        connectNulls: true,
        itemStyle: { color: '#0958d9' },
      },
    ],
  };
  const drillOption = sel && {
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: 24, bottom: 60 },
    xAxis: { type: 'category', data: drillRows.map((r) => r.name), axisLabel: { rotate: drillRows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: name(sel), data: drillRows.map((r) => chartValue(sel.unit, r.values[sel.key])), itemStyle: { color: '#389e0d' } }],
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.kpi')}
          {v && ` · ${v.point.nameZh}`}
        </Typography.Title>
        <Space wrap>
          <Segmented<PeriodKind>
            aria-label={t('kpi.period')}
            value={period}
            onChange={setPeriod}
            options={PERIODS.map((p) => ({ value: p, label: t(`kpi.periods.${p}`) }))}
          />
          {period === 'custom' ? (
            <DatePicker.RangePicker aria-label={t('kpi.period')} allowClear={false} value={range} onChange={(x) => x?.[0] && x[1] && setRange([x[0], x[1]])} />
          ) : (
            <DatePicker
              aria-label={t('kpi.date')}
              allowClear={false}
              value={date}
              onChange={(x) => x && setDate(x)}
              picker={period === 'day' ? 'date' : period}
            />
          )}
          <Button icon={<DownloadOutlined />} disabled={!v} onClick={() => downloadFile('/kpi/export', query, `KPI-${v?.point.code ?? ''}.xlsx`)}>
            {t('kpi.export')}
          </Button>
        </Space>
      </Space>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          {
            title: (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setTrail([])}>
                {t('kpi.myScope')}
              </Button>
            ),
          },
          ...trail.map((s, i) => ({
            title: (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setTrail(trail.slice(0, i + 1))}>
                {s.name}
              </Button>
            ),
          })),
        ]}
      />
      {v && (
        <Typography.Paragraph type="secondary">
          {t('kpi.periodLine', { from: v.period.from, to: v.period.to, pf: v.previous.from, pt: v.previous.to, lf: v.lastYear.from, lt: v.lastYear.to })}
        </Typography.Paragraph>
      )}
      <Table<Figure>
        size="small"
        rowKey="key"
        loading={k.isLoading}
        pagination={false}
        dataSource={v?.kpis ?? []}
        rowClassName={(f) => (f.key === selected ? 'ant-table-row-selected' : '')}
        onRow={(f) => ({ onClick: () => setSelected(f.key) })}
        columns={[
          {
            title: t('kpi.col.kpi'),
            render: (_, f) => (
              <Tooltip title={en ? f.formulaEn : f.formulaZh}>
                <Button type="link" size="small" onClick={() => setSelected(f.key)} style={{ padding: 0 }}>
                  {name(f)}
                </Button>
              </Tooltip>
            ),
          },
          { title: t('kpi.col.value'), align: 'right', render: (_, f) => <b>{formatKpi(f.unit, f.value)}</b> },
          { title: t('kpi.col.previous'), align: 'right', render: (_, f) => formatKpi(f.unit, f.previous) },
          { title: t('kpi.col.lastYear'), align: 'right', render: (_, f) => formatKpi(f.unit, f.lastYear) },
          {
            title: t('kpi.col.target'),
            align: 'right',
            render: (_, f) => (
              <Space size={4}>
                {formatKpi(f.unit, f.target)}
                {f.targetMet !== null && <Tag color={f.targetMet ? 'success' : 'error'}>{t(f.targetMet ? 'kpi.met' : 'kpi.missed')}</Tag>}
              </Space>
            ),
          },
          { title: t('kpi.col.formula'), render: (_, f) => <Typography.Text type="secondary">{en ? f.formulaEn : f.formulaZh}</Typography.Text> },
        ]}
      />
      {sel && v && (
        <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('kpi.trend', { kpi: name(sel) })}>
              <EChart option={trendOption!} style={{ height: 280 }} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t(v.children.length ? 'kpi.byPoint' : 'kpi.byPerson', { kpi: name(sel) })}>
              <EChart option={drillOption!} style={{ height: 280 }} />
            </Card>
          </Col>
          <Col span={24}>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={drillRows}
              columns={[
                {
                  title: t(v.children.length ? 'kpi.col.point' : 'kpi.col.person'),
                  render: (_, r) =>
                    r.point ? (
                      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setTrail([...trail, { id: r.point!.id, name: r.point!.nameZh }])}>
                        {r.name}
                      </Button>
                    ) : (
                      r.name
                    ),
                },
                ...v.kpis
                  .filter((f) => ['carsIn', 'carsSettled', 'revenue', 'avgTicket', 'productivity', 'efficiency', 'comebackRate', selected].includes(f.key))
                  .filter((f, i, a) => a.findIndex((x) => x.key === f.key) === i)
                  .map((f) => ({
                    title: name(f),
                    align: 'right' as const,
                    render: (_: unknown, r: (typeof drillRows)[number]) => formatKpi(f.unit, r.values[f.key]),
                  })),
              ]}
            />
          </Col>
        </Row>
      )}
    </>
  );
}
