import { describe, expect, it } from 'vitest';
import { WORK_ORDER_STATUSES } from '../../../domain/work-orders/status';
import { inRepairCount, statusOption, weekOption } from './todayCharts';

const HEX = Object.fromEntries(WORK_ORDER_STATUSES.map((s, i) => [s, `#00000${i}`])) as Record<(typeof WORK_ORDER_STATUSES)[number], string>;
const labels = { labor: '工时', parts: '配件', arrivals: '到店' };

describe('home today charts', () => {
  it('stacks labor and parts in yuan and puts arrivals on the second axis', () => {
    const o = weekOption(
      [
        { date: '2026-11-21', arrivals: 3, laborFen: 12345, partsFen: 50000, collectedFen: 0 },
        { date: '2026-11-22', arrivals: 0, laborFen: 0, partsFen: 0, collectedFen: 0 },
      ],
      labels,
    );
    expect(o.xAxis.data).toEqual(['11-21', '11-22']);
    expect(o.series.map((s) => [s.type, s.data])).toEqual([
      ['bar', [123.45, 0]],
      ['bar', [500, 0]],
      ['line', [3, 0]],
    ]);
    expect(o.series[0].stack).toBe(o.series[1].stack);
    expect(o.series[2].yAxisIndex).toBe(1);
  });

  it('shows statuses with work orders, in flow order and status colours', () => {
    const o = statusOption({ ready: 2, draft: 1, in_progress: 0 }, (s) => s.toUpperCase(), HEX);
    expect(o.xAxis.data).toEqual(['DRAFT', 'READY']);
    expect(o.xAxis.axisLabel).not.toHaveProperty('rotate'); // short labels stay level
    const en = statusOption({ waiting_parts: 1, ready: 2 }, (s) => (s === 'ready' ? 'Ready for delivery' : 'Waiting for parts'), HEX);
    expect(en.xAxis.axisLabel).toMatchObject({ interval: 0, rotate: 35 }); // long English ones slant instead of overlapping
    expect(o.series[0].data).toEqual([
      { value: 1, itemStyle: { color: HEX.draft } },
      { value: 2, itemStyle: { color: HEX.ready } },
    ]);
  });

  it('counts cars in repair (not delivered or settled)', () => {
    expect(inRepairCount({ draft: 1, in_progress: 2, ready: 1, delivered: 5, settled: 3 })).toBe(4);
    expect(inRepairCount({})).toBe(0);
  });
});
