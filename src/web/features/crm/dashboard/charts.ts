/** ECharts options of the customer-relations dashboard (pure: data and labels in, option out). */
import type { CsiRow, TicketStats } from '../types';

const BLUE = '#1668dc';
/** Tooltip formatters return HTML: names are data, so escape them. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const RED = '#cf1322';

export interface ParetoLabels {
  count: string;
  cumulative: string;
  cause: (c: string) => string;
}

/** Causes as bars (largest first) with the cumulative share as a line on a second axis and the 80 % mark. */
export function paretoOption(rows: TicketStats['causePareto'], l: ParetoLabels) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, right: 0, data: [l.count, l.cumulative] },
    grid: { left: 8, right: 8, top: 32, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => l.cause(r.cause)), axisLabel: { interval: 0, fontSize: 11, rotate: rows.length > 5 ? 30 : 0 } },
    yAxis: [
      { type: 'value', minInterval: 1, name: l.count },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      {
        name: l.count,
        type: 'bar',
        data: rows.map((r) => r.count),
        itemStyle: { color: BLUE },
        barMaxWidth: 32,
        label: { show: true, position: 'top', fontSize: 11 },
      },
      {
        name: l.cumulative,
        type: 'line',
        yAxisIndex: 1,
        smooth: false,
        symbolSize: 6,
        itemStyle: { color: RED },
        data: rows.map((r) => Math.round(r.cumulativeShare * 1000) / 10),
        tooltip: { valueFormatter: (v: number) => `${v}%` },
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#faad14' }, label: { show: false }, data: [{ yAxis: 80 }] },
      },
    ],
  };
}

/** Open tickets by department, horizontal bars, largest on top. */
export function backlogOption(rows: TicketStats['backlogByDepartment']) {
  const sorted = [...rows].sort((a, b) => a.count - b.count);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => r.department), axisLabel: { fontSize: 11, width: 110, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: sorted.map((r) => r.count),
        itemStyle: { color: '#fa8c16' },
        barMaxWidth: 20,
        label: { show: true, position: 'right', fontSize: 11 },
      },
    ],
  };
}

/** Tickets received by channel as a ring. */
export function channelOption(byChannel: Record<string, number>, label: (ch: string) => string) {
  const data = Object.entries(byChannel)
    .filter(([, n]) => n > 0)
    .map(([ch, n]) => ({ name: label(ch), value: n }));
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { orient: 'vertical', right: 0, top: 'middle' },
    series: [{ type: 'pie', radius: ['40%', '70%'], center: ['40%', '50%'], data, label: { formatter: '{b} {c}' } }],
  };
}

/** CSI (0–100) by handler as bars, with the number of answers in the tooltip. */
export function csiOption(rows: CsiRow[], l: { csi: string; responses: string }) {
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: { dataIndex: number }[]) => {
        const r = rows[p[0]?.dataIndex ?? 0];
        return r ? `${escapeHtml(r.name)}<br/>${l.csi}: ${r.csi}<br/>${l.responses}: ${r.responses}` : '';
      },
    },
    grid: { left: 8, right: 8, top: 16, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, fontSize: 11, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        label: { show: true, position: 'top', fontSize: 11 },
        data: rows.map((r) => ({ value: r.csi, itemStyle: { color: r.csi >= 85 ? '#389e0d' : r.csi >= 70 ? '#d48806' : RED } })),
      },
    ],
  };
}

/** 0.873 → "87.3%"; null → "—". */
export const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
