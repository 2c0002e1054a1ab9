/** Placing job cards on the working-day time axis (08:00–18:00) and stacking overlaps. Pure. */
import type { JobCard } from './types';

export const DAY_START_H = 8;
export const DAY_END_H = 18;
const DAY_MIN = (DAY_END_H - DAY_START_H) * 60;

/** Minutes since local midnight of the board's day (yyyy-mm-dd), from an ISO time. */
function minutesOfDay(iso: string, day: string): number {
  const d = new Date(iso);
  const [y, m, dd] = day.split('-').map(Number);
  const midnight = new Date(y, m - 1, dd).getTime();
  return (d.getTime() - midnight) / 60_000;
}

export interface Placed {
  job: JobCard;
  left: number;
  width: number;
  row: number;
  startMin: number;
  endMin: number;
}

/** Start and end (minutes of the day) of a job: plan first, else what really happened, else now + standard time. */
export function span(job: JobCard, day: string, nowIso = new Date().toISOString()): [number, number] {
  const start = job.plannedStartAt ?? job.startedAt ?? nowIso;
  const s = minutesOfDay(start, day);
  const end = job.plannedEndAt ?? job.finishedAt;
  const e = end ? minutesOfDay(end, day) : s + Math.max(job.standardMinutes, 15);
  return [s, Math.max(e, s + 10)];
}

/** Left / width in % of the axis, and a row index so that overlapping jobs do not cover each other. */
export function place(jobs: JobCard[], day: string, nowIso?: string): { placed: Placed[]; rows: number } {
  const items = jobs
    .map((job) => {
      const [startMin, endMin] = span(job, day, nowIso);
      return { job, startMin, endMin };
    })
    .sort((a, b) => a.startMin - b.startMin);
  const rowEnds: number[] = [];
  const placed = items.map(({ job, startMin, endMin }) => {
    let row = rowEnds.findIndex((end) => end <= startMin);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(endMin);
    } else rowEnds[row] = endMin;
    const a = Math.min(Math.max(startMin - DAY_START_H * 60, 0), DAY_MIN);
    const b = Math.min(Math.max(endMin - DAY_START_H * 60, 0), DAY_MIN);
    return { job, startMin, endMin, row, left: (a / DAY_MIN) * 100, width: Math.max(((b - a) / DAY_MIN) * 100, 2.5) };
  });
  return { placed, rows: Math.max(rowEnds.length, 1) };
}

/** Position of "now" on the axis in %, or null outside the day. */
export function nowPercent(day: string, nowIso = new Date().toISOString()): number | null {
  const m = minutesOfDay(nowIso, day) - DAY_START_H * 60;
  return m < 0 || m > DAY_MIN ? null : (m / DAY_MIN) * 100;
}

/** The wall-clock time ("HH:mm", to `step` minutes) at `fraction` (0–1) of the axis, for a card dropped there. */
export function timeAtFraction(fraction: number, step = 15): string {
  const f = Math.min(Math.max(fraction, 0), 1);
  const m = Math.min(Math.round((DAY_START_H * 60 + f * DAY_MIN) / step) * step, DAY_END_H * 60 - step);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export const HOURS = Array.from({ length: DAY_END_H - DAY_START_H + 1 }, (_, i) => DAY_START_H + i);
