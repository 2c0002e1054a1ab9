/** ECharts options of the home page's today panel (pure: data and labels in, option out). */
import { WORK_ORDER_STATUSES, type WorkOrderStatus } from '../../../domain/work-orders/status';
import type { Answer } from '../../api/paths';

export type HomeToday = Answer<'/home/today'>;
export type TodayWeekDay = HomeToday['week'][number];

const yuan = (fen: number) => Math.round(fen) / 100;

/** The week: labor and parts revenue stacked (yuan), arrivals as a line on a second axis. */
export function weekOption(week: TodayWeekDay[], l: { labor: string; parts: string; arrivals: string }) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, left: 'center', data: [l.labor, l.parts, l.arrivals] },
    grid: { left: 8, right: 8, top: 36, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: week.map((d) => d.date.slice(5)) },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => `¥${v >= 10000 ? `${v / 10000}万` : v}` } },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: l.labor, type: 'bar', stack: 'revenue', barMaxWidth: 28, itemStyle: { color: '#1668dc' }, data: week.map((d) => yuan(d.laborFen)) },
      { name: l.parts, type: 'bar', stack: 'revenue', barMaxWidth: 28, itemStyle: { color: '#52c41a' }, data: week.map((d) => yuan(d.partsFen)) },
      { name: l.arrivals, type: 'line', yAxisIndex: 1, symbolSize: 6, itemStyle: { color: '#fa8c16' }, data: week.map((d) => d.arrivals) },
    ],
  };
}

/** Open work orders by status, in the order of the flow, each bar in its status colour. */
export function statusOption(byStatus: HomeToday['workOrdersByStatus'], label: (s: WorkOrderStatus) => string, color: Record<WorkOrderStatus, string>) {
  const rows = WORK_ORDER_STATUSES.filter((s) => (byStatus[s] ?? 0) > 0);
  // Long (English) labels side by side overlap: slant them; short Chinese ones stay level.
  const slant = rows.some((s) => label(s).length > 5) ? { rotate: 35 } : {};
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 8, top: 16, bottom: 4, containLabel: true },
    xAxis: { type: 'category', data: rows.map(label), axisLabel: { interval: 0, fontSize: 11, ...slant } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 32,
        label: { show: true, position: 'top', fontSize: 11 },
        data: rows.map((s) => ({ value: byStatus[s], itemStyle: { color: color[s] } })),
      },
    ],
  };
}

/** Cars at the station: every open status except delivered and settled. */
export const inRepairCount = (byStatus: HomeToday['workOrdersByStatus']) =>
  (['draft', 'confirmed', 'in_progress', 'waiting_parts', 'qc', 'ready'] as const).reduce((s, k) => s + (byStatus[k] ?? 0), 0);
