import { lazy } from 'react';
import { LineChartOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** KPI 关键绩效指标: the scope's KPIs with comparisons, targets, drill-down and trend. */
export const kpiFeature: FeatureManifest = {
  key: 'kpi',
  i18n: ['kpi'],
  pages: [
    {
      path: '/network/kpi',
      perms: ['reports.read'],
      page: lazy(() => import('./KpiPage')),
      menu: { group: 'network', label: 'nav.kpi', icon: <LineChartOutlined />, order: 20 },
    },
  ],
};
