import { describe, expect, it } from 'vitest';
import { promisedCompletion } from './promise.js';
import type { WorkCalendar } from '../sla/index.js';

const cal: WorkCalendar = {
  timeZone: 'Asia/Shanghai',
  mode: 'everyday',
  holidays: [],
  hours: Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].map((d) => [
      d,
      [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
    ]),
  ),
  openOnHolidays: true,
};
const at = (s: string) => new Date(s);

describe('promised completion', () => {
  it.each([
    ['empty board: own 60 + buffer 45 from 09:00', { ownMinutes: 60, queueMinutes: 0, technicians: 4, partsShort: false }, '2026-11-23T02:45:00.000Z'],
    [
      'a queue of 240 min shared by 4 technicians adds 60',
      { ownMinutes: 60, queueMinutes: 240, technicians: 4, partsShort: false },
      '2026-11-23T03:45:00.000Z',
    ],
    ['the lunch break does not count', { ownMinutes: 180, queueMinutes: 0, technicians: 2, partsShort: false }, '2026-11-23T05:45:00.000Z'],
    [
      'backordered parts add a working day (600 min) instead of the shorter queue',
      { ownMinutes: 60, queueMinutes: 120, technicians: 2, partsShort: true },
      '2026-11-24T03:45:00.000Z',
    ],
    ['no technicians counts as one', { ownMinutes: 30, queueMinutes: 60, technicians: 0, partsShort: false }, '2026-11-23T03:15:00.000Z'],
  ])('%s', (_n, p, want) => {
    expect(promisedCompletion(cal, { now: at('2026-11-23T01:00:00Z'), ...p }).at.toISOString()).toBe(want);
  });
  it('rounds up to a quarter hour', () => {
    expect(
      promisedCompletion(cal, {
        now: at('2026-11-23T01:07:00Z'),
        ownMinutes: 10,
        queueMinutes: 0,
        technicians: 1,
        partsShort: false,
        bufferMinutes: 0,
      }).at.toISOString(),
    ).toBe('2026-11-23T01:30:00.000Z');
  });
});
