import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { HEADCOUNT_COLORS } from '../../components/StatusTags';
import type { DeptHeadcount } from './stats';

/** Bars of planned vs actual headcount by department. */
export function HeadcountChart({ data }: { data: DeptHeadcount[] }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, right: 0, data: [t('home.planned'), t('home.actual')] },
      grid: { left: 8, right: 8, top: 32, bottom: 4, containLabel: true },
      xAxis: { type: 'category', data: data.map((d) => d.department), axisLabel: { interval: 0, fontSize: 11, rotate: data.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('home.planned'), type: 'bar', data: data.map((d) => d.planned), itemStyle: { color: 'rgba(0, 0, 0, 0.65)' }, barMaxWidth: 22 },
        {
          name: t('home.actual'),
          type: 'bar',
          barMaxWidth: 22,
          label: { show: true, position: 'top', fontSize: 11 },
          data: data.map((d) => ({
            value: d.actual,
            itemStyle: { color: d.actual < d.planned ? HEADCOUNT_COLORS.under.main : d.actual > d.planned ? HEADCOUNT_COLORS.over.main : '#1668dc' },
          })),
        },
      ],
    }),
    [data, t],
  );
  return <EChart option={option} style={{ height: 280 }} data-testid="home-headcount-chart" />;
}
