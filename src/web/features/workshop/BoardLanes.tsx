import { useState } from 'react';
import { Empty, Progress, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DRAG_TYPE, JobCardView } from './JobCardView';
import { HOURS, nowPercent, place, timeAtFraction } from './timeline';
import type { Board, Technician } from './types';

const NAME_W = 168;
const ROW_H = 32;
const GRADE_COLORS: Record<string, string> = { master: 'gold', mid: 'blue', apprentice: 'green' };

function Grid() {
  return (
    <>
      {HOURS.slice(1, -1).map((h, i) => (
        <div key={h} style={{ position: 'absolute', top: 0, bottom: 0, left: `${((i + 1) / (HOURS.length - 1)) * 100}%`, borderLeft: '1px dashed #f0f0f0' }} />
      ))}
    </>
  );
}

function Capacity({ tech }: { tech: Technician }) {
  const { t } = useTranslation();
  const { presentMinutes: present, plannedMinutes: planned, clockedMinutes: clocked } = tech.capacity;
  const ratio = present > 0 ? (planned / present) * 100 : planned > 0 ? 101 : 0;
  return (
    <Tooltip title={t('ws.capacityTip', { planned, present, clocked })}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
        <Progress
          percent={Math.min(ratio, 100)}
          size="small"
          showInfo={false}
          status={ratio > 100 ? 'exception' : 'normal'}
          style={{ margin: 0, flex: 1 }}
          aria-label={t('ws.capacityTip', { planned, present, clocked })}
          data-testid="capacity-bar"
        />
        <span style={{ fontSize: 10, color: 'rgba(0, 0, 0, 0.65)', whiteSpace: 'nowrap' }}>{t('ws.capacityShort', { planned, present })}</span>
      </div>
    </Tooltip>
  );
}

/** Swim lanes: a row per technician, grouped by team, with job cards on the working day's time axis. */
export function BoardLanes({
  board,
  canDispatch,
  onDropJob,
}: {
  board: Board;
  canDispatch: boolean;
  onDropJob: (jobId: string, techId: string, time?: string) => void;
}) {
  const { t } = useTranslation();
  const [over, setOver] = useState<string | null>(null);
  const now = nowPercent(board.localDate);
  if (board.lanes.every((l) => l.technicians.length === 0)) return <Empty description={t('ws.noTechnicians')} />;

  return (
    <div style={{ minWidth: 640 }}>
      <div style={{ display: 'flex', position: 'sticky', top: 0, zIndex: 2, background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
        <div style={{ width: NAME_W, flex: 'none', fontSize: 12, color: 'rgba(0, 0, 0, 0.65)', padding: '2px 4px' }}>{t('ws.technician')}</div>
        <div style={{ flex: 1, position: 'relative', height: 20 }}>
          {HOURS.map((h, i) => (
            <span
              key={h}
              style={{
                position: 'absolute',
                left: `${(i / (HOURS.length - 1)) * 100}%`,
                transform: i === 0 ? undefined : i === HOURS.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
                fontSize: 11,
                color: 'rgba(0, 0, 0, 0.65)',
              }}
            >
              {String(h).padStart(2, '0')}:00
            </span>
          ))}
        </div>
      </div>
      {board.lanes.map((lane) => (
        <div key={lane.teamId ?? 'none'} data-testid="team-lane">
          <div style={{ background: '#fafafa', padding: '2px 6px', fontSize: 12, fontWeight: 600, borderBottom: '1px solid #f0f0f0' }}>
            {lane.teamName}
            {lane.trade ? (
              <Tag bordered={false} style={{ marginLeft: 6, fontSize: 11 }}>
                {t(`trade.${lane.trade}`, { defaultValue: lane.trade })}
              </Tag>
            ) : null}
          </div>
          {lane.technicians.map((tech) => {
            const { placed, rows } = place(tech.jobs, board.localDate);
            const h = Math.max(rows * ROW_H + 4, 40);
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for dragging with the mouse; the keyboard assigns through the card's 派工 dialog
              <div
                key={tech.employeeId}
                data-testid="tech-row"
                data-tech-id={tech.employeeId}
                style={{
                  display: 'flex',
                  borderBottom: '1px solid #f0f0f0',
                  background: over === tech.employeeId ? '#e6f4ff' : tech.isPresent ? undefined : '#fcfcfc',
                }}
                onDragOver={(e) => {
                  if (!canDispatch) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  setOver(tech.employeeId);
                }}
                onDragLeave={() => setOver((o) => (o === tech.employeeId ? null : o))}
                onDrop={(e) => {
                  e.preventDefault();
                  setOver(null);
                  const id = e.dataTransfer.getData(DRAG_TYPE);
                  // Where on the time axis the card was let go is its planned start (the name column: when the technician is free).
                  const axis = (e.currentTarget as HTMLElement).querySelector<HTMLElement>('[data-axis]')?.getBoundingClientRect();
                  const time = axis && e.clientX >= axis.left ? timeAtFraction((e.clientX - axis.left) / axis.width) : undefined;
                  if (id) onDropJob(id, tech.employeeId, time);
                }}
              >
                <div style={{ width: NAME_W, flex: 'none', padding: '2px 6px', borderRight: '1px solid #f0f0f0' }}>
                  <div style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
                    <Typography.Text strong ellipsis style={{ fontSize: 12, maxWidth: 80 }} type={tech.isPresent ? undefined : 'secondary'}>
                      {tech.name}
                    </Typography.Text>
                    <Tag color={GRADE_COLORS[tech.skillGrade]} style={{ fontSize: 10, lineHeight: '16px', padding: '0 3px', margin: 0 }}>
                      {t(`grade.${tech.skillGrade}`, { defaultValue: tech.skillGrade })}
                    </Tag>
                    {!tech.isPresent && <Tag style={{ fontSize: 10, lineHeight: '16px', padding: '0 3px', margin: 0 }}>{t('ws.absent')}</Tag>}
                  </div>
                  <Capacity tech={tech} />
                </div>
                <div data-axis style={{ flex: 1, position: 'relative', height: h }}>
                  <Grid />
                  {now !== null && (
                    <div style={{ position: 'absolute', top: 0, bottom: 0, left: `${now}%`, borderLeft: '2px solid #ff4d4f', opacity: 0.5, zIndex: 1 }} />
                  )}
                  {placed.map((p) => (
                    <JobCardView
                      key={p.job.id}
                      job={p.job}
                      canDrag={canDispatch}
                      style={{
                        position: 'absolute',
                        top: 2 + p.row * ROW_H,
                        left: `${p.left}%`,
                        width: `calc(${p.width}% - 2px)`,
                        height: ROW_H - 3,
                        zIndex: 2,
                      }}
                    />
                  ))}
                </div>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
