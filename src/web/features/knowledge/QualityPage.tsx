import { useState } from 'react';
import { Button, Card, Checkbox, Col, DatePicker, Result, Row, Segmented, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { useApiQuery } from '../../api/query';
import { downloadFile } from '../../api/client';
import type { components } from '../../api/openapi.gen';
import { usePointDay } from '../appointments/usePointDay';
import { usePointTime } from '../../lib/time';
import { QualityFeedbackPanel, type FeedbackDraft } from './QualityFeedbackPanel';

type Stats = components['schemas']['FaultStats'];
type Dim = Stats['by'];
type Source = Stats['sources'][number];
const DIMS: Dim[] = ['model', 'vinBatch', 'part', 'faultCode'];
const SOURCES: Source[] = ['repair', 'comeback', 'claim', 'visit', 'complaint'];
/** The key of events that do not record the dimension (the server's label). */
const UNRECORDED = '(未记录)';
const COLORS = ['#0958d9', '#d4380d', '#389e0d', '#531dab', '#ad6800'];

/**
 * 质量信息反馈 for the manufacturer's quality engineer: fault statistics (repairs, comebacks, claims, field visits,
 * complaints) by model, production batch, part or fault code with the monthly trend and .xlsx, and the feedback
 * records followed to their closing — one opened from a row of the statistics carries its key.
 */
export default function QualityPage() {
  const { t } = useTranslation();
  const { today } = usePointDay();
  const time = usePointTime();
  const [tab, setTab] = useState('stats');
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs(today).subtract(11, 'month'), dayjs(today)]);
  const [by, setBy] = useState<Dim>('model');
  const [sources, setSources] = useState<Source[]>(SOURCES);
  const [draft, setDraft] = useState<FeedbackDraft | null>(null);
  const query = {
    from: range[0].startOf('month').format('YYYY-MM-DD'),
    to: range[1].endOf('month').format('YYYY-MM-DD'),
    by,
    sources: sources.join(','),
  };
  const res = useApiQuery('/quality/fault-stats', { query, enabled: sources.length > 0 });
  if (res.error && !res.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(res.error as Error).message} />;
  const s: Stats | undefined = res.data;
  const keys = s ? [...new Set(s.trend.map((x) => x.key))] : [];
  const trendOption = s && {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: s.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: keys.map((k, i) => ({
      type: 'line',
      name: k,
      data: s.months.map((m) => s.trend.find((x) => x.month === m && x.key === k)?.count ?? 0),
      itemStyle: { color: COLORS[i % COLORS.length] },
    })),
  };
  const openFrom = (r: Stats['rows'][number]) => {
    setDraft({
      title: t('kb.q.draftTitle', { key: r.key, dim: t(`kb.q.by.${by}`) }),
      model: r.model,
      part: by === 'part' ? r.key : '',
      faultCode: by === 'faultCode' ? r.key : '',
      description: by === 'vinBatch' ? t('kb.q.batchLine', { key: r.key }) : '',
      firstReportedAt: r.firstAt,
    });
    setTab('feedback');
  };

  const stats = (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          picker="month"
          aria-label={t('kb.q.period')}
          allowClear={false}
          value={range}
          onChange={(x) => x?.[0] && x[1] && setRange([x[0], x[1]])}
        />
        <Segmented<Dim> aria-label={t('kb.q.groupBy')} value={by} onChange={setBy} options={DIMS.map((d) => ({ value: d, label: t(`kb.q.by.${d}`) }))} />
        <Checkbox.Group
          aria-label={t('kb.q.sources')}
          value={sources}
          onChange={(v) => setSources(v as Source[])}
          options={SOURCES.map((x) => ({ value: x, label: t(`kb.q.src.${x}`) }))}
        />
        <Button icon={<DownloadOutlined />} disabled={!s} onClick={() => downloadFile('/quality/fault-stats/export', query, `fault-stats-${query.from}.xlsx`)}>
          {t('kb.q.export')}
        </Button>
      </Space>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={4}>
          <Card size="small">
            <Statistic title={t('kb.q.total')} value={s?.total ?? 0} />
          </Card>
        </Col>
        {SOURCES.filter((x) => sources.includes(x)).map((x) => (
          <Col xs={12} md={3} key={x}>
            <Card size="small">
              <Statistic title={t(`kb.q.src.${x}`)} value={s?.totalBySource[x] ?? 0} />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={5}>
          <Card size="small">
            <Statistic
              title={t('kb.q.timeToFix', { n: s?.timeToFix.count ?? 0 })}
              value={s?.timeToFix.averageDays ?? '—'}
              suffix={s?.timeToFix.averageDays !== null ? t('kb.q.days') : undefined}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('kb.q.trend', { dim: t(`kb.q.by.${by}`) })} style={{ marginBottom: 12 }}>
        {keys.length ? <EChart option={trendOption!} style={{ height: 300 }} /> : <Typography.Text type="secondary">{t('kb.q.noData')}</Typography.Text>}
      </Card>
      <Table<Stats['rows'][number]>
        size="small"
        rowKey="key"
        loading={res.isLoading}
        dataSource={s?.rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="fault-stats"
        columns={[
          { title: t(`kb.q.by.${by}`), dataIndex: 'key', key: 'key' },
          ...(by === 'model' ? [] : [{ title: t('kb.q.model'), dataIndex: 'model', key: 'model' }]),
          { title: t('kb.q.total'), dataIndex: 'total', key: 'total', align: 'right' as const, render: (n: number) => <b>{n}</b> },
          ...SOURCES.filter((x) => sources.includes(x)).map((x) => ({
            title: t(`kb.q.src.${x}`),
            key: x,
            align: 'right' as const,
            render: (_: unknown, r: Stats['rows'][number]) => r.bySource[x] ?? 0,
          })),
          { title: t('kb.q.firstAt'), key: 'first', render: (_, r) => time.date(r.firstAt) },
          {
            title: '',
            key: 'act',
            render: (_, r) => (
              <Button size="small" icon={<FileAddOutlined />} disabled={r.key === UNRECORDED} onClick={() => openFrom(r)}>
                {t('kb.q.openFeedback')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('kb.q.nav')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'stats', label: t('kb.q.statsTab'), children: stats },
          { key: 'feedback', label: t('kb.q.feedbackTab'), children: <QualityFeedbackPanel draft={draft} onDraftUsed={() => setDraft(null)} /> },
        ]}
      />
    </>
  );
}
