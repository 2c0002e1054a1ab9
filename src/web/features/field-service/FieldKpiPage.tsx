/** 现场服务指标: the field KPIs of a period with charts, drill-down region → point → engineer, and the .xlsx export. */
import { useMemo, useState } from 'react';
import { Breadcrumb, Button, Card, Col, DatePicker, Result, Row, Segmented, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { useApiQuery } from '../../api/query';
import { downloadFile } from '../../api/client';
import { usePointTime } from '../../lib/time';
import type { components } from '../../api/openapi.gen';

type Report = components['schemas']['FieldKpiReport'];
type Line = components['schemas']['FieldKpiLine'];
type Def = components['schemas']['FieldKpiDefinition'];
type Group = Report['groupBy'];
type Key = keyof Omit<Line, 'key' | 'label' | 'counters'>;

/** A value in its unit: percent for ratios, minutes, a 1–5 score, a count. */
export function formatFieldKpi(unit: Def['unit'], v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (unit === 'ratio') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'minutes') return `${Math.round(v)} min`;
  if (unit === 'score') return v.toFixed(2);
  return String(v);
}
const chartValue = (unit: Def['unit'], v: number | null) => (v === null ? null : unit === 'ratio' ? Math.round(v * 1000) / 10 : Math.round(v * 100) / 100);
const CARDS: Key[] = ['contactRate', 'onTimeArrivalRate', 'firstTimeFixRate', 'repeat90Rate', 'mttrMinutes', 'within48hRate', 'meanRating'];

export default function FieldKpiPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const time = usePointTime();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const today = dayjs(time.date(new Date()));
    return [today.subtract(29, 'day'), today];
  });
  const [region, setRegion] = useState<{ key: string; label: string } | null>(null);
  const [point, setPoint] = useState<{ key: string; label: string } | null>(null);
  const [group, setGroup] = useState<Group>('region');
  const [selected, setSelected] = useState<Key>('onTimeArrivalRate');
  const query = {
    from: range[0].format('YYYY-MM-DD'),
    to: range[1].format('YYYY-MM-DD'),
    groupBy: group,
    ...(region ? { region: region.key } : {}),
    ...(point ? { servicePointId: point.key } : {}),
  };
  const k = useApiQuery('/field/kpis', { query });
  const r: Report | undefined = k.data;
  const defs = useMemo(() => new Map((r?.definitions ?? []).map((d) => [d.key, d])), [r]);
  const def = defs.get(selected);
  const name = (d: Def | undefined) => (d ? (en ? d.nameEn : d.nameZh) : '');
  const drill = (row: Line) => {
    if (group === 'region') {
      setRegion({ key: row.key, label: row.label });
      setGroup('point');
    } else if (group === 'point') {
      setPoint({ key: row.key, label: row.label });
      setGroup('engineer');
    }
  };
  const goTo = (level: 'all' | 'region') => {
    setPoint(null);
    if (level === 'all') setRegion(null);
    setGroup(level === 'all' ? 'region' : 'point');
  };
  const rows = r?.rows ?? [];
  const option = def && {
    tooltip: { trigger: 'axis' },
    grid: { left: 56, right: 16, top: 24, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((x) => x.label), axisLabel: { rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: def.unit === 'ratio' ? '%' : def.unit === 'minutes' ? 'min' : '' },
    series: [{ type: 'bar', name: name(def), data: rows.map((x) => chartValue(def.unit, x[selected])), itemStyle: { color: '#0958d9' } }],
  };
  const rates: Key[] = ['contactRate', 'onTimeArrivalRate', 'firstTimeFixRate', 'within48hRate'];
  const compareOption = r && {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((x) => x.label), axisLabel: { rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: '%', max: 100 },
    series: rates.map((key) => ({ type: 'bar', name: name(defs.get(key)), data: rows.map((x) => chartValue('ratio', x[key])) })),
  };
  if (k.error && !r) return <Result status="warning" title={t('common.loadFailed')} subTitle={(k.error as Error).message} />;
  const crumbs = [
    { key: 'all', label: t('fkpi.allRegions'), onClick: () => goTo('all') },
    ...(region ? [{ key: 'region', label: region.label, onClick: () => goTo('region') }] : []),
    ...(point ? [{ key: 'point', label: point.label, onClick: () => undefined }] : []),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="field-kpi">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('fkpi.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker aria-label={t('fkpi.period')} allowClear={false} value={range} onChange={(x) => x?.[0] && x[1] && setRange([x[0], x[1]])} />
          <Segmented<Group>
            aria-label={t('fkpi.groupBy')}
            value={group}
            onChange={setGroup}
            options={(['region', 'point', 'engineer'] as const).map((g) => ({ value: g, label: t(`fkpi.by.${g}`) }))}
          />
          <Button icon={<DownloadOutlined />} disabled={!r} onClick={() => void downloadFile('/field/kpis/export', query, `field-kpi-${query.from}.xlsx`)}>
            {t('fkpi.export')}
          </Button>
        </Space>
      </Space>
      <Breadcrumb
        items={crumbs.map((c, i) => ({
          title:
            i < crumbs.length - 1 ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={c.onClick}>
                {c.label}
              </Button>
            ) : (
              c.label
            ),
        }))}
      />
      <Row gutter={[12, 12]}>
        {CARDS.map((key) => {
          const d = defs.get(key);
          return (
            <Col key={key} xs={12} md={8} xl={3}>
              <Tooltip title={d ? (en ? d.formulaEn : d.formulaZh) : ''}>
                <Card
                  size="small"
                  hoverable
                  onClick={() => setSelected(key)}
                  style={{ height: '100%', ...(key === selected ? { borderColor: '#0958d9' } : {}) }}
                  aria-pressed={key === selected}
                  role="button"
                >
                  <Statistic title={name(d)} value={d && r ? formatFieldKpi(d.unit, r.total[key]) : '—'} loading={k.isLoading} />
                </Card>
              </Tooltip>
            </Col>
          );
        })}
        <Col xs={12} md={8} xl={3}>
          <Card size="small">
            <Statistic title={t('fkpi.volume')} value={r ? `${r.total.counters.requests} / ${r.total.counters.visits}` : '—'} loading={k.isLoading} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('fkpi.chartOne', { kpi: name(def), by: t(`fkpi.by.${group}`) })}>
            {option ? <EChart option={option} style={{ height: 300 }} /> : null}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('fkpi.chartRates', { by: t(`fkpi.by.${group}`) })}>
            {compareOption ? <EChart option={compareOption} style={{ height: 300 }} /> : null}
          </Card>
        </Col>
      </Row>
      <Table<Line>
        size="small"
        rowKey="key"
        loading={k.isFetching}
        pagination={false}
        scroll={{ x: true }}
        dataSource={r ? [...rows, r.total] : []}
        columns={[
          {
            title: t(`fkpi.by.${group}`),
            fixed: 'left',
            render: (_, x) =>
              x.key !== 'all' && group !== 'engineer' ? (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => drill(x)} data-testid="fkpi-drill">
                  {x.label}
                </Button>
              ) : x.key === 'all' ? (
                <b>{x.label}</b>
              ) : (
                x.label
              ),
          },
          ...(r?.definitions ?? []).map((d) => ({
            key: d.key,
            align: 'right' as const,
            title: (
              <Tooltip title={en ? d.formulaEn : d.formulaZh}>
                <span>{name(d)}</span>
              </Tooltip>
            ),
            render: (_: unknown, x: Line) => formatFieldKpi(d.unit, x[d.key as Key]),
          })),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('fkpi.note')}
      </Typography.Paragraph>
    </Space>
  );
}
