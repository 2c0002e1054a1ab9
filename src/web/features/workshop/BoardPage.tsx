import { useCallback, useState } from 'react';
import { App, Button, DatePicker, Result, Space, Spin, Tag, Typography } from 'antd';
import { BulbOutlined, LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { callApi, useApiQuery, useInvalidate } from '../../api/query';
import { useSession } from '../../session/SessionContext';
import { isConflict } from '../../lib/errors';
import { BoardLanes } from './BoardLanes';
import { LiveBadge } from './LiveBadge';
import { SuggestionsModal } from './SuggestionsModal';
import { AssignModal, UnassignedList } from './Unassigned';
import { useBoardEvents } from './useBoardEvents';
import type { JobCard } from './types';

const COUNTS = [
  { key: 'pending', color: 'default' },
  { key: 'inProgress', color: 'green' },
  { key: 'waitingParts', color: 'purple' },
  { key: 'qc', color: 'gold' },
  { key: 'ready', color: 'cyan' },
] as const;

/** 维修管理看板: technician swim lanes on the day's time axis, unassigned jobs, dispatch by drag and drop; live. */
export default function BoardPage() {
  const { t } = useTranslation();
  const { pointId, can } = useSession();
  const canDispatch = can('workshop.dispatch');
  // null = today at the station: the server picks the day in the point's time zone, never the browser's clock.
  const [chosenDay, setDate] = useState<string | null>(null);
  const [picked, setPicked] = useState<JobCard | null>(null);
  const [suggestOpen, setSuggestOpen] = useState(false);
  const board = useApiQuery('/workshop/board', { query: { date: chosenDay ?? undefined, servicePointId: pointId }, enabled: !!pointId });
  const day = chosenDay ?? board.data?.localDate ?? '';
  const date = day ? dayjs(day) : null;
  const shift = (n: number) => date && setDate(date.add(n, 'day').format('YYYY-MM-DD'));
  // The board, my jobs, QC and the orders' statuses follow a change of a job.
  const reload = useInvalidate('/workshop', '/work-orders');
  const live = useBoardEvents(pointId, reload);
  const { message } = App.useApp();

  const assign = useCallback(
    async (job: JobCard, techId: string, time?: string) => {
      const tech = board.data?.lanes.flatMap((l) => l.technicians).find((x) => x.employeeId === techId);
      try {
        await callApi('post', '/workshop/jobs/{id}/assign', {
          params: { id: job.id },
          body: { version: job.version, technicianEmployeeId: techId, ...(time ? { plannedTime: time, plannedDate: board.data?.localDate } : {}) },
        });
        message.success(
          time ? t('ws.droppedAt', { plate: job.plate, name: tech?.name ?? '', time }) : t('ws.assigned', { plate: job.plate, name: tech?.name ?? '' }),
        );
        reload();
        return true;
      } catch (e) {
        // 422: the server's Chinese reason (工种不符 / 从业资格 / 学徒…), as is.
        message.error(isConflict(e) ? t('common.staleVersion') : (e as Error).message, 5);
        reload();
        return false;
      }
    },
    [board.data, message, reload, t],
  );

  const onDropJob = (jobId: string, techId: string, time?: string) => {
    const all = [...(board.data?.unassigned ?? []), ...(board.data?.lanes.flatMap((l) => l.technicians.flatMap((x) => x.jobs)) ?? [])];
    const job = all.find((j) => j.id === jobId);
    // Dropped on its own row at another time: a new planned start; on another row: a new technician.
    if (job && (job.technicianEmployeeId !== techId || time)) void assign(job, techId, time);
  };

  if (board.error && !board.data)
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={(board.error as Error).message}
        extra={<Button onClick={reload}>{t('common.retry')}</Button>}
      />
    );
  const b = board.data;
  // 待派工: the server's one set (the count above, this list and the suggestion agree).
  const unassigned = b?.unassigned ?? [];

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 'calc(100vh - 96px)', minHeight: 420 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap size={[8, 4]}>
        <Space size={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('nav.board')}
          </Typography.Title>
          <LiveBadge live={live} />
        </Space>
        <Space size={4} wrap>
          <Button icon={<LeftOutlined />} onClick={() => shift(-1)} aria-label={t('ws.prevDay')} />
          <DatePicker
            allowClear={false}
            value={date}
            onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
            format="YYYY-MM-DD dddd"
            style={{ width: 160 }}
            data-testid="board-date"
          />
          <Button icon={<RightOutlined />} onClick={() => shift(1)} aria-label={t('ws.nextDay')} />
          <Button onClick={() => setDate(null)}>{t('ws.today')}</Button>
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('common.refresh')} />
          {canDispatch && (
            <Button type="primary" icon={<BulbOutlined />} onClick={() => setSuggestOpen(true)} disabled={!unassigned.length} data-testid="suggest">
              {t('ws.suggestions')}
            </Button>
          )}
        </Space>
      </Space>
      <Space size={6} wrap style={{ marginBottom: 8 }} data-testid="board-counts">
        {COUNTS.map((c) => (
          <Tag key={c.key} color={c.color} style={{ fontSize: 13, padding: '2px 10px', margin: 0 }} data-testid={`count-${c.key}`}>
            {t(`ws.counts.${c.key}`)} <b>{b?.columns[c.key] ?? '—'}</b>
          </Tag>
        ))}
        <Space size={4} style={{ marginLeft: 8, fontSize: 11, color: 'rgba(0, 0, 0, 0.65)' }} wrap>
          {(['assigned', 'in_progress', 'paused', 'waiting_parts', 'finished', 'rework'] as const).map((s) => (
            <span key={s}>
              <span className={`ws-dot ws-dot-${s}`} />
              {t(`ws.cardState.${s}`)}
            </span>
          ))}
        </Space>
      </Space>
      <Spin spinning={board.isLoading}>
        <div data-testid="workshop-board" style={{ display: 'flex', gap: 8, height: 'calc(100vh - 190px)', minHeight: 320 }}>
          {/* A scrolling region the keyboard can reach (Tab, then the arrow keys). */}
          <section
            aria-label={t('nav.board')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
            tabIndex={0}
            style={{ flex: 1, minWidth: 0, overflow: 'auto', border: '1px solid #f0f0f0', borderRadius: 6, background: '#fff' }}
          >
            {b && <BoardLanes board={b} canDispatch={canDispatch} onDropJob={onDropJob} />}
          </section>
          <div
            style={{
              width: 200,
              flex: 'none',
              display: 'flex',
              flexDirection: 'column',
              border: '1px solid #f0f0f0',
              borderRadius: 6,
              padding: 6,
              background: '#fff',
              overflow: 'hidden',
            }}
          >
            <UnassignedList jobs={unassigned} canDispatch={canDispatch} onPick={setPicked} />
          </div>
        </div>
      </Spin>
      <style>{DOT_CSS}</style>
      <AssignModal job={picked} board={b} onClose={() => setPicked(null)} onAssign={assign} />
      <SuggestionsModal open={suggestOpen} pointId={pointId} board={b} onClose={() => setSuggestOpen(false)} onApplied={reload} />
    </div>
  );
}

const DOT_CSS = `.ws-dot{display:inline-block;width:8px;height:8px;border-radius:2px;margin-right:3px;vertical-align:middle}
.ws-dot-assigned{background:#1677ff}.ws-dot-in_progress{background:#389e0d}.ws-dot-paused{background:#d46b08}
.ws-dot-waiting_parts{background:#722ed1}.ws-dot-finished{background:#b7b7b7}.ws-dot-rework{background:#cf1322}`;
