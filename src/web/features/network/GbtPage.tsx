import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Col, Input, InputNumber, List, Progress, Result, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { callApi, useApiMutation, useApiQuery } from '../../api/query';
import { useReportError } from '../../lib/errors';
import { useSession } from '../../session/SessionContext';
import { openPrint } from '../work-orders/print';
import { GbtWeightsModal } from './GbtWeightsModal';
import type { components } from '../../api/openapi.gen';

type Evidence = components['schemas']['GbtEvidence'];
type Judgement = components['schemas']['GbtJudgement'];
type Assessment = components['schemas']['GbtAssessment'];
type Manual = { kind: 'auto' | 'pass' | 'fail' | 'excluded' | 'sampled'; reason?: string; sampled?: number; passed?: number; note?: string };

function toJudgement(m: Manual): Judgement | null {
  if (m.kind === 'auto') return null;
  if (m.kind === 'pass') return { kind: 'pass' };
  if (m.kind === 'sampled') return { kind: 'sampled', sampled: m.sampled ?? 0, passed: m.passed ?? 0 };
  return { kind: m.kind, reason: m.reason ?? '' };
}

/** GB/T 27922 self-assessment of a point: evidence per indicator, manual evidence, score, grade and the gap list. */
export default function GbtPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { points, pointId } = useSession();
  const report = useReportError();
  const [point, setPoint] = useState<string | undefined>(pointId);
  const ev = useApiQuery('/gbt27922/evidence', { query: { servicePointId: point } });
  const history = useApiQuery('/gbt27922/assessments', { query: { servicePointId: point } });
  const save = useApiMutation('post', '/gbt27922/assessments', { invalidate: ['/gbt27922'] });
  const [manual, setManual] = useState<Record<string, Manual>>({});
  const [result, setResult] = useState<Assessment | null>(null);
  const [weights, setWeights] = useState(false);
  const body = useMemo(() => {
    const m = Object.entries(manual).flatMap(([k, v]) => {
      const j = toJudgement(v);
      return j ? [[k, { judgement: j, note: v.note ?? '' }] as const] : [];
    });
    return { servicePointId: point, manual: Object.fromEntries(m) };
  }, [manual, point]);
  const startFrom = ev.data?.manual;
  useEffect(() => {
    if (!startFrom) return;
    setManual(
      Object.fromEntries(
        Object.entries(startFrom).map(([k, m]) => {
          const j = m.judgement as { kind: Manual['kind']; reason?: string; sampled?: number; passed?: number };
          return [k, { kind: j.kind, reason: j.reason, sampled: j.sampled, passed: j.passed, note: m.note }];
        }),
      ),
    );
  }, [startFrom]);
  useEffect(() => {
    if (!ev.data) return;
    let live = true;
    callApi('post', '/gbt27922/preview', { body })
      .then((a) => live && setResult(a))
      .catch(() => live && setResult(null));
    return () => {
      live = false;
    };
  }, [body, ev.data]);
  if (ev.error) return <Result status="warning" title={t('common.loadFailed')} subTitle={(ev.error as Error).message} />;
  const byKey = new Map((result?.indicators ?? []).map((i) => [i.key, i]));
  const set = (key: string, patch: Partial<Manual>) => setManual((m) => ({ ...m, [key]: { ...(m[key] ?? { kind: 'auto' }), ...patch } }));

  return (
    <Card
      size="small"
      title={t('gbt.nav')}
      extra={
        <Space wrap>
          <Select
            aria-label={t('gbt.point')}
            style={{ width: 260 }}
            value={point}
            onChange={(v) => {
              setPoint(v);
              setManual({});
            }}
            options={points.map((p) => ({ value: p.id, label: p.nameZh }))}
          />
          <Button onClick={() => setWeights(true)} disabled={!ev.data}>
            {t('gbt.weights')}
          </Button>
          <Button
            type="primary"
            onClick={() =>
              save
                .mutateAsync({ body })
                .then((a) => {
                  message.success(t('gbt.saved'));
                  if (a.id) openPrint(`/gbt27922/assessments/${a.id}/print`);
                })
                .catch((e) => report(e))
            }
          >
            {t('gbt.save')}
          </Button>
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small">
            <Statistic title={t('gbt.score')} value={result?.score ?? 0} precision={2} suffix={result ? `· ${result.grade.labelZh}` : ''} />
            <Progress
              percent={result?.score ?? 0}
              showInfo={false}
              aria-label={t('gbt.scoreAria')}
              strokeColor={(result?.score ?? 0) >= 70 ? '#237804' : '#cf1322'}
            />
            {ev.data && <Typography.Text type="secondary">{t('gbt.window', { from: ev.data.from, to: ev.data.to })}</Typography.Text>}
            <Typography.Title level={5} style={{ marginTop: 12 }}>
              {result?.next ? t('gbt.nextGrade', { label: result.next.labelZh, min: result.next.min, short: result.next.pointsShort }) : t('gbt.top')}
            </Typography.Title>
            {result?.next && (
              <List
                size="small"
                header={t('gbt.gaps')}
                dataSource={result.next.gaps}
                renderItem={(g) => (
                  <List.Item>
                    {g.nameZh} <Tag color="error">{t('gbt.lost', { lost: g.lost.toFixed(2) })}</Tag>
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card size="small" title={t('gbt.history')} style={{ marginTop: 16 }}>
            <List
              size="small"
              dataSource={history.data?.items ?? []}
              renderItem={(a) => (
                <List.Item
                  actions={[
                    <Button key="p" size="small" type="link" onClick={() => openPrint(`/gbt27922/assessments/${a.id}/print`)}>
                      {t('gbt.print')}
                    </Button>,
                  ]}
                >
                  {a.assessedOn} · {a.score.toFixed(2)} · {a.grade} · {a.byName}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Table<Evidence>
            size="small"
            rowKey="key"
            loading={ev.isFetching}
            pagination={false}
            dataSource={ev.data?.indicators ?? []}
            columns={[
              { title: t('gbt.col.group'), dataIndex: 'group', width: 100, render: (g: Evidence['group']) => t(`gbt.groups.${g}`) },
              { title: t('gbt.col.name'), dataIndex: 'nameZh', width: 100 },
              {
                title: t('gbt.col.found'),
                key: 'found',
                render: (_, i) => (
                  <div>
                    {i.found.length ? i.found.map((f) => <div key={f}>{f}</div>) : <Typography.Text type="warning">{t('gbt.noData')}</Typography.Text>}
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                      {t('gbt.looksAt', { what: i.looksAt })}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: t('gbt.col.judgement'),
                key: 'j',
                width: 250,
                render: (_, i) => {
                  const m = manual[i.key] ?? { kind: 'auto' };
                  const r = byKey.get(i.key);
                  return (
                    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                      {r && <Tag color={r.source === 'missing' ? 'error' : r.source === 'manual' ? 'blue' : 'green'}>{t(`gbt.sources.${r.source}`)}</Tag>}
                      <Select
                        aria-label={`${i.nameZh} ${t('gbt.col.judgement')}`}
                        size="small"
                        style={{ width: '100%' }}
                        value={m.kind}
                        onChange={(kind) => set(i.key, { kind })}
                        options={(['auto', 'pass', 'fail', 'excluded', 'sampled'] as const).map((k) => ({ value: k, label: t(`gbt.kinds.${k}`) }))}
                      />
                      {(m.kind === 'fail' || m.kind === 'excluded') && (
                        <Input
                          size="small"
                          aria-label={t('gbt.reason')}
                          placeholder={t('gbt.reason')}
                          value={m.reason}
                          onChange={(e) => set(i.key, { reason: e.target.value })}
                        />
                      )}
                      {m.kind === 'sampled' && (
                        <Space size={4}>
                          <InputNumber
                            size="small"
                            min={0}
                            aria-label={t('netadmin.sampled')}
                            placeholder={t('netadmin.sampled')}
                            value={m.sampled}
                            onChange={(v) => set(i.key, { sampled: v ?? 0 })}
                          />
                          <InputNumber
                            size="small"
                            min={0}
                            aria-label={t('netadmin.passed')}
                            placeholder={t('netadmin.passed')}
                            value={m.passed}
                            onChange={(v) => set(i.key, { passed: v ?? 0 })}
                          />
                        </Space>
                      )}
                      {m.kind !== 'auto' && (
                        <Input
                          size="small"
                          aria-label={t('gbt.manualNote')}
                          placeholder={t('gbt.manualNote')}
                          value={m.note}
                          onChange={(e) => set(i.key, { note: e.target.value })}
                        />
                      )}
                    </Space>
                  );
                },
              },
              {
                title: t('gbt.col.earned'),
                key: 'earned',
                width: 90,
                align: 'right',
                render: (_, i) => {
                  const r = byKey.get(i.key);
                  return r ? (r.applicable ? `${r.earned.toFixed(2)} / ${r.weight.toFixed(2)}` : '—') : '';
                },
              },
            ]}
          />
        </Col>
      </Row>
      {weights && ev.data && <GbtWeightsModal pointId={point} indicators={ev.data.indicators} onClose={() => setWeights(false)} />}
    </Card>
  );
}
