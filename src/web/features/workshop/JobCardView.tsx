import type { CSSProperties, ReactNode } from 'react';
import { Tooltip, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CARD_COLORS, canAssign, cardState, isAtRisk, type JobCard } from './types';
import { usePointTime } from '../../lib/time';

export const DRAG_TYPE = 'text/plain';

/** A job on the board: work-order number, plate, line; colour by state; red border when the promised time is at risk. */
export function JobCardView({ job, style, extra, canDrag }: { job: JobCard; style?: CSSProperties; extra?: ReactNode; canDrag: boolean }) {
  const { t } = useTranslation();
  const { time: hhmm } = usePointTime();
  const state = cardState(job);
  const paused = job.pauseReason
    ? `${t('ws.pausedFor', { reason: t(`ws.pauseReasons.${job.pauseReason}`) })}${job.pauseNote ? `(${job.pauseNote})` : ''}`
    : null;
  const c = CARD_COLORS[state];
  const risk = isAtRisk(job);
  const draggable = canDrag && canAssign(job);
  const tip = (
    <div style={{ fontSize: 12 }}>
      <div>
        <b>{job.workOrderNumber}</b> · {job.plate} · {job.model}
      </div>
      <div>
        {job.lineName}({job.standardMinutes} {t('ws.minutes')})
      </div>
      <div>
        {t(`ws.cardState.${state}`)}
        {job.technicianName ? ` · ${job.technicianName}` : ''}
      </div>
      <div>
        {t('ws.planned')}: {hhmm(job.plannedStartAt)}–{hhmm(job.plannedEndAt)}
      </div>
      {paused && <div>{paused}</div>}
      {job.startedAt && (
        <div>
          {t('ws.started')}: {hhmm(job.startedAt)}
        </div>
      )}
      {job.promisedAt && (
        <div>
          {t('ws.promised')}: {hhmm(job.promisedAt)}
          {risk ? ` · ${t('ws.atRisk')}` : ''}
        </div>
      )}
    </div>
  );
  return (
    <Tooltip title={tip} mouseEnterDelay={0.4}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dragging is the mouse's shortcut; the keyboard assigns through the 派工 dialog */}
      <div
        data-testid="job-card"
        data-job-id={job.id}
        data-state={state}
        data-pause-reason={job.pauseReason ?? undefined}
        data-at-risk={risk || undefined}
        draggable={draggable}
        onDragStart={(e) => {
          e.dataTransfer.setData(DRAG_TYPE, job.id);
          e.dataTransfer.effectAllowed = 'move';
        }}
        style={{
          background: c.bg,
          borderLeft: `4px solid ${c.border}`,
          border: risk ? '2px solid #f5222d' : `1px solid ${c.border}55`,
          borderLeftWidth: 4,
          borderLeftColor: c.border,
          borderRadius: 4,
          padding: '1px 4px',
          fontSize: 11,
          lineHeight: '14px',
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          cursor: draggable ? 'grab' : 'default',
          // Finished cards are grey (CARD_COLORS), not faded: faded text fails the 4.5:1 contrast rule.
          textDecoration: state === 'cancelled' ? 'line-through' : undefined,
          ...style,
        }}
      >
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 4 }}>
          <Typography.Text strong style={{ fontSize: 11 }} ellipsis>
            {job.plate || job.workOrderNumber}
          </Typography.Text>
          {risk && <WarningFilled style={{ color: '#f5222d' }} />}
        </div>
        <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', color: '#595959' }}>{paused ?? `${job.workOrderNumber} · ${job.lineName}`}</div>
        {extra}
      </div>
    </Tooltip>
  );
}
