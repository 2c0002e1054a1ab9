import { lazy } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import type { FeatureManifest } from '../feature';

/** Reports upward: monthly station report, quarterly 小结, annual 总结. */
export const networkReportsFeature: FeatureManifest = {
  key: 'network-reports',
  i18n: ['reports'],
  pages: [
    {
      path: '/network/reports',
      perms: ['reports.read'],
      page: lazy(() => import('./ReportsPage')),
      menu: { group: 'network', label: 'nav.networkReports', icon: <FileTextOutlined />, order: 30 },
    },
  ],
};
