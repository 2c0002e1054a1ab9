/** Workshop job states (作业状态) and which actions each allows. Pure. */

/** pending (not started, assigned or not), in_progress (clocked on), paused, finished, rework (after a failed QC), cancelled. */
export const JOB_STATUSES = ['pending', 'in_progress', 'paused', 'finished', 'rework', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_STATUS_LABELS: Record<JobStatus, { zh: string; en: string }> = {
  pending: { zh: '待开工', en: 'Pending' },
  in_progress: { zh: '作业中', en: 'In progress' },
  paused: { zh: '已暂停', en: 'Paused' },
  finished: { zh: '已完工', en: 'Finished' },
  rework: { zh: '返工', en: 'Rework' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/** Jobs still to be worked on. */
export const OPEN_JOB_STATUSES: readonly JobStatus[] = ['pending', 'in_progress', 'paused', 'rework'];

export type JobAction = 'assign' | 'start' | 'pause' | 'finish';
const ALLOWED: Record<JobAction, readonly JobStatus[]> = {
  assign: ['pending', 'paused', 'rework'],
  start: ['pending', 'paused', 'rework'],
  pause: ['in_progress'],
  finish: ['in_progress', 'paused'],
};
const ACTION_LABELS: Record<JobAction, string> = { assign: '派工', start: '开工', pause: '暂停', finish: '完工' };

/** Null when `action` is allowed in `status`, else the Chinese refusal. */
export function refuseJobAction(status: JobStatus, action: JobAction): string | null {
  return ALLOWED[action].includes(status) ? null : `作业状态为「${JOB_STATUS_LABELS[status].zh}」,不能${ACTION_LABELS[action]}`;
}
