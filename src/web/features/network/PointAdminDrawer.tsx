import { useState } from 'react';
import { Button, Descriptions, Divider, Drawer, InputNumber, Select, Space, Steps, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { useReportError } from '../../lib/errors';
import { EChart } from '../../components/EChart';
import { formatKpi } from '../kpi/KpiPage';
import type { components } from '../../api/openapi.gen';
import { ACC_COLORS } from './NetworkAdminPage';
import { EvaluationModal, RectificationModal, ReviewModal, StepModal } from './PointModals';

type Point = components['schemas']['NetworkPoint'];
type Rect = components['schemas']['Rectification'];
const LIFECYCLE = ['applied', 'surveyed', 'preliminary', 'signed', 'operating'] as const;
const STARS = ['none', '1', '2', '3', '4', '5'] as const;
const RECT_COLOR = { open: 'default', in_progress: 'processing', done: 'cyan', reviewed: 'success' } as const;

export function RectificationList({ items, manage }: { items: Rect[]; manage: boolean }) {
  const { t } = useTranslation();
  const report = useReportError();
  const update = useApiMutation('patch', '/network/rectifications/{id}');
  const [review, setReview] = useState<Rect | null>(null);
  return (
    <>
      <Table<Rect>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: t('netadmin.none') }}
        columns={[
          { title: t('netadmin.title'), dataIndex: 'title' },
          { title: t('netadmin.col.name'), dataIndex: 'pointName', width: 180 },
          { title: t('netadmin.owner'), dataIndex: 'ownerName', width: 80 },
          {
            title: t('netadmin.dueOn'),
            dataIndex: 'dueOn',
            width: 110,
            render: (d: string, r) => (r.isOverdue ? <Tag color="error">{`${d} ${t('netadmin.overdue')}`}</Tag> : d),
          },
          {
            title: t('netadmin.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: Rect['status']) => <Tag color={RECT_COLOR[s]}>{t(`netadmin.rectStatus.${s}`)}</Tag>,
          },
          {
            title: '',
            key: 'act',
            width: 110,
            render: (_, r) =>
              r.status === 'open' || r.status === 'in_progress' ? (
                <Button
                  size="small"
                  onClick={() => update.mutateAsync({ params: { id: r.id }, body: { version: r.version, status: 'done' } }).catch((e) => report(e))}
                >
                  {t('netadmin.markDone')}
                </Button>
              ) : r.status === 'done' && manage ? (
                <Button size="small" type="primary" onClick={() => setReview(r)}>
                  {t('netadmin.review')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{r.reviewNote}</Typography.Text>
              ),
          },
        ]}
      />
      <ReviewModal rect={review} onClose={() => setReview(null)} />
    </>
  );
}

/** One point's administration: accreditation steps with dated records and documents, stars, evaluations, rectification. */
export function PointAdminDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const report = useReportError();
  const q = useApiQuery('/network/points/{id}', { params: { id } });
  const profile = useApiMutation('patch', '/network/points/{id}/profile');
  const [step, setStep] = useState<Point['nextActions'][number] | null>(null);
  const [evalOpen, setEvalOpen] = useState(false);
  const [rectOpen, setRectOpen] = useState(false);
  const [edit, setEdit] = useState<{ star?: Point['star']; lng?: number | null; lat?: number | null }>({});
  const manage = can('network.manage');
  const d = q.data;
  if (!d) return null;
  const p = d.point;
  const current = LIFECYCLE.indexOf(p.accreditation as (typeof LIFECYCLE)[number]);
  const trend = {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: d.evaluations.map((e) => e.period) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ type: 'line', data: d.evaluations.map((e) => e.total), label: { show: true }, markLine: { silent: true, data: [{ yAxis: 80 }] } }],
  };
  return (
    <Drawer open width={820} onClose={onClose} title={p.nameZh}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag>{t(`points.kinds.${p.kind}`)}</Tag>
        <Tag color="gold">{t(`netadmin.stars.${p.star}`)}</Tag>
        <Tag color={ACC_COLORS[p.accreditation]}>{t(`netadmin.acc.${p.accreditation}`)}</Tag>
        <Typography.Text type="secondary">
          {t('netadmin.col.cars')} {formatKpi('count', p.month.carsSettled)} · {t('netadmin.col.revenue')} {formatKpi('fen', p.month.revenueFen)} · CSI{' '}
          {formatKpi('score', p.month.csi)}
        </Typography.Text>
      </Space>
      <Typography.Title level={5}>{t('netadmin.lifecycle')}</Typography.Title>
      <Steps
        size="small"
        current={current < 0 ? 4 : current}
        status={p.accreditation === 'exited' ? 'error' : p.accreditation === 'rectifying' ? 'error' : undefined}
        items={LIFECYCLE.map((s) => ({ title: t(`netadmin.acc.${s}`) }))}
      />
      {manage && p.nextActions.length > 0 && (
        <Space wrap style={{ marginTop: 12 }}>
          {p.nextActions.map((a) => (
            <Button key={a} danger={a === 'exit' || a === 'rectify'} type={a === 'exit' || a === 'rectify' ? 'default' : 'primary'} onClick={() => setStep(a)}>
              {t(`netadmin.actions.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      <Divider titlePlacement="start">{t('netadmin.records')}</Divider>
      <Timeline
        items={d.records.map((r) => ({
          color: r.toStatus === 'exited' || r.toStatus === 'rectifying' ? 'red' : 'blue',
          content: (
            <div>
              <Typography.Text strong>
                {r.on} {t(`netadmin.acc.${r.toStatus}`)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">{r.byName}</Typography.Text>
              {r.note && <div>{r.note}</div>}
              {r.documents.map((doc) => (
                <div key={doc.id}>
                  <a href={`/api/attachments/${doc.id}`} target="_blank" rel="noreferrer">
                    {doc.fileName}
                  </a>
                </div>
              ))}
            </div>
          ),
        }))}
      />
      {manage && (
        <>
          <Divider titlePlacement="start">{t('netadmin.profile')}</Divider>
          <Space wrap align="end">
            <Select
              aria-label={t('netadmin.col.star')}
              style={{ width: 110 }}
              value={edit.star ?? p.star}
              onChange={(star) => setEdit((e) => ({ ...e, star }))}
              options={STARS.map((s) => ({ value: s, label: t(`netadmin.stars.${s}`) }))}
            />
            <InputNumber
              aria-label={t('netadmin.lng')}
              placeholder={t('netadmin.lng')}
              value={edit.lng ?? p.lng}
              min={-180}
              max={180}
              onChange={(lng) => setEdit((e) => ({ ...e, lng }))}
            />
            <InputNumber
              aria-label={t('netadmin.lat')}
              placeholder={t('netadmin.lat')}
              value={edit.lat ?? p.lat}
              min={-90}
              max={90}
              onChange={(lat) => setEdit((e) => ({ ...e, lat }))}
            />
            <Button
              onClick={() =>
                profile
                  .mutateAsync({ params: { id }, body: { version: p.version, ...edit } })
                  .then(() => setEdit({}))
                  .catch((e) => report(e))
              }
            >
              {t('netadmin.save')}
            </Button>
          </Space>
        </>
      )}
      <Divider titlePlacement="start">{t('netadmin.evaluations')}</Divider>
      {manage && (
        <Button style={{ marginBottom: 8 }} onClick={() => setEvalOpen(true)}>
          {t('netadmin.fill')}
        </Button>
      )}
      {d.evaluations.length > 0 && (
        <div role="img" aria-label={t('netadmin.trendAria')}>
          <EChart option={trend} style={{ height: 200 }} />
        </div>
      )}
      <Descriptions size="small" column={1} bordered>
        {d.evaluations.map((e) => (
          <Descriptions.Item key={e.id} label={`${e.period} ${e.scorecardName}`}>
            <Typography.Text strong>{e.total.toFixed(1)}</Typography.Text> {e.items.map((i) => `${i.nameZh} ${e.byItem[i.key] ?? 0}/${i.weight}`).join(';')}
            {e.note && <div>{e.note}</div>}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Divider titlePlacement="start">{t('netadmin.rectifications')}</Divider>
      {manage && (
        <Button style={{ marginBottom: 8 }} onClick={() => setRectOpen(true)}>
          {t('netadmin.newRect')}
        </Button>
      )}
      <RectificationList items={d.rectifications} manage={manage} />
      <StepModal point={p} action={step} onClose={() => setStep(null)} />
      <EvaluationModal point={p} open={evalOpen} onClose={() => setEvalOpen(false)} />
      <RectificationModal point={p} evaluationId={d.evaluations.at(-1)?.id ?? null} open={rectOpen} onClose={() => setRectOpen(false)} />
    </Drawer>
  );
}
