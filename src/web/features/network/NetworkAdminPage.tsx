import { useMemo, useState } from 'react';
import { Button, Card, Col, Result, Row, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { EChart } from '../../components/EChart';
import { formatKpi } from '../kpi/KpiPage';
import type { components } from '../../api/openapi.gen';
import { PointAdminDrawer } from './PointAdminDrawer';
import { CandidateModal } from './CandidateModal';
import { RectificationsTable, ScorecardsTab } from './ScorecardsTab';

export type NetworkPoint = components['schemas']['NetworkPoint'];
type TreeRow = NetworkPoint & { children?: TreeRow[] };

const KIND_COLORS = { hq: '#c41d7f', regional: '#1d39c4', station: '#237804', franchise: '#ad4e00' } as const;
export const ACC_COLORS: Record<NetworkPoint['accreditation'], string> = {
  applied: 'default',
  surveyed: 'processing',
  preliminary: 'processing',
  signed: 'cyan',
  operating: 'success',
  rectifying: 'warning',
  exited: 'error',
};

function toTree(points: NetworkPoint[]): TreeRow[] {
  const byId = new Map<string, TreeRow>(points.map((p) => [p.id, { ...p }]));
  const roots: TreeRow[] = [];
  for (const p of byId.values()) {
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    if (parent) (parent.children ??= []).push(p);
    else roots.push(p);
  }
  return roots;
}

/** The point tree laid on its coordinates: a graph on a cartesian grid (no map tiles), lines to the parent. */
function mapOption(points: NetworkPoint[], t: (k: string) => string) {
  const placed = points.filter((p) => p.lng !== null && p.lat !== null);
  const ids = new Set(placed.map((p) => p.id));
  const kinds = ['hq', 'regional', 'station', 'franchise'] as const;
  return {
    tooltip: { formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '' },
    legend: { data: kinds.map((k) => t(`points.kinds.${k}`)), top: 0 },
    grid: { left: 56, right: 96, top: 40, bottom: 48 },
    xAxis: { type: 'value', scale: true, name: t('netadmin.lng'), nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', scale: true, name: t('netadmin.lat') },
    series: [
      {
        type: 'graph',
        coordinateSystem: 'cartesian2d',
        categories: kinds.map((k) => ({ name: t(`points.kinds.${k}`), itemStyle: { color: KIND_COLORS[k] } })),
        label: { show: true, position: 'right', formatter: '{b}', fontSize: 11, color: '#262626' },
        labelLayout: { moveOverlap: 'shiftY' },
        lineStyle: { color: '#8c8c8c', width: 1, type: 'dashed' },
        data: placed.map((p) => ({
          name: p.code,
          value: [p.lng, p.lat],
          category: kinds.indexOf(p.kind),
          symbol: p.accreditation === 'operating' ? 'circle' : 'diamond',
          symbolSize: 12 + (p.star === 'none' ? 0 : Number(p.star) * 3) + (p.kind === 'hq' ? 8 : p.kind === 'regional' ? 4 : 0),
          tip: `${p.nameZh}<br/>${t(`points.kinds.${p.kind}`)} · ${t(`netadmin.stars.${p.star}`)} · ${t(`netadmin.acc.${p.accreditation}`)}<br/>${t('netadmin.col.cars')} ${formatKpi('count', p.month.carsSettled)} · ${t('netadmin.col.revenue')} ${formatKpi('fen', p.month.revenueFen)}`,
        })),
        links: placed.filter((p) => p.parentId && ids.has(p.parentId)).map((p) => ({ source: placed.find((x) => x.id === p.parentId)!.code, target: p.code })),
      },
    ],
  };
}

/** 网络管理: every point on a tree and on a map-like chart, with tier, stars, accreditation and this month's numbers. */
export default function NetworkAdminPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const overview = useApiQuery('/network/overview');
  const [open, setOpen] = useState<string | null>(null);
  const [candidate, setCandidate] = useState(false);
  const points = overview.data?.items ?? [];
  const tree = useMemo(() => toTree(points), [points]);
  const option = useMemo(() => mapOption(points, t), [points, t]);
  const unplaced = points.filter((p) => p.lng === null || p.lat === null).length;
  const manage = can('network.manage');
  if (overview.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(overview.error as Error).message} />;

  const network = (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={14}>
        <Table<TreeRow>
          size="small"
          rowKey="id"
          loading={overview.isFetching}
          dataSource={tree}
          pagination={false}
          expandable={{ defaultExpandAllRows: true }}
          key={points.length}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('netadmin.col.name'),
              key: 'name',
              render: (_, p) => (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(p.id)}>
                  {p.nameZh}
                </Button>
              ),
            },
            { title: t('netadmin.col.tier'), dataIndex: 'kind', width: 110, render: (k: NetworkPoint['kind']) => t(`points.kinds.${k}`) },
            { title: t('netadmin.col.star'), dataIndex: 'star', width: 70, render: (s: NetworkPoint['star']) => t(`netadmin.stars.${s}`) },
            {
              title: t('netadmin.col.accreditation'),
              dataIndex: 'accreditation',
              width: 90,
              render: (a: NetworkPoint['accreditation']) => <Tag color={ACC_COLORS[a]}>{t(`netadmin.acc.${a}`)}</Tag>,
            },
            {
              title: t('netadmin.month', { month: overview.data?.month ?? '' }),
              children: [
                { title: t('netadmin.col.cars'), key: 'cars', width: 80, align: 'right', render: (_, p) => formatKpi('count', p.month.carsSettled) },
                { title: t('netadmin.col.revenue'), key: 'rev', width: 110, align: 'right', render: (_, p) => formatKpi('fen', p.month.revenueFen) },
                { title: t('netadmin.col.csi'), key: 'csi', width: 60, align: 'right', render: (_, p) => formatKpi('score', p.month.csi) },
              ],
            },
            {
              title: t('netadmin.col.score'),
              dataIndex: 'lastScore',
              width: 80,
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : v.toFixed(1)),
            },
            {
              title: t('netadmin.col.rect'),
              dataIndex: 'openRectifications',
              width: 80,
              align: 'right',
              render: (n: number) => (n ? <Tag color="warning">{n}</Tag> : '—'),
            },
          ]}
        />
      </Col>
      <Col xs={24} xxl={10}>
        <Card size="small" title={t('netadmin.chartTitle')}>
          <div role="img" aria-label={t('netadmin.chartAria')}>
            <EChart
              option={option}
              style={{ height: 420 }}
              onEvents={{ click: (p) => setOpen(points.find((x) => x.code === (p as { name?: string }).name)?.id ?? null) }}
            />
          </div>
          {unplaced > 0 && <Typography.Text type="secondary">{t('netadmin.noCoords', { count: unplaced })}</Typography.Text>}
        </Card>
      </Col>
    </Row>
  );

  return (
    <Card
      size="small"
      title={t('netadmin.nav')}
      extra={
        manage && (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCandidate(true)}>
              {t('netadmin.candidate')}
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        items={[
          { key: 'network', label: t('netadmin.tabs.network'), children: network },
          { key: 'scorecards', label: t('netadmin.tabs.scorecards'), children: <ScorecardsTab /> },
          { key: 'rect', label: t('netadmin.tabs.rectifications'), children: <RectificationsTable /> },
        ]}
      />
      {open && <PointAdminDrawer id={open} onClose={() => setOpen(null)} />}
      <CandidateModal open={candidate} points={points} onClose={() => setCandidate(false)} />
    </Card>
  );
}
