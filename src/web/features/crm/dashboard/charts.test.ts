import { describe, expect, it } from 'vitest';
import { backlogOption, channelOption, csiOption, paretoOption, percent } from './charts';

describe('dashboard chart options', () => {
  it('draws the Pareto as bars and a cumulative % line on the second axis', () => {
    const o = paretoOption(
      [
        { cause: 'waiting', count: 6, cumulativeShare: 0.6 },
        { cause: 'price', count: 3, cumulativeShare: 0.9 },
        { cause: 'other', count: 1, cumulativeShare: 1 },
      ],
      { count: 'n', cumulative: 'cum', cause: (c) => c.toUpperCase() },
    );
    expect(o.xAxis.data).toEqual(['WAITING', 'PRICE', 'OTHER']);
    expect(o.series[0].data).toEqual([6, 3, 1]);
    expect(o.series[1]).toMatchObject({ type: 'line', yAxisIndex: 1, data: [60, 90, 100] });
    expect(o.yAxis[1]).toMatchObject({ max: 100 });
  });
  it('puts the largest backlog on top of the horizontal bars', () => {
    const o = backlogOption([
      { department: 'A', count: 5 },
      { department: 'B', count: 1 },
    ]);
    expect(o.yAxis.data).toEqual(['B', 'A']);
    expect(o.series[0].data).toEqual([1, 5]);
  });
  it('leaves empty channels out of the pie', () => {
    const o = channelOption({ web: 2, phone: 0, email: 1 }, (c) => `#${c}`);
    expect(o.series[0].data).toEqual([
      { name: '#web', value: 2 },
      { name: '#email', value: 1 },
    ]);
  });
  it('colours CSI bars by score', () => {
    const o = csiOption(
      [
        { name: 'x', responses: 2, csi: 90 },
        { name: 'y', responses: 1, csi: 50 },
      ],
      { csi: 'CSI', responses: 'n' },
    );
    expect(o.series[0].data.map((d) => d.itemStyle.color)).toEqual(['#389e0d', '#cf1322']);
  });
  it('formats shares as percent', () => {
    expect(percent(0.8734)).toBe('87.3%');
    expect(percent(null)).toBe('—');
    expect(percent(1)).toBe('100%');
  });
});
