import { describe, expect, it } from 'vitest';
import { place, span, timeAtFraction } from './timeline';
import type { JobCard } from './types';

const at = (h: number, m = 0) => new Date(2025, 5, 2, h, m).toISOString();
const job = (id: string, s: number, e: number): JobCard => ({
  id,
  servicePointId: 'p',
  workOrderId: 'w',
  workOrderNumber: 'WO1',
  workOrderStatus: 'confirmed',
  plate: '京A1',
  model: 'x',
  lineName: 'l',
  lineCode: 'c',
  trade: 'mechanical',
  requiredCertificate: null,
  repairCategory: 'minor',
  standardMinutes: 60,
  status: 'pending',
  technicianEmployeeId: 't',
  technicianName: 'T',
  teamId: null,
  plannedStartAt: at(s),
  plannedEndAt: at(e),
  startedAt: null,
  finishedAt: null,
  promisedAt: null,
  isWaitingParts: false,
  isLate: false,
  pauseReason: null,
  pauseNote: null,
  version: 1,
});

describe('board timeline', () => {
  it('places jobs on the 08:00–18:00 axis', () => {
    const { placed } = place([job('a', 9, 10)], '2025-06-02');
    expect(placed[0].left).toBeCloseTo(10);
    expect(placed[0].width).toBeCloseTo(10);
  });
  it('stacks overlapping jobs into rows', () => {
    const { placed, rows } = place([job('a', 9, 11), job('b', 10, 12), job('c', 11, 12)], '2025-06-02');
    expect(rows).toBe(2);
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0]);
  });
  it('falls back to the standard minutes without a plan', () => {
    const j = { ...job('a', 9, 10), plannedStartAt: null, plannedEndAt: null, startedAt: at(13) };
    expect(span(j, '2025-06-02')).toEqual([13 * 60, 14 * 60]);
  });
});

describe('timeAtFraction', () => {
  it.each([
    [0, '08:00'],
    [0.2, '10:00'],
    [0.21, '10:00'],
    [0.225, '10:15'],
    [0.5, '13:00'],
    [-0.3, '08:00'],
    [1, '17:45'],
  ])('%s of 08:00–18:00 → %s', (f, hhmm) => {
    expect(timeAtFraction(f)).toBe(hhmm);
  });
});
