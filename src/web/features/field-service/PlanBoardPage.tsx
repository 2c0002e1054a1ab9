/** 派工看板: the day's visits of the point, "plan routes" (the route planner), manual override, and a map-like scatter. */
import { useMemo, useState } from 'react';
import { App, Button, Card, DatePicker, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { FieldVisit } from '../../../contracts/field-service';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { EChart } from '../../components/EChart';
import { usePointTime } from '../../lib/time';
import { useRun } from '../crm/useRun';
import { Deadline, VisitStatusTag } from './VisitTags';
import { RouteLanes } from './RouteLanes';

export default function PlanBoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const time = usePointTime();
  const [date, setDate] = useState(() => time.date(new Date()));
  const board = useApiQuery('/field/board', { query: { date } });
  const refresh = useInvalidate('/field');
  const run = useRun(refresh);
  const [busy, setBusy] = useState(false);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const engineers = board.data?.engineers ?? [];
  const visits = board.data?.visits ?? [];
  const plan = async () => {
    setBusy(true);
    try {
      const r = await callApi('post', '/field/board/plan', { body: { date } });
      setReasons(Object.fromEntries(r.unassigned.map((u) => [u.visitId, u.reason])));
      message.success(t('fld.planned', { n: r.visits.filter((v) => v.status === 'assigned').length, m: r.unassigned.length }));
      refresh();
    } finally {
      setBusy(false);
    }
  };
  // "Assign to…" goes through the board's override (validated, warnings, recorded), as the drag does.
  const assign = (v: FieldVisit, engineerId: string | null) =>
    run(() => callApi('post', '/field/visits/{id}/move', { params: { id: v.id }, body: { version: v.version, engineerId } }));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      xAxis: { type: 'value', name: t('fld.lng'), scale: true },
      yAxis: { type: 'value', name: t('fld.lat'), scale: true },
      series: [
        {
          name: t('fld.engineers'),
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 16,
          data: engineers.map((e) => ({ name: e.name, value: [e.homeLng, e.homeLat] })),
        },
        {
          name: t('fld.visits'),
          type: 'scatter',
          symbolSize: 12,
          data: visits.filter((v) => v.lat !== null).map((v) => ({ name: `${v.number} ${v.engineerName ?? t('fld.unassigned')}`, value: [v.lng, v.lat] })),
        },
      ],
    }),
    [engineers, visits, t],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('fld.navBoard')}</Typography.Title>
      <Space>
        <DatePicker aria-label={t('fld.date')} value={dayjs(date)} allowClear={false} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
        <Button type="primary" loading={busy} onClick={() => void plan()} data-testid="field-plan">
          {t('fld.plan')}
        </Button>
      </Space>
      <Table<FieldVisit>
        size="small"
        rowKey="id"
        loading={board.isFetching}
        dataSource={visits}
        pagination={false}
        data-testid="field-board"
        columns={[
          { title: t('fld.number'), dataIndex: 'number' },
          { title: t('fld.status'), render: (_, v) => <VisitStatusTag status={v.status} /> },
          { title: t('fld.serial'), render: (_, v) => `${v.productModel} ${v.serial}` },
          { title: t('fld.customer'), render: (_, v) => `${v.customerName} · ${v.siteAddress}` },
          { title: t('fld.requiredSkill'), dataIndex: 'requiredSkill' },
          { title: t('fld.deadline'), render: (_, v) => <Deadline v={v} /> },
          {
            title: t('fld.engineer'),
            render: (_, v) =>
              ['open', 'assigned'].includes(v.status) ? (
                <Select
                  aria-label={t('fld.engineer')}
                  style={{ width: 140 }}
                  allowClear
                  value={v.engineerId ?? undefined}
                  placeholder={t('fld.unassigned')}
                  onChange={(id) => void assign(v, id ?? null)}
                  options={engineers.map((e) => ({ value: e.id, label: e.name }))}
                  data-testid="field-assign"
                />
              ) : (
                (v.engineerName ?? '—')
              ),
          },
          { title: t('fld.route'), render: (_, v) => v.routeOrder ?? '—' },
          { title: t('fld.eta'), render: (_, v) => time.time(v.etaAt) },
          { title: '', render: (_, v) => (reasons[v.id] && v.status === 'open' ? <Tag color="red">{reasons[v.id]}</Tag> : null) },
        ]}
      />
      <RouteLanes engineers={engineers} visits={visits} refresh={refresh} />
      <Card size="small" title={t('fld.map')}>
        <EChart option={option} style={{ height: 360 }} />
      </Card>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={engineers}
        columns={[
          { title: t('fld.engineer'), dataIndex: 'name' },
          { title: t('fld.skills'), render: (_, e) => e.skills.join('、') },
          {
            title: t('fld.certificates'),
            render: (_, e) =>
              e.certificates.map((c) => (
                <Tag key={c.id} color={c.valid ? 'green' : 'red'}>
                  {c.skill} ≤ {c.validUntil}
                </Tag>
              )),
          },
          { title: t('fld.van'), render: (_, e) => e.vanStock.map((s) => `${s.partName}×${s.qty}`).join('、') || '—' },
        ]}
      />
    </Space>
  );
}
