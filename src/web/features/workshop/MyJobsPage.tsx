import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Button, Card, Empty, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import { CheckOutlined, LoginOutlined, LogoutOutlined, PauseOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { apiQueryOptions, callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { TechSupportButton } from '../knowledge/TechSupportButton';
import { useRun } from '../crm/useRun';
import { LiveBadge } from './LiveBadge';
import { useBoardEvents } from './useBoardEvents';
import { usePointTime } from '../../lib/time';
import { PauseModal, type PauseInput } from './PauseModal';
import { ReportExtraWorkButton } from '../extra-work/ReportExtraWorkButton';
import { CARD_COLORS, cardState, isAtRisk, type JobCard } from './types';

type Act = 'start' | 'pause' | 'finish';
const ALLOWED: Record<Act, JobCard['status'][]> = { start: ['pending', 'paused', 'rework'], pause: ['in_progress'], finish: ['in_progress', 'paused'] };

/** The work order's concerns for each job (each order from the cache it shares with the order's page). */
function useConcerns(jobs: JobCard[]) {
  const ids = [...new Set(jobs.map((j) => j.workOrderId))].sort();
  return useQueries({
    queries: ids.map((id) => ({ ...apiQueryOptions('/work-orders/{id}', { params: { id } }), staleTime: 60_000 })),
    combine: (results) => Object.fromEntries(results.flatMap((r) => (r.data ? [[r.data.id, r.data.concerns]] : []))) as Record<string, string>,
  });
}

function JobBig({ job, concerns, busy, onAct }: { job: JobCard; concerns?: string; busy: boolean; onAct: (a: Act) => void }) {
  const { t } = useTranslation();
  const { time: hhmm } = usePointTime();
  const state = cardState(job);
  const c = CARD_COLORS[state];
  const big = { size: 'large' as const, block: true, style: { height: 52, fontSize: 17 } };
  return (
    <Card
      size="small"
      data-testid="my-job"
      data-job-id={job.id}
      style={{ borderLeft: `6px solid ${c.border}`, borderColor: isAtRisk(job) ? '#f5222d' : undefined }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {job.plate || job.workOrderNumber}
          </Typography.Title>
          <Typography.Text type="secondary">
            {job.workOrderNumber} · {job.model}
          </Typography.Text>
        </div>
        <Tag
          color={state === 'in_progress' ? 'green' : state === 'paused' ? 'orange' : state === 'rework' ? 'red' : state === 'waiting_parts' ? 'purple' : 'blue'}
          style={{ fontSize: 14, padding: '2px 8px' }}
        >
          {t(`ws.cardState.${state}`)}
        </Tag>
      </Space>
      <Typography.Paragraph strong style={{ fontSize: 17, margin: '8px 0 4px' }}>
        {job.lineName}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('ws.planned')} {hhmm(job.plannedStartAt)}–{hhmm(job.plannedEndAt)} · {job.standardMinutes} {t('ws.minutes')}
        {job.promisedAt ? ` · ${t('ws.promised')} ${hhmm(job.promisedAt)}` : ''}
      </Typography.Paragraph>
      {job.pauseReason && (
        <Typography.Paragraph style={{ margin: '6px 0 0', color: '#ad4e00' }} data-testid="pause-reason">
          {t('ws.pausedFor', { reason: t(`ws.pauseReasons.${job.pauseReason}`) })}
          {job.pauseNote ? `(${job.pauseNote})` : ''}
        </Typography.Paragraph>
      )}
      {concerns && (
        <Typography.Paragraph style={{ background: '#fafafa', padding: 8, borderRadius: 4, margin: '8px 0', whiteSpace: 'pre-wrap' }}>
          {t('ws.concerns')}:{concerns}
        </Typography.Paragraph>
      )}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 8, marginTop: 8 }}>
        <Button
          {...big}
          type="primary"
          icon={<PlayCircleOutlined />}
          disabled={!ALLOWED.start.includes(job.status)}
          loading={busy}
          onClick={() => onAct('start')}
          data-testid="job-start"
        >
          {t('ws.start')}
        </Button>
        <Button
          {...big}
          icon={<PauseOutlined />}
          disabled={!ALLOWED.pause.includes(job.status)}
          loading={busy}
          onClick={() => onAct('pause')}
          data-testid="job-pause"
        >
          {t('ws.pause')}
        </Button>
        <Popconfirm title={t('ws.finishConfirm', { line: job.lineName })} onConfirm={() => onAct('finish')} disabled={!ALLOWED.finish.includes(job.status)}>
          <Button
            {...big}
            icon={<CheckOutlined />}
            disabled={!ALLOWED.finish.includes(job.status)}
            loading={busy}
            style={{ ...big.style, ...(ALLOWED.finish.includes(job.status) ? { background: '#237804', color: '#fff' } : {}) }}
            data-testid="job-finish"
          >
            {t('ws.finish')}
          </Button>
        </Popconfirm>
      </div>
      {job.status !== 'finished' && <ReportExtraWorkButton workOrderId={job.workOrderId} plate={job.plate || job.workOrderNumber} />}
      {job.status !== 'finished' && <TechSupportButton workOrderId={job.workOrderId} jobId={job.id} />}
    </Card>
  );
}

/** 我的工作 (phone): my jobs as big cards with 开工 / 暂停 / 完工, and clocking in and out. */
export default function MyJobsPage() {
  const { t } = useTranslation();
  const { pointId } = useSession();
  const mine = useApiQuery('/workshop/my-jobs');
  const reload = useInvalidate('/workshop', '/work-orders');
  const live = useBoardEvents(pointId, reload);
  const run = useRun(reload);
  const [busy, setBusy] = useState<string | null>(null);
  const [pausing, setPausing] = useState<JobCard | null>(null);
  const jobs = (mine.data?.items ?? []).filter((j) => j.status !== 'cancelled');
  const concerns = useConcerns(jobs);

  const act = async (job: JobCard, a: Act) => {
    if (a === 'pause') return setPausing(job);
    setBusy(job.id);
    await run(() => callApi('post', `/workshop/jobs/{id}/${a}`, { params: { id: job.id }, body: { version: job.version } }), {
      success: t(`ws.done.${a}`),
    }).finally(() => setBusy(null));
  };
  const pause = async (job: JobCard, p: PauseInput) => {
    setBusy(job.id);
    await run(() => callApi('post', '/workshop/jobs/{id}/pause', { params: { id: job.id }, body: { version: job.version, ...p } }), {
      success: t('ws.done.pause'),
    }).finally(() => {
      setBusy(null);
      setPausing(null);
    });
  };
  const clock = async (dir: 'in' | 'out') => {
    setBusy('clock');
    await run(() => callApi('post', `/workshop/attendance/clock-${dir}`), { success: t(dir === 'in' ? 'ws.clockedIn' : 'ws.clockedOut') }).finally(() =>
      setBusy(null),
    );
  };

  if (mine.error && !mine.data) return <Result status="warning" title={t('common.loadFailed')} subTitle={(mine.error as Error).message} />;
  const inNow = mine.data?.isClockedIn ?? false;
  const open = jobs.filter((j) => j.status !== 'finished');
  const done = jobs.filter((j) => j.status === 'finished');

  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }} data-testid="my-jobs">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('nav.myJobs')}
        </Typography.Title>
        <LiveBadge live={live} />
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Tag color={inNow ? 'green' : 'default'} style={{ fontSize: 14, padding: '4px 8px' }} data-testid="clock-state">
            {inNow ? t('ws.onDuty') : t('ws.offDuty')}
          </Tag>
          <Space>
            <Button
              size="large"
              type="primary"
              icon={<LoginOutlined />}
              disabled={inNow}
              loading={busy === 'clock'}
              onClick={() => clock('in')}
              data-testid="clock-in"
            >
              {t('ws.clockIn')}
            </Button>
            <Button size="large" icon={<LogoutOutlined />} disabled={!inNow} loading={busy === 'clock'} onClick={() => clock('out')} data-testid="clock-out">
              {t('ws.clockOut')}
            </Button>
          </Space>
        </Space>
      </Card>
      <Spin spinning={mine.isLoading}>
        <Space orientation="vertical" style={{ width: '100%' }} size={12}>
          {open.length === 0 && !mine.isLoading && <Empty description={t('ws.noJobs')} />}
          {open.map((j) => (
            <JobBig key={j.id} job={j} concerns={concerns[j.workOrderId]} busy={busy === j.id} onAct={(a) => act(j, a)} />
          ))}
          {done.length > 0 && (
            <Typography.Text type="secondary">
              {t('ws.finishedToday', { count: done.length })}:{done.map((j) => `${j.plate} ${j.lineName}`).join('、')}
            </Typography.Text>
          )}
        </Space>
      </Spin>
      <PauseModal job={pausing} onCancel={() => setPausing(null)} onPause={(p) => pause(pausing!, p)} />
    </div>
  );
}
