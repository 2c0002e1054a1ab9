import { useMemo, useState } from 'react';
import { Card, Col, DatePicker, Empty, Result, Row, Space, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../components/EChart';
import { useApiQuery } from '../../../api/query';
import { useSession } from '../../../session/SessionContext';
import { useCauseLabel } from '../causes';
import { backlogOption, channelOption, csiOption, paretoOption, percent } from './charts';
import { PendingCompensations } from './PendingCompensations';

type Range = [Dayjs, Dayjs];
const last30 = (): Range => [dayjs().subtract(29, 'day').startOf('day'), dayjs().endOf('day')];

function ChartCard({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} styles={{ body: { height: 260 } }}>
      {empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('crm.noData')} style={{ marginTop: 60 }} /> : children}
    </Card>
  );
}

/** 客户关系看板: SLA compliance, backlog, complaint causes, satisfaction, approvals waiting. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const causeLabel = useCauseLabel();
  const [range, setRange] = useState<Range>(last30);
  const q = { servicePointId: pointId, from: range[0].startOf('day').format(), to: range[1].add(1, 'day').startOf('day').format() };
  const stats = useApiQuery('/ticket-stats', { query: q, enabled: !!pointId });
  const s = stats.data;

  const options = useMemo(
    () =>
      s && {
        pareto: paretoOption(s.causePareto, { count: t('crm.complaintCount'), cumulative: t('crm.cumulativeShare'), cause: causeLabel }),
        backlog: backlogOption(s.backlogByDepartment),
        channel: channelOption(s.byChannel, (c) => t(`ticket.channels.${c}`, { defaultValue: c })),
        csi: csiOption(s.csi.byHandler, { csi: t('crm.csi'), responses: t('crm.responses') }),
      },
    [s, t, causeLabel],
  );

  if (stats.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(stats.error as Error).message} />;
  const danger = '#cf1322';
  const cards = s
    ? [
        { key: 'received', value: s.received },
        { key: 'complaints', value: s.complaints },
        { key: 'open', value: s.openCount },
        { key: 'breachedOpen', value: s.breachedOpen, color: s.breachedOpen ? danger : undefined },
        {
          key: 'responseCompliance',
          value: percent(s.responseCompliance),
          color: s.responseCompliance !== null && s.responseCompliance < 0.9 ? danger : undefined,
        },
        {
          key: 'resolutionCompliance',
          value: percent(s.resolutionCompliance),
          color: s.resolutionCompliance !== null && s.resolutionCompliance < 0.9 ? danger : undefined,
        },
        { key: 'csi', value: s.csi.overall ?? '—' },
      ]
    : [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.crmDashboard')}
        </Typography.Title>
        <Space>
          <Typography.Text type="secondary">{t('crm.period')}</Typography.Text>
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            presets={[
              { label: t('crm.last7'), value: [dayjs().subtract(6, 'day'), dayjs()] },
              { label: t('crm.last30'), value: last30() },
              { label: t('crm.thisMonth'), value: [dayjs().startOf('month'), dayjs()] },
              { label: t('crm.lastMonth'), value: [dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')] },
            ]}
            data-testid="crm-range"
          />
        </Space>
      </Space>
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.key} flex="1 1 140px">
            <Card size="small" loading={stats.isLoading} data-testid={`crm-card-${c.key}`}>
              <Statistic title={t(`crm.cards.${c.key}`)} value={c.value} styles={{ content: { color: c.color, fontSize: 22 } }} />
            </Card>
          </Col>
        ))}
      </Row>
      {options && s && (
        <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
          <Col xs={24} xl={12}>
            <ChartCard title={t('crm.paretoTitle')} empty={s.causePareto.length === 0}>
              <EChart option={options.pareto} style={{ height: 236 }} data-testid="chart-pareto" />
            </ChartCard>
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title={t('crm.backlogTitle')} empty={s.backlogByDepartment.length === 0}>
              <EChart option={options.backlog} style={{ height: 236 }} data-testid="chart-backlog" />
            </ChartCard>
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title={t('crm.channelTitle')} empty={Object.values(s.byChannel).every((n) => !n)}>
              <EChart option={options.channel} style={{ height: 236 }} data-testid="chart-channel" />
            </ChartCard>
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard title={t('crm.csiTitle')} empty={s.csi.byHandler.length === 0}>
              <EChart option={options.csi} style={{ height: 236 }} data-testid="chart-csi" />
            </ChartCard>
          </Col>
        </Row>
      )}
      <PendingCompensations />
    </>
  );
}
