import type { Dayjs } from 'dayjs';
import type { Appointment, SlotLoad } from './types';

/** How full a slot is: free (green), low = under 20 % left (orange), full or overbooked (red). */
export type SlotLevel = 'free' | 'low' | 'full';
export const SLOT_COLORS: Record<SlotLevel, string> = { free: '#52c41a', low: '#fa8c16', full: '#f5222d' };
/** The same states as text (≥ 4.5:1 on the slot's tinted background). */
export const SLOT_TEXT_COLORS: Record<SlotLevel, string> = { free: '#237804', low: '#ad4e00', full: '#a8071a' };

export function slotLevel(s: Pick<SlotLoad, 'capacityMinutes' | 'freeMinutes'>): SlotLevel {
  if (s.freeMinutes <= 0 || s.capacityMinutes <= 0) return 'full';
  return s.freeMinutes / s.capacityMinutes < 0.2 ? 'low' : 'free';
}

/** 'HH:MM' + minutes → 'HH:MM'. */
export function slotEnd(start: string, minutes: number): string {
  const m = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5)) + minutes;
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Monday to Sunday of the week holding `d`. */
export function weekOf(d: Dayjs): [Dayjs, Dayjs] {
  const monday = d.startOf('day').subtract((d.day() + 6) % 7, 'day');
  return [monday, monday.add(6, 'day')];
}

export const percent = (r: number | null | undefined) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);

export interface AdvisorGroup {
  key: string;
  advisorEmployeeId: string | null;
  advisorName: string | null;
  items: Appointment[];
}

/** The day's appointments per advisor (by name; "no advisor" last), each list in time order. */
export function groupByAdvisor(items: Appointment[]): AdvisorGroup[] {
  const groups = new Map<string, AdvisorGroup>();
  for (const a of items) {
    const key = a.advisorEmployeeId ?? '-';
    const g = groups.get(key) ?? { key, advisorEmployeeId: a.advisorEmployeeId, advisorName: a.advisorName, items: [] };
    g.items.push(a);
    groups.set(key, g);
  }
  const out = [...groups.values()];
  for (const g of out) g.items.sort((a, b) => a.slotStart.localeCompare(b.slotStart) || a.plate.localeCompare(b.plate));
  return out.sort((a, b) =>
    a.advisorEmployeeId === null ? 1 : b.advisorEmployeeId === null ? -1 : (a.advisorName ?? '').localeCompare(b.advisorName ?? '', 'zh-CN'),
  );
}
