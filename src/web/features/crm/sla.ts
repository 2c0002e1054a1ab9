/** Pure helpers for showing SLA clocks: durations, the state of a clock, elapsed share. */
import type { SlaClock } from './types';

export type Unit = 'd' | 'h' | 'm';
export interface DurationPart {
  unit: Unit;
  value: number;
}

/** Minutes as the two largest non-zero units: 135 → 2 h 15 m; 1620 → 1 d 3 h; 0 → 0 m. */
export function durationParts(minutes: number): DurationPart[] {
  const total = Math.max(0, Math.round(Math.abs(minutes)));
  const parts: DurationPart[] = [
    { unit: 'd', value: Math.floor(total / 1440) },
    { unit: 'h', value: Math.floor((total % 1440) / 60) },
    { unit: 'm', value: total % 60 },
  ];
  const first = parts.findIndex((p) => p.value > 0);
  if (first < 0) return [{ unit: 'm', value: 0 }];
  return parts.slice(first, first + 2).filter((p) => p.value > 0);
}

/** Formats parts with unit labels: ('zh') 2 小时 15 分. */
export function formatDuration(minutes: number, label: (u: Unit) => string): string {
  return durationParts(minutes)
    .map((p) => `${p.value} ${label(p.unit)}`)
    .join(' ');
}

export type ClockState = 'met' | 'late' | 'paused' | 'breached' | 'running' | 'none';

/** What a clock shows: met (in time or late), paused, breached, running, or no deadline. */
export function clockState(c: SlaClock | undefined): ClockState {
  if (!c) return 'none';
  if (c.metAt) return c.isBreached ? 'late' : 'met';
  if (c.isPaused) return 'paused';
  if (c.isBreached) return 'breached';
  if (c.dueAt === null && c.remainingMinutes === null) return 'none';
  return 'running';
}

/** How long past the deadline, in wall-clock minutes (falls back to the working minutes the server sent). */
export function overdueMinutes(c: SlaClock, now: Date): number {
  if (c.dueAt) return Math.max(0, (now.getTime() - new Date(c.dueAt).getTime()) / 60_000);
  return Math.max(0, -(c.remainingMinutes ?? 0));
}

/** Share of the target already used (0–100), from the policy's target minutes. */
export function usedPercent(c: SlaClock, targetMinutes: number | undefined): number {
  if (c.metAt || !targetMinutes) return c.isBreached || c.metAt ? 100 : 0;
  const remaining = c.remainingMinutes ?? 0;
  return Math.min(100, Math.max(0, Math.round(((targetMinutes - remaining) / targetMinutes) * 100)));
}
