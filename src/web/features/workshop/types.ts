/** Workshop shapes from the API contracts (types only) and small pure helpers for the board. */
import type { Answer } from '../../api/paths';
import { REPAIR_CATEGORY_LABELS, type RepairCategory } from '../../../domain/work-orders/guarantee';

export type Board = Answer<'/workshop/board'>;
export type Kpis = Answer<'/workshop/kpis'>;
export type WorkOrder = Answer<'/work-orders/{id}'>;
export type WorkOrderListItem = Answer<'/work-orders'>['items'][number];
export type Lane = Board['lanes'][number];
export type Technician = Lane['technicians'][number];
export type JobCard = Board['unassigned'][number];
export type Suggestions = Answer<'/workshop/suggestions'>;
export type MyJobs = Answer<'/workshop/my-jobs'>;

/** The look of a card: one colour per job state (waiting parts and "assigned" are derived). */
export type CardState = 'unassigned' | 'assigned' | 'in_progress' | 'paused' | 'waiting_parts' | 'finished' | 'rework' | 'cancelled';

export function cardState(j: JobCard): CardState {
  if (j.status === 'finished' || j.status === 'cancelled' || j.status === 'rework' || j.status === 'in_progress') return j.status;
  if (j.isWaitingParts) return 'waiting_parts';
  if (j.status === 'paused') return 'paused';
  return j.technicianEmployeeId ? 'assigned' : 'unassigned';
}

export const CARD_COLORS: Record<CardState, { border: string; bg: string }> = {
  unassigned: { border: '#8c8c8c', bg: '#f5f5f5' },
  assigned: { border: '#1677ff', bg: '#e6f4ff' },
  in_progress: { border: '#389e0d', bg: '#f6ffed' },
  paused: { border: '#d46b08', bg: '#fff7e6' },
  waiting_parts: { border: '#722ed1', bg: '#f9f0ff' },
  finished: { border: '#b7b7b7', bg: '#fafafa' },
  rework: { border: '#cf1322', bg: '#fff1f0' },
  cancelled: { border: '#d9d9d9', bg: '#fafafa' },
};

/** The plan will end after the time promised to the customer (or the server already says it is late). */
export function isAtRisk(j: JobCard): boolean {
  if (j.isLate) return true;
  if (!j.promisedAt || j.status === 'finished' || j.status === 'cancelled') return false;
  const end = j.plannedEndAt ?? (j.startedAt ? new Date(new Date(j.startedAt).getTime() + j.standardMinutes * 60_000).toISOString() : null);
  return !!end && new Date(end).getTime() > new Date(j.promisedAt).getTime();
}

/** Jobs that may be (re)assigned. */
export const canAssign = (j: JobCard) => j.status === 'pending' || j.status === 'paused' || j.status === 'rework';

export const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 1000) / 10}%`);

export const categoryLabel = (c: string, lang: string) => {
  const l = REPAIR_CATEGORY_LABELS[c as RepairCategory];
  return l ? (lang === 'en-US' ? l.en : l.zh) : c;
};
/** Categories whose pass needs a road test and earns a 竣工出厂合格证. */
export const ROAD_TEST_CATEGORIES = ['overhaul', 'assembly', 'level2_maintenance'];
